/**
 * Ribbon presets end to end in Chromium: the workbench loads the pane as `pane.html?preset=<id>` (from its URL or
 * its ribbon buttons, as the manifest's SourceLocation does), the scripted model receives the preset's prompt and
 * makes the tool calls a capable model would, and the approval card's outcome lands in Graph or the compose body.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { presets, type PresetId } from '../../src/commands/presets';
import { webLink } from '../../src/simulators/graph/routes/mail-wire';
import { startLlmSimulator, type LlmSimulator } from '../../src/simulators/llm/server';
import type { ScriptTurnInput } from '../../src/simulators/llm/script';
import { startWorkbenchServer, type RunningWorkbenchServer } from '../../src/workbench/server/server';
import { launchChromium, openGuardedPage, type GuardedPage } from '../helpers/browser';
import { DIST_DIR, workbenchUrl } from '../helpers/workbench-server';

let browser: Browser;
let server: RunningWorkbenchServer;
let llm: LlmSimulator;
let session: GuardedPage;

beforeAll(async () => {
  [browser, server, llm] = await Promise.all([
    launchChromium(),
    // E2E_DIST_DIR lets a build in another folder be tested while dist/ is being rebuilt by someone else.
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

type Scripted = { preset?: PresetId; mode?: 'read' | 'compose'; withModel?: boolean };

function paneUrl({ preset, mode, withModel = true }: Scripted): string {
  const url = new URL(
    workbenchUrl(server, {
      reset: true,
      mode,
      ...(withModel ? { llm: llm.openAiBaseUrl, provider: 'openai-compatible', model: 'scripted' } : {}),
    }),
  );
  if (preset) url.searchParams.set('preset', preset);
  return url.href;
}

/** The preset's turn: read the item first, as every preset prompt asks. */
function readsItem(preset: PresetId): ScriptTurnInput {
  return {
    label: `${preset}: read`,
    when: { lastUserIncludes: presets[preset].prompt.slice(0, 40), lastRole: 'user' },
    toolCalls: [{ name: 'item_get_current', arguments: {} }],
  };
}

async function openWorkbench(page: Page, options: Scripted = {}): Promise<FrameLocator> {
  await page.goto(paneUrl(options));
  const pane = page.frameLocator('#pane-frame');
  await pane.getByRole('textbox', { name: 'Message the agent' }).waitFor();
  return pane;
}

async function pressRibbon(page: Page, label: string): Promise<void> {
  await page.getByRole('toolbar', { name: 'Ribbon' }).getByRole('button', { name: label }).click();
}

async function selectedMessage(page: Page): Promise<{ id: string; subject: string; webLink: string }> {
  const id = await page.locator('#message-list li[aria-selected="true"]').getAttribute('data-message-id');
  if (!id) throw new Error('No message is selected in the workbench.');
  const message = server.simulator.store().mail.messages.find((candidate) => candidate.id === id);
  return { id, subject: message?.subject ?? '', webLink: webLink(id) };
}

const graphText = () => JSON.stringify(server.simulator.state());

/** What the model received as the user's words on its first request. */
function firstUserText(): string {
  const first = llm.requests()[0];
  const user = first?.messages.find((message) => message.role === 'user');
  return user?.content ?? '';
}

