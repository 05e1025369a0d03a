/**
 * The task pane end to end in Chromium: the production bundle inside the workbench, Graph from the simulator on the
 * same loopback server, and the scripted OpenAI-compatible server as the model. One browser for the whole file.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startLlmSimulator, type LlmSimulator } from '../../src/simulators/llm/server';
import type { LlmScriptInput } from '../../src/simulators/llm/script';
import { launchChromium, openGuardedPage, type GuardedPage } from '../helpers/browser';
import { startWorkbenchServer, type RunningWorkbenchServer } from '../../src/workbench/server/server';
import { DIST_DIR, workbenchUrl } from '../helpers/workbench-server';
import { paneAxeViolations } from '../helpers/pane-axe';

const USER = 'maya.okafor@lumenlabs.example';

const SCRIPT: LlmScriptInput = {
  fallback: 'error',
  turns: [
    {
      label: 'table',
      times: 0,
      when: { lastUserIncludes: 'Compare', lastRole: 'user' },
      text: 'Here is the comparison:\n\n| Vendor | Price |\n|---|---|\n| Contoso | 1,200 € |\n| Fabrikam | 990 € |\n\nFabrikam is cheaper.',
      chunkSize: 8,
      chunkDelayMs: 15,
    },
    {
      label: 'save draft',
      times: 0,
      when: { lastUserIncludes: 'Save a draft', lastRole: 'user' },
      toolCalls: [
        {
          name: 'mail_create_draft',
          arguments: { to: [USER], subject: 'Draft from the pane', body: 'Hello from the scripted model.' },
        },
      ],
    },
    {
      label: 'declined',
      times: 0,
      when: { lastRole: 'tool', lastToolResultIncludes: 'declined' },
      text: 'Understood, I did not save it.',
    },
    { label: 'saved', times: 0, when: { lastRole: 'tool' }, text: 'The draft is saved in **Drafts**.' },
    {
      label: 'slow',
      times: 0,
      when: { lastUserIncludes: 'long story', lastRole: 'user' },
      text: 'Once upon a time there was a very long story that took ages to tell, sentence after sentence. '.repeat(
        20,
      ),
      chunkSize: 10,
      chunkDelayMs: 150,
    },
    {
      label: 'xss',
      times: 0,
      when: { lastUserIncludes: 'offer', lastRole: 'user' },
      text: 'The offer:\n\n<img src="http://203.0.113.5/x.png" onerror="window.__pwned=1" alt="banner">\n\n![pixel](http://203.0.113.5/pixel.gif)\n\n<script>window.__pwned=2</script>\n\n<a href="javascript:window.__pwned=3">open</a> · <iframe src="http://203.0.113.5/frame"></iframe>\n\nDone.',
    },
    { label: 'other', times: 0, when: { lastRole: 'user' }, text: 'Noted.' },
  ],
};

let browser: Browser;
let server: RunningWorkbenchServer;
let llm: LlmSimulator;
let session: GuardedPage;

beforeAll(async () => {
  [browser, server, llm] = await Promise.all([
    launchChromium(),
    // E2E_DIST_DIR: test a build in another folder while dist/ is rebuilt by someone else.
    startWorkbenchServer({ port: 0, distDir: process.env.E2E_DIST_DIR ?? DIST_DIR }),
    startLlmSimulator({ script: SCRIPT }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await llm?.close();
});

beforeEach(async () => {
  session = await openGuardedPage(browser);
});

afterEach(async () => {
  await session.context.close();
});

async function openPane(
  page: Page,
  options: { theme?: 'light' | 'dark'; item?: string } = {},
): Promise<FrameLocator> {
  await page.goto(
    workbenchUrl(server, {
      reset: true,
      llm: llm.openAiBaseUrl,
      provider: 'openai-compatible',
      model: 'scripted',
      theme: options.theme,
      item: options.item,
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

function graphState(): string {
  return JSON.stringify(server.simulator.state());
}

const draftsWithSubject = (subject: string) => (graphState().match(new RegExp(subject, 'g')) ?? []).length;

describe('the task pane', () => {
  it('streams an answer with a table, with zero axe violations in light and dark', async () => {
    const { page } = session;
    const pane = await openPane(page);
    await ask(pane, 'Compare the two offers');
    await pane.getByRole('button', { name: 'Copy answer' }).waitFor();
    const rows = await pane.getByRole('table').getByRole('row').allInnerTexts();
    expect(rows.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
      'Vendor Price',
      'Contoso 1,200 €',
      'Fabrikam 990 €',
    ]);
    expect(await paneAxeViolations(page)).toEqual([]);

    await pane.getByRole('button', { name: 'Settings', exact: true }).click();
    await pane.getByRole('heading', { name: 'Permissions' }).waitFor();
    expect(await paneAxeViolations(page)).toEqual([]);

    const dark = await openPane(page, { theme: 'dark' });
    await ask(dark, 'Compare the two offers');
    await dark.getByRole('button', { name: 'Copy answer' }).waitFor();
    expect(await paneAxeViolations(page)).toEqual([]);
    await dark.getByRole('button', { name: 'Settings', exact: true }).click();
    await dark.getByRole('heading', { name: 'Permissions' }).waitFor();
    expect(await paneAxeViolations(page)).toEqual([]);
    expect(session.offHostRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('an approved action reaches Graph; the approval card has zero axe violations', async () => {
    const { page } = session;
    const pane = await openPane(page);
    const before = draftsWithSubject('Draft from the pane');
    await ask(pane, `Save a draft to ${USER}`);
    const card = pane.getByRole('article', { name: 'Save draft' });
    await card.waitFor();
    expect(await card.innerText()).toContain('Needs approval: Draft');
    expect(await paneAxeViolations(page)).toEqual([]);
    await card.getByRole('button', { name: 'Approve' }).click();
    await pane.getByText('The draft is saved in').waitFor();
    expect(draftsWithSubject('Draft from the pane')).toBe(before + 1);
    await pane.getByRole('button', { name: 'Saved a draft' }).waitFor();
  });

  it('a denied action does not reach Graph and the model hears the reason', async () => {
    const { page } = session;
    const pane = await openPane(page);
    const before = draftsWithSubject('Draft from the pane');
    llm.clearRequests();
    await ask(pane, `Save a draft to ${USER}`);
    const card = pane.getByRole('article', { name: 'Save draft' });
    await card.getByRole('button', { name: 'Deny' }).click();
    await pane.getByRole('textbox', { name: 'Reason (optional)' }).fill('not today');
    await pane.getByRole('button', { name: 'Deny action' }).click();
    await pane.getByText('Understood, I did not save it.').waitFor();
    expect(draftsWithSubject('Draft from the pane')).toBe(before);
    expect(JSON.stringify(llm.requests().at(-1)?.messages)).toContain('not today');
  });

  it('an edited action reaches Graph with the edit', async () => {
    const { page } = session;
    const pane = await openPane(page);
    await ask(pane, `Save a draft to ${USER}`);
    const card = pane.getByRole('article', { name: 'Save draft' });
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.getByRole('textbox', { name: 'Subject' }).fill('Edited in the card');
    await card.getByRole('button', { name: 'Approve with changes' }).click();
    await pane.getByText('The draft is saved in').waitFor();
    expect(draftsWithSubject('Edited in the card')).toBe(1);
  });

  it('Stop ends a streaming answer at once', async () => {
    const { page } = session;
    const pane = await openPane(page);
    await ask(pane, 'Tell me a long story');
    await pane.getByText('Once upon a time').waitFor();
    const started = Date.now();
    await pane.getByRole('button', { name: 'Stop' }).click();
    await pane.getByRole('button', { name: 'Send' }).waitFor();
    expect(Date.now() - started).toBeLessThan(2000);
    const length = (await pane.getByRole('listitem').filter({ hasText: 'Once upon a time' }).innerText())
      .length;
    await page.waitForTimeout(600);
    expect(
      (await pane.getByRole('listitem').filter({ hasText: 'Once upon a time' }).innerText()).length,
    ).toBe(length);
  });

  it('item change shows another conversation, and switching back restores the first', async () => {
    const { page } = session;
    const pane = await openPane(page);
    await ask(pane, 'Compare the two offers');
    await pane.getByRole('table').waitFor();
    const messages = page.getByRole('listbox', { name: 'Inbox messages' }).getByRole('option');
    await messages.nth(1).click();
    await pane.getByRole('group', { name: 'Suggestions' }).waitFor();
    expect(await pane.getByRole('table').count()).toBe(0);
    await messages.nth(0).click();
    await pane.getByRole('table').waitFor();
  });

  it('an answer carrying XSS and a remote image neither runs nor loads anything', async () => {
    const { page } = session;
    const pane = await openPane(page);
    await ask(pane, 'Show me the offer');
    await pane.getByText('Done.').waitFor();
    await pane.getByText('[image: banner]').waitFor();
    const frame = page.frames().find((candidate) => candidate.url().includes('pane.html'));
    const probe = await frame!.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      remoteImages: Array.from(document.querySelectorAll('img')).filter((image) =>
        /^https?:/i.test(image.getAttribute('src') ?? ''),
      ).length,
      scripts: document.querySelectorAll('main script').length,
      frames: document.querySelectorAll('iframe').length,
      handlers: document.querySelectorAll('main [onerror], main [onclick]').length,
    }));
    expect(probe).toEqual({ pwned: undefined, remoteImages: 0, scripts: 0, frames: 0, handlers: 0 });
    await pane.getByText('open', { exact: true }).click();
    await page.waitForTimeout(300);
    expect(await frame!.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(session.requests.filter((url) => url.includes('203.0.113.5'))).toEqual([]);
    expect(session.offHostRequests).toEqual([]);
  });
});
