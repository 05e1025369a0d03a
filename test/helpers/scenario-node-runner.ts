/**
 * Runs scenarios in Node through the product's own composition root (`createRuntime`): the real agent session,
 * the real catalog, the real Graph client against the Graph simulator over HTTP (dev tokens), and the real
 * openai-compatible adapter against the scripted LLM server. Approval cards are decided by a callback (the
 * scenario's decisions, or a hostile-content policy).
 */
import type { AgentEvent, AuditEntry, PendingApproval, TurnProgress } from '../../src/agent';
import { createRuntime, type PaneRuntime } from '../../src/runtime';
import { startGraphSimulator } from '../../src/simulators/graph';
import type { GraphSimulator, RunningGraphSimulator } from '../../src/simulators/graph/api';
import type { LoggedRequest } from '../../src/simulators/graph/core/request-log';
import type { GraphStore } from '../../src/simulators/graph/store/store';
import { startLlmSimulator, type LlmSimulator } from '../../src/simulators/llm/server';
import type { LlmScriptInput, ScriptTurnInput } from '../../src/simulators/llm/script';
import { installScript } from './scenario-late-binding';
import { settingsSchema, type Settings } from '../../src/settings/schema';
import { createScenarioOfficeHost } from './scenario-office-host';
import { resolvePlaceholders, scenarioTenant, SCENARIO_NOW } from './scenario-tenant';
import type { PolicyName, Scenario, TenantChange } from './scenario-types';

export interface ScenarioHarness {
  graph: RunningGraphSimulator;
  llm: LlmSimulator;
  close(): Promise<void>;
}

export async function startScenarioHarness(): Promise<ScenarioHarness> {
  const [graph, llm] = await Promise.all([
    startGraphSimulator({ port: 0 }),
    startLlmSimulator({ script: { fallback: 'error' } }),
  ]);
  return {
    graph,
    llm,
    close: async () => {
      await Promise.all([graph.close(), llm.close()]);
    },
  };
}

/** What the user does with a card; `edit` changes arguments and approves. */
export type CardAction =
  | { action: 'approve' }
  | { action: 'deny'; reason?: string }
  | { action: 'edit'; editedArgs: Record<string, unknown> };

export interface RunRequest {
  tenant?: TenantChange;
  openItem?: string;
  prompt: Scenario['prompt'];
  policies?: Scenario['policies'];
  model: ScriptTurnInput[];
  /** Decides each card, in the order they appear; `undefined` leaves the turn paused (a failure). */
  decide(approval: PendingApproval, index: number): CardAction | undefined;
  undo?: boolean;
  /** `/_sim/faults` configuration applied after the tenant loads. */
  graphFaults?: unknown;
  /** Script options besides the turns (e.g. `requireApiKey`). */
  script?: Omit<LlmScriptInput, 'turns'>;
  /** Extra settings (merged over the scenario defaults), e.g. `{ agent: { maxSteps: 3 } }`. */
  settings?: Record<string, unknown>;
  /** Follow-up prompts in the same conversation, run after the first turn ends. */
  followUps?: string[];
}

export interface ScenarioRun {
  events: AgentEvent[];
  approvals: PendingApproval[];
  /** The text the model streamed in the last turn (what the pane shows as the answer). */
  answer: string;
  /** Every turn's end (reason and message). */
  turnEnds: Extract<AgentEvent, { type: 'turn-end' }>[];
  before: GraphStore;
  after: GraphStore;
  /** Graph requests made during the run (HTTP round trips and `$batch` steps). */
  graphRequests: LoggedRequest[];
  audit: readonly AuditEntry[];
  /** Origins (scheme://host:port) of every `fetch` the process made during the run. */
  fetchOrigins: string[];
  graphOrigin: string;
  llmOrigin: string;
  durationMs: number;
  /** An exception that escaped the session (a crash). */
  crash?: string;
  /** A card the decision callback left open. */
  stuck?: string;
}

const DEFAULT_POLICIES: Record<'read' | 'draft' | 'organize' | 'send' | 'delete', PolicyName> = {
  read: 'always',
  draft: 'ask',
  organize: 'ask',
  send: 'ask',
  delete: 'disabled',
};

function settingsFor(harness: ScenarioHarness, request: RunRequest): Settings {
  const base = {
    llm: { kind: 'openai-compatible', baseUrl: harness.llm.openAiBaseUrl, model: 'scripted' },
    account: { graphBaseUrl: `${harness.graph.origin}/v1.0`, cloud: 'custom' },
    permissions: { policies: { ...DEFAULT_POLICIES, ...request.policies } },
    agent: { maxSteps: 12, maxTurnSeconds: 120, maxTurnTokens: 400_000, undoSendSeconds: 0 },
  };
  const extra = request.settings ?? {};
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra))
    merged[key] = { ...((base as Record<string, object>)[key] ?? {}), ...(value as object) };
  return settingsSchema.parse(merged);
}

