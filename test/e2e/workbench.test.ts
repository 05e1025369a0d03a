/**
 * The workbench end to end in Chromium: the production pane bundle inside the emulated Outlook host, fed by
 * the Graph simulator on the same loopback server.
 */
import type { Browser } from 'playwright-core';
import type { RunningWorkbenchServer } from '../../src/workbench/server/server';
import { launchChromium, openGuardedPage, type GuardedPage } from '../helpers/browser';
import { startTestWorkbench, workbenchUrl } from '../helpers/workbench-server';

let browser: Browser;
let server: RunningWorkbenchServer;
let session: GuardedPage;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestWorkbench()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  session = await openGuardedPage(browser);
});

afterEach(async () => {
  await session.context.close();
});

describe('workbench', () => {
  it('shows the picked message in the pane, follows a compose switch, and stays on loopback', async () => {
    const { page } = session;
    await page.goto(workbenchUrl(server, { reset: true }));
    const messages = page.getByRole('listbox', { name: 'Inbox messages' }).getByRole('option');
    await messages.nth(1).waitFor();

    const picked = messages.nth(1);
    const subject = (await picked.locator('.subject').innerText()).trim();
    await picked.click();
    await page.getByRole('option', { selected: true }).filter({ hasText: subject }).waitFor();

    const pane = page.frameLocator('#pane-frame');
    await pane.getByRole('heading', { name: subject, exact: true }).waitFor();
    expect(await pane.getByText('Reading').isVisible()).toBe(true);
    // The reading pane (the emulated host) shows the same message.
    await page
      .getByRole('region', { name: 'Reading pane' })
      .getByRole('heading', { name: subject })
      .waitFor();

    await page.getByLabel('Compose').check();
    await pane.getByRole('heading', { name: `RE: ${subject}`, exact: true }).waitFor();
    expect(await pane.getByText('Writing').isVisible()).toBe(true);
    expect(await page.getByLabel('Subject').inputValue()).toBe(`RE: ${subject}`);

    expect(session.pageErrors).toEqual([]);
    expect(session.offHostRequests).toEqual([]);
    expect(session.requests.some((url) => url.includes('/graph/v1.0/'))).toBe(true);
  });

  it('seeds the pane settings from the URL before the pane loads', async () => {
    const { page } = session;
    await page.goto(
      workbenchUrl(server, {
        reset: true,
        llm: 'http://127.0.0.1:9/v1',
        provider: 'openai-compatible',
        model: 'scripted-model',
        mode: 'compose',
      }),
    );
    const pane = page.frameLocator('#pane-frame');
    await pane.getByText('Model: scripted-model').waitFor();
    await pane.getByText('Writing').waitFor();

    const stored = await page.evaluate(() => localStorage.getItem('outlookWorkbench.roamingSettings'));
    expect(JSON.parse(stored ?? '{}')['outlookAgent.settings']).toMatchObject({
      account: { graphBaseUrl: `${server.origin}/graph/v1.0`, cloud: 'custom' },
      llm: { baseUrl: 'http://127.0.0.1:9/v1', kind: 'openai-compatible', model: 'scripted-model' },
    });
    expect(session.offHostRequests).toEqual([]);
  });
});
