/**
 * The pane's settings, activity log, downloads and themes end to end in Chromium, in the workbench with the
 * Graph simulator and the scripted model: what is stored where, what Graph holds after an Undo, what the browser
 * saves, and how the pane looks at Outlook's pane widths and in high contrast.
 */
import { readFileSync } from 'node:fs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startLlmSimulator, type LlmSimulator } from '../../src/simulators/llm/server';
import { SETTINGS_KEY, DEVICE_API_KEY_KEY } from '../../src/settings/store';
import { ROAMING_STORAGE_KEY } from '../../src/workbench/shared/bridge';
import { startWorkbenchServer, type RunningWorkbenchServer } from '../../src/workbench/server/server';
import { launchChromium, openGuardedPage, type GuardedPage } from '../helpers/browser';
import { DIST_DIR, workbenchUrl } from '../helpers/workbench-server';
import { paneAxeViolations, paneFrame } from '../helpers/pane-axe';

let browser: Browser;
let server: RunningWorkbenchServer;
let llm: LlmSimulator;
let session: GuardedPage;

beforeAll(async () => {
  [browser, server, llm] = await Promise.all([
    launchChromium(),
    startWorkbenchServer({ port: 0, distDir: process.env.E2E_DIST_DIR ?? DIST_DIR }),
    startLlmSimulator(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await llm?.close();
});

beforeEach(async () => {
  server.simulator.reset();
  session = await openGuardedPage(browser);
});

afterEach(async () => {
  expect(session.pageErrors).toEqual([]);
  expect(session.offHostRequests).toEqual([]);
  await session.context.close();
});

async function openPane(page: Page, theme?: 'light' | 'dark'): Promise<FrameLocator> {
  await page.goto(
    workbenchUrl(server, {
      reset: true,
      llm: llm.openAiBaseUrl,
      provider: 'openai-compatible',
      model: 'scripted',
      theme,
    }),
  );
  const pane = page.frameLocator('#pane-frame');
  await pane.getByRole('textbox', { name: 'Message the agent' }).waitFor();
  return pane;
}

async function ask(pane: FrameLocator, text: string): Promise<void> {
  const composer = pane.getByRole('textbox', { name: 'Message the agent' });
  await composer.fill(text);
  await composer.press('Enter');
}

/** Reads until the value is the expected one or 3 s pass; returns the last value read. */
async function settled<T>(read: () => Promise<T>, expected: T): Promise<T> {
  let value = await read();
  for (let attempt = 0; attempt < 30 && value !== expected; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

async function storedRoaming(page: Page): Promise<string> {
  return (await page.evaluate((key) => localStorage.getItem(key), ROAMING_STORAGE_KEY)) ?? '{}';
}

describe('settings', () => {
  it('survive a pane reload through roaming settings; the API key stays on the device', async () => {
    const { page } = session;
    const pane = await openPane(page);
    await pane.getByRole('button', { name: 'Settings', exact: true }).click();
    await pane.getByRole('textbox', { name: 'Model or deployment' }).fill('scripted-large');
    await pane.getByLabel('API key').fill('sk-device-only-123');
    const organize = pane.getByRole('radiogroup', { name: 'Organize' });
    await organize.getByRole('radio', { name: 'Always allow' }).check();
    await pane.getByRole('button', { name: 'Save' }).click();
    await pane.getByText('Settings saved.').waitFor();

    const roaming = await storedRoaming(page);
    expect(JSON.parse(roaming)[SETTINGS_KEY]).toMatchObject({
      llm: { model: 'scripted-large' },
      permissions: { policies: { organize: 'always' } },
    });
    expect(roaming).not.toContain('sk-device-only-123');
    expect(await page.evaluate((key) => localStorage.getItem(key), DEVICE_API_KEY_KEY)).toBe(
      'sk-device-only-123',
    );

    // Reload the pane only: the workbench URL would seed the model again.
    await paneFrame(page).evaluate(() => location.reload());
    await pane.getByText('Model: scripted-large').waitFor();
    await pane.getByRole('button', { name: 'Settings', exact: true }).click();
    expect(await pane.getByRole('textbox', { name: 'Model or deployment' }).inputValue()).toBe(
      'scripted-large',
    );
    expect(await pane.getByLabel('API key').inputValue()).toBe('sk-device-only-123');
    expect(
      await pane
        .getByRole('radiogroup', { name: 'Organize' })
        .getByRole('radio', { name: 'Always allow' })
        .isChecked(),
    ).toBe(true);
  });

  it('fit Outlook pane widths (320, 350, 450 px): nothing overflows and Save covers nothing', async () => {
    const { page } = session;
    const pane = await openPane(page);
    for (const width of [320, 350, 450]) {
      await page.evaluate((paneWidth) => {
        const layout = document.querySelector<HTMLElement>('.layout');
        if (layout) layout.style.gridTemplateColumns = `300px 1fr ${paneWidth}px`;
      }, width);
      for (const view of ['Chat', 'Activity', 'Settings']) {
        await pane.getByRole('button', { name: view, exact: true }).click();
        await pane.getByRole('main', { name: view }).waitFor();
        await page.waitForTimeout(100);
        const layout = await paneFrame(page).evaluate(() => {
          const viewport = document.documentElement.clientWidth;
          const overflowing = Array.from(document.querySelectorAll('select, input, textarea, button'))
            .filter((element) => element.getBoundingClientRect().right > viewport + 0.5)
            .map((element) => element.outerHTML.slice(0, 80));
          const save = Array.from(document.querySelectorAll('button')).find(
            (button) => button.textContent === 'Save',
          );
          const form = save?.closest('main')?.firstElementChild as HTMLElement | null;
          const saveBelowForm = save
            ? save.getBoundingClientRect().top >= (form?.getBoundingClientRect().bottom ?? Infinity) - 0.5
            : true;
          return { overflowing, saveBelowForm, viewport };
        });
        expect({ width, view, ...layout }).toEqual({
          width,
          view,
          overflowing: [],
          saveBelowForm: true,
          viewport: width - 1,
        });
      }
    }
  });
});

describe('activity', () => {
  it('an approved move shows in the activity log, and Undo there moves the message back', async () => {
    const { page } = session;
    const pane = await openPane(page);
    const id = await page.locator('#message-list li[aria-selected="true"]').getAttribute('data-message-id');
    const store = server.simulator.store();
    const message = store.mail.messages.find((candidate) => candidate.id === id);
    if (!message) throw new Error('The selected message is not in the simulator.');
    const folderOf = (name: string) => store.mail.folders.find((folder) => folder.wellKnownName === name)?.id;
    const current = () =>
      server.simulator
        .store()
        .mail.messages.find((candidate) => candidate.immutableId === message.immutableId);
    expect(current()?.parentFolderId).toBe(folderOf('inbox'));

    llm.setScript({
      fallback: 'error',
      turns: [
        {
          label: 'move',
          when: { lastUserIncludes: 'Archive this', lastRole: 'user' },
          toolCalls: [{ name: 'mail_move_message', arguments: { ids: [id], folder: 'archive' } }],
        },
        { label: 'done', when: { lastRole: 'tool' }, text: 'Archived.' },
      ],
    });
    await ask(pane, 'Archive this email');
    await pane.getByRole('article').getByRole('button', { name: 'Approve' }).click();
    await pane.getByText('Archived.').waitFor();
    expect(current()?.parentFolderId).toBe(folderOf('archive'));

    await pane.getByRole('button', { name: 'Activity' }).click();
    const log = pane.getByRole('main', { name: 'Activity' });
    await log.getByText('Approved · Done').waitFor();
    await log.getByRole('button', { name: 'Undo: Move back 1 message' }).click();
    // The undo's own result, and the undo itself as a new entry of the log.
    await log.getByText('Moved 1 message to Inbox').waitFor();
    expect(await log.getByRole('listitem').first().innerText()).toContain('Undo: Move back 1 message');
    expect(await log.getByRole('button', { name: /^Undo:/ }).count()).toBe(0);
    expect(current()?.parentFolderId).toBe(folderOf('inbox'));
  });
});

describe('downloads', () => {
  it('a OneDrive download result offers a Download button that saves the file under its name', async () => {
    const { page } = session;
    const pane = await openPane(page);
    const file = server.simulator
      .store()
      .drive.items.find((item) => !item.isFolder && item.contentBase64 !== null);
    if (!file) throw new Error('The seed tenant has no OneDrive file.');
    llm.setScript({
      fallback: 'error',
      turns: [
        {
          label: 'download',
          when: { lastUserIncludes: 'Download', lastRole: 'user' },
          toolCalls: [{ name: 'onedrive_download_file', arguments: { id: file.id } }],
        },
        { label: 'done', when: { lastRole: 'tool' }, text: 'Use the button to save it.' },
      ],
    });
    await ask(pane, 'Download that file for me');
    await pane.getByText('Use the button to save it.').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pane.getByRole('button', { name: `Download ${file.name}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(file.name);
    const saved = await download.path();
    expect(readFileSync(saved).toString('base64')).toBe(file.contentBase64);
  });
});

describe('themes', () => {
  const background = (page: Page) =>
    paneFrame(page).evaluate(
      // The theme's token, not the painted colour: forced colours repaint everything with system colours.
      () =>
        getComputedStyle(document.querySelector('.fui-FluentProvider') as Element)
          .getPropertyValue('--colorNeutralBackground1')
          .trim(),
    );

  it('follow the Office theme while the pane is open (OfficeThemeChanged)', async () => {
    const { page } = session;
    await openPane(page);
    expect(await background(page)).toBe('#ffffff');
    await page.getByLabel('Dark theme').check();
    expect(await settled(() => background(page), '#292929')).toBe('#292929');
    await page.getByLabel('Dark theme').uncheck();
    expect(await settled(() => background(page), '#ffffff')).toBe('#ffffff');
  });

  it('high contrast: the pane uses the high-contrast theme, and axe finds nothing on chat and settings', async () => {
    const { page } = session;
    await page.emulateMedia({ forcedColors: 'active' });
    const pane = await openPane(page);
    llm.setScript({ fallback: 'echo' });
    await ask(pane, 'Hello in high contrast');
    await pane.getByRole('button', { name: 'Copy answer' }).waitFor();
    expect(await background(page)).toBe('#000000');
    expect(await paneAxeViolations(page)).toEqual([]);
    await pane.getByRole('button', { name: 'Settings', exact: true }).click();
    await pane.getByRole('heading', { name: 'Permissions' }).waitFor();
    expect(await paneAxeViolations(page)).toEqual([]);
  });
});
