/**
 * The same scenario files through the real pane in Chromium: the built workbench (Graph simulator mounted on the
 * same loopback origin), the scripted OpenAI-compatible server as the model, the user typing in the chat and
 * clicking the approval cards. Scenarios marked `chromium: true` run here.
 */
import type { Browser, FrameLocator } from 'playwright-core';
import { startLlmSimulator, type LlmSimulator } from '../../../src/simulators/llm/server';
import type { RunningWorkbenchServer } from '../../../src/workbench/server/server';
import { launchChromium, openGuardedPage } from '../../helpers/browser';
import { installScript, type LateBinder } from '../../helpers/scenario-late-binding';
import { clone, prepareTenant } from '../../helpers/scenario-node-runner';
import { checkState } from '../../helpers/scenario-state';
import { resolvePlaceholders } from '../../helpers/scenario-tenant';
import type { ApprovalDecision, Scenario } from '../../helpers/scenario-types';
import { startTestWorkbench, workbenchUrl } from '../../helpers/workbench-server';
import { allScenarios } from './cases';

let browser: Browser;
let server: RunningWorkbenchServer;
let llm: LlmSimulator;

beforeAll(async () => {
  [browser, server, llm] = await Promise.all([
    launchChromium(),
    startTestWorkbench(),
    startLlmSimulator({ script: { fallback: 'error' } }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await llm?.close();
});

interface ChatMessage {
  role: string;
  content?: unknown;
  tool_call_id?: string;
  tool_calls?: { id: string; function: { name: string } }[];
}

/** Feeds the tool results the pane sends to the model into the late binder (the ids of drafts just saved…). */
function feedBinder(body: string | null, binder: LateBinder, seen: Set<string>): void {
  if (!body) return;
  const messages = (JSON.parse(body) as { messages?: ChatMessage[] }).messages ?? [];
  const names = new Map<string, string>();
  for (const message of messages)
    for (const call of message.tool_calls ?? []) names.set(call.id, call.function.name);
  for (const message of messages) {
    if (message.role !== 'tool' || !message.tool_call_id || seen.has(message.tool_call_id)) continue;
    seen.add(message.tool_call_id);
    binder.onToolResult(
      names.get(message.tool_call_id) ?? '',
      typeof message.content === 'string' ? message.content : JSON.stringify(message.content),
    );
  }
}

async function decide(pane: FrameLocator, decision: ApprovalDecision): Promise<void> {
  const pending = pane
    .getByRole('article')
    .filter({ has: pane.getByRole('button', { name: 'Approve', exact: true }) });
  await pending.first().waitFor({ timeout: 20_000 });
  // Pin this card: once it is edited or settled it no longer matches the "pending" filter.
  const titleId = await pending.first().getAttribute('aria-labelledby');
  const card = pane.locator(`article[aria-labelledby="${titleId ?? ''}"]`);
  if (decision.action === 'approve') {
    await card.getByRole('button', { name: 'Approve', exact: true }).click();
  } else if (decision.action === 'deny') {
    await card.getByRole('button', { name: 'Deny' }).click();
    if (decision.reason) await pane.getByRole('textbox', { name: 'Reason (optional)' }).fill(decision.reason);
    await pane.getByRole('button', { name: 'Deny action' }).click();
  } else {
    await card.getByRole('button', { name: 'Edit' }).click();
    for (const edit of decision.edits) await card.getByRole('textbox', { name: edit.label }).fill(edit.value);
    await card.getByRole('button', { name: 'Approve with changes' }).click();
  }
  // The card leaves the pending state before the next one is looked for.
  await card
    .getByRole('button', { name: 'Approve', exact: true })
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

const POLICY_DEFAULTS = { read: 'always', draft: 'ask', organize: 'ask', send: 'ask', delete: 'disabled' };

async function runInPane(scenario: Scenario): Promise<string[]> {
  const store = prepareTenant(server.simulator, scenario.tenant);
  const before = clone(store);
  const binder = installScript(llm, resolvePlaceholders(scenario.model, store));
  const guarded = await openGuardedPage(browser);
  const problems: string[] = [];
  try {
    const seen = new Set<string>();
    await guarded.context.route(`${llm.url}/**`, async (route) => {
      feedBinder(route.request().postData(), binder, seen);
      await route.continue();
    });
    const openItem = scenario.openItem ? resolvePlaceholders(scenario.openItem, store) : undefined;
    await guarded.page.goto(
      workbenchUrl(server, {
        reset: true,
        llm: llm.openAiBaseUrl,
        provider: 'openai-compatible',
        model: 'scripted',
        item: openItem,
        settings: {
          permissions: { policies: { ...POLICY_DEFAULTS, ...scenario.policies } },
          agent: { undoSendSeconds: 0 },
        },
      }),
    );
    const pane = guarded.page.frameLocator('#pane-frame');
    const composer = pane.getByRole('textbox', { name: 'Message the agent' });
    await composer.waitFor({ timeout: 20_000 });
    await composer.fill(typeof scenario.prompt === 'string' ? scenario.prompt : scenario.prompt.prompt);
    await composer.press('Enter');
    for (const decision of scenario.approvals) await decide(pane, decision);
    for (const fragment of scenario.expect.answer ?? []) {
      await pane
        .getByText(fragment, { exact: false })
        .first()
        .waitFor({ timeout: 20_000 })
        .catch(() => problems.push(`the pane does not show "${fragment}"`));
    }
    problems.push(...checkState(before, server.simulator.store(), scenario.expect.state ?? []));
    const allowed = new Set([server.origin, new URL(llm.url).origin]);
    for (const url of guarded.requests) {
      const origin = new URL(url).origin;
      if (/^https?:/u.test(url) && !allowed.has(origin)) problems.push(`request to ${origin}`);
    }
    problems.push(...guarded.pageErrors.map((message) => `page error: ${message}`));
  } finally {
    await guarded.context.close();
  }
  return problems;
}

const inChromium = allScenarios.filter((scenario) => scenario.chromium && !scenario.pending);

describe('scenarios in Chromium through the pane', () => {
  it.each(inChromium.map((scenario) => [scenario.id, scenario] as const))('%s', async (_id, scenario) => {
    expect(await runInPane(scenario)).toEqual([]);
  });
});