describe('ribbon presets', () => {
  it('Summarize (from the URL) reads the item and answers, once, changing nothing', async () => {
    llm.setScript({
      fallback: 'error',
      turns: [
        readsItem('summarize'),
        { label: 'summary', when: { lastRole: 'tool' }, text: '- **Ask**: confirm the agenda by Friday.' },
      ],
    });
    const before = graphText();
    const { page } = session;
    const pane = await openWorkbench(page, { preset: 'summarize' });
    await pane.getByText('confirm the agenda by Friday').waitFor();
    const { subject } = await selectedMessage(page);

    expect(firstUserText()).toContain(presets.summarize.prompt);
    const requests = llm.requests();
    expect(requests.map((request) => request.answeredBy)).toEqual(['summarize: read', 'summary']);
    const toolResult = requests[1].messages.find((message) => message.role === 'tool');
    expect(toolResult?.content).toContain(subject);
    expect(graphText()).toBe(before);
  });

  it('Draft reply (ribbon) saves a reply draft after approval', async () => {
    const { page } = session;
    await openWorkbench(page);
    const message = await selectedMessage(page);
    llm.setScript({
      fallback: 'error',
      turns: [
        readsItem('draft-reply'),
        {
          label: 'draft',
          when: { lastRole: 'tool', lastToolResultIncludes: message.subject.slice(0, 20) },
          toolCalls: [
            {
              name: 'mail_create_reply_draft',
              arguments: { id: message.id, mode: 'reply', comment: 'Thanks, [day] works for me.' },
            },
          ],
        },
        { label: 'done', when: { lastRole: 'tool' }, text: 'The reply draft is in **Drafts**.' },
      ],
    });
    await pressRibbon(page, 'Draft reply');
    const pane = page.frameLocator('#pane-frame');
    const card = pane.getByRole('article', { name: 'Reply draft' });
    await card.getByRole('button', { name: 'Approve' }).click();
    await pane.getByText('The reply draft is in').waitFor();

    expect(firstUserText()).toContain(presets['draft-reply'].prompt);
    const drafts = server.simulator
      .store()
      .mail.messages.filter((candidate) => candidate.isDraft && candidate.subject.includes(message.subject));
    expect(drafts).toHaveLength(1);
    expect(JSON.stringify(drafts[0].body)).toContain('Thanks, [day] works for me.');
  });

  it('Draft reply can open the reply form instead (the user sends it)', async () => {
    const { page } = session;
    await openWorkbench(page);
    llm.setScript({
      fallback: 'error',
      turns: [
        readsItem('draft-reply'),
        {
          label: 'form',
          when: { lastRole: 'tool', lastToolResultIncludes: 'subject' },
          toolCalls: [{ name: 'item_open_reply_form', arguments: { body: 'Thanks, see you then.' } }],
        },
        { label: 'done', when: { lastRole: 'tool' }, text: 'The reply form is open.' },
      ],
    });
    await pressRibbon(page, 'Draft reply');
    const pane = page.frameLocator('#pane-frame');
    await pane
      .getByRole('article', { name: 'Open a Reply form (you send it)' })
      .getByRole('button', { name: 'Approve' })
      .click();
    await pane.getByText('The reply form is open.').waitFor();
    const form = page
      .getByRole('region', { name: 'Opened forms' })
      .locator('article[data-form-kind="reply"]');
    await form.waitFor();
    expect(await form.frameLocator('iframe').locator('body').innerText()).toContain('Thanks, see you then.');
  });

  it('Extract tasks creates To Do tasks linked to the email after approval', async () => {
    const { page } = session;
    await openWorkbench(page);
    const message = await selectedMessage(page);
    const task = (title: string, dueDate: string) => ({
      name: 'todo_create_task',
      arguments: {
        title,
        dueDate,
        sourceEmail: { id: message.id, webLink: message.webLink, subject: message.subject },
      },
    });
    llm.setScript({
      fallback: 'error',
      turns: [
        readsItem('extract-tasks'),
        {
          label: 'tasks',
          when: { lastRole: 'tool', lastToolResultIncludes: message.subject.slice(0, 20) },
          toolCalls: [task('Send the pre-read comments', '2026-12-02'), task('Book the room', '2026-12-01')],
        },
        { label: 'done', when: { lastRole: 'tool' }, text: 'I added 2 tasks to your To Do.' },
      ],
    });
    await pressRibbon(page, 'Extract tasks');
    const pane = page.frameLocator('#pane-frame');
    await pane.getByRole('button', { name: 'Approve all (2)' }).click();
    await pane.getByText('I added 2 tasks').waitFor();

    expect(firstUserText()).toContain(presets['extract-tasks'].prompt);
    const tasks = server.simulator
      .store()
      .todo.tasks.filter((candidate) =>
        ['Send the pre-read comments', 'Book the room'].includes(candidate.title),
      );
    expect(tasks).toHaveLength(2);
    for (const created of tasks) expect(JSON.stringify(created.linkedResources)).toContain(message.webLink);
  });

  it('Add to calendar creates the event from the email after approval', async () => {
    const { page } = session;
    await openWorkbench(page);
    llm.setScript({
      fallback: 'error',
      turns: [
        readsItem('add-to-calendar'),
        {
          label: 'event',
          when: { lastRole: 'tool', lastToolResultIncludes: 'subject' },
          toolCalls: [
            {
              name: 'calendar_create_event',
              arguments: {
                subject: 'Roadmap review (from the email)',
                start: '2026-12-03T10:00',
                durationMinutes: 60,
                location: 'Room 4.12',
              },
            },
          ],
        },
        { label: 'done', when: { lastRole: 'tool' }, text: 'It is in your calendar.' },
      ],
    });
    await pressRibbon(page, 'Add to calendar');
    const pane = page.frameLocator('#pane-frame');
    const card = pane.getByRole('article', { name: 'Add event to your calendar' });
    expect(await card.innerText()).toContain('Room 4.12');
    await card.getByRole('button', { name: 'Approve' }).click();
    await pane.getByText('It is in your calendar.').waitFor();

    expect(firstUserText()).toContain(presets['add-to-calendar'].prompt);
    const events = server.simulator
      .store()
      .calendar.events.filter((candidate) => candidate.subject === 'Roadmap review (from the email)');
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0])).toContain('2026-12-03T10:00');
  });

  it('Improve draft (compose ribbon) replaces the selected text after approval', async () => {
    const { page } = session;
    await openWorkbench(page, { mode: 'compose' });
    const editor = page.getByRole('textbox', { name: 'Message body' });
    await editor.evaluate((element) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'pls send me teh report asap';
      element.prepend(paragraph);
      element.dispatchEvent(new Event('input', { bubbles: true }));
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    });
    llm.setScript({
      fallback: 'error',
      turns: [
        readsItem('improve-draft'),
        {
          label: 'insert',
          when: { lastRole: 'tool', lastToolResultIncludes: 'teh report' },
          toolCalls: [
            {
              name: 'item_insert_text',
              arguments: { text: 'Could you send me the report today, please?', position: 'selection' },
            },
          ],
        },
        { label: 'done', when: { lastRole: 'tool' }, text: 'I rewrote the selection.' },
      ],
    });
    await pressRibbon(page, 'Improve draft');
    const pane = page.frameLocator('#pane-frame');
    await pane
      .getByRole('article', { name: 'Insert into your draft' })
      .getByRole('button', { name: 'Approve' })
      .click();
    await pane.getByText('I rewrote the selection.').waitFor();

    expect(firstUserText()).toContain(presets['improve-draft'].prompt);
    const body = await editor.innerText();
    expect(body).toContain('Could you send me the report today, please?');
    expect(body).not.toContain('teh report');
  });

  it('a preset without a model opens Settings with a prompt, and runs after Save', async () => {
    llm.setScript({
      fallback: 'error',
      turns: [
        readsItem('summarize'),
        { label: 'summary', when: { lastRole: 'tool' }, text: 'Short summary.' },
      ],
    });
    const { page } = session;
    await page.goto(paneUrl({ preset: 'summarize', withModel: false }));
    const pane = page.frameLocator('#pane-frame');
    await pane.getByText('“Summarize” needs a language model').waitFor();
    await pane.getByRole('heading', { name: 'Language model' }).waitFor();
    expect(llm.requests()).toEqual([]);

    await pane.getByRole('textbox', { name: 'Base URL', exact: true }).fill(llm.openAiBaseUrl);
    await pane.getByRole('textbox', { name: 'Model or deployment' }).fill('scripted');
    await pane.getByRole('button', { name: 'Save' }).click();
    await pane.getByText('Short summary.').waitFor();
    expect(firstUserText()).toContain(presets.summarize.prompt);
  });
});