/** Records the origin of every fetch made while a run is in flight (runs are sequential). */
function watchFetch(): { origins: string[]; restore(): void } {
  const original = globalThis.fetch;
  const origins: string[] = [];
  globalThis.fetch = (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    try {
      origins.push(new URL(url).origin);
    } catch {
      origins.push(String(url));
    }
    return original(input, init);
  };
  return { origins, restore: () => (globalThis.fetch = original) };
}

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

async function decideAll(
  session: ReturnType<PaneRuntime['createSession']>,
  first: TurnProgress,
  request: RunRequest,
  seen: PendingApproval[],
): Promise<{ progress: TurnProgress; stuck?: string }> {
  let progress = first;
  while (progress.kind === 'awaiting-approval' || progress.kind === 'still-pending') {
    const approval = progress.approvals[0];
    if (!approval) break;
    seen.push(approval);
    const action = request.decide(approval, seen.length - 1);
    if (!action) {
      session.cancel();
      return { progress, stuck: `no decision for card ${seen.length}: ${approval.toolName}` };
    }
    if (action.action === 'approve') progress = await session.approve(approval.id);
    else if (action.action === 'deny') progress = await session.deny(approval.id, action.reason);
    else progress = await session.approve(approval.id, { editedArgs: action.editedArgs });
  }
  return { progress };
}

const pristineTenants = new WeakMap<object, Map<string, string>>();

/**
 * Loads the scenario's tenant. Building the demo tenant takes most of a second, so each distinct tenant is built
 * once and later runs restore its JSON into the live store (`store()` is the documented way to arrange state).
 */
export function prepareTenant(graph: GraphSimulator, change: TenantChange | undefined): GraphStore {
  let cache = pristineTenants.get(graph);
  if (!cache) pristineTenants.set(graph, (cache = new Map()));
  const key = JSON.stringify(change ?? null);
  const pristine = cache.get(key);
  if (pristine === undefined) {
    graph.loadTenant(scenarioTenant(change), SCENARIO_NOW);
    cache.set(key, JSON.stringify(graph.store()));
  } else {
    const live = graph.store() as unknown as Record<string, unknown>;
    const restored = JSON.parse(pristine) as Record<string, unknown>;
    for (const name of Object.keys(live)) delete live[name];
    Object.assign(live, restored);
  }
  graph.configureFaults({ rules: [] });
  return graph.store();
}

export async function runInNode(harness: ScenarioHarness, request: RunRequest): Promise<ScenarioRun> {
  const { graph, llm } = harness;
  const store = prepareTenant(graph, request.tenant);
  const openItem = request.openItem ? resolvePlaceholders(request.openItem, store) : undefined;
  const binder = installScript(llm, resolvePlaceholders(request.model, store), request.script);
  if (request.graphFaults) graph.configureFaults(request.graphFaults);
  const since = graph.requests().at(-1)?.sequence ?? 0;
  const before = clone(store);

  const office = createScenarioOfficeHost(graph, openItem);
  const settings = settingsFor(harness, request);
  const runtime = createRuntime({
    office,
    settings,
    settingsStore: { load: () => ({ settings, warnings: [] }), save: async () => undefined },
  });
  const session = runtime.createSession({ currentItem: await office.getCurrentItem() });
  const events: AgentEvent[] = [];
  session.subscribe((event) => {
    events.push(event);
    if (event.type === 'tool-result') binder.onToolResult(event.toolName, event.content);
  });
  const approvals: PendingApproval[] = [];
  const fetches = watchFetch();
  const started = performance.now();
  let crash: string | undefined;
  let stuck: string | undefined;
  let lastTurnStart = 0;
  try {
    for (const prompt of [request.prompt, ...(request.followUps ?? [])]) {
      lastTurnStart = events.length;
      const first = await session.run(prompt);
      const settled = await decideAll(session, first, request, approvals);
      stuck ??= settled.stuck;
      if (settled.stuck) break;
    }
    if (request.undo) {
      const withUndo = events.find(
        (event): event is Extract<AgentEvent, { type: 'tool-result' }> =>
          event.type === 'tool-result' && event.undo !== undefined,
      );
      if (withUndo?.undo) await runtime.runUndo(session, withUndo.undo);
      else stuck ??= 'no result offered an undo';
    }
  } catch (error) {
    crash = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } finally {
    fetches.restore();
    graph.configureFaults({ rules: [] });
  }
  const answer = events
    .slice(lastTurnStart)
    .filter((event): event is Extract<AgentEvent, { type: 'text-delta' }> => event.type === 'text-delta')
    .map((event) => event.text)
    .join('');
  return {
    events,
    approvals,
    answer,
    turnEnds: events.filter(
      (event): event is Extract<AgentEvent, { type: 'turn-end' }> => event.type === 'turn-end',
    ),
    before,
    after: clone(graph.store()),
    graphRequests: graph.requests(since),
    audit: session.audit.entries(),
    fetchOrigins: fetches.origins,
    graphOrigin: graph.origin,
    llmOrigin: new URL(llm.url).origin,
    durationMs: performance.now() - started,
    crash,
    stuck,
  };
}
