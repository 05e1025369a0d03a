import {
  AuditLog,
  type AgentEvent,
  type AgentInput,
  type AgentSession,
  type PendingApproval,
} from '../../../src/agent';
import type { AgentSessionSnapshot, SessionStatus, TurnProgress } from '../../../src/agent';
import type { CurrentItemSnapshot } from '../../../src/office/types';
import type { PaneRuntime, UndoAction } from '../../../src/runtime/types';
import { defaultSettings } from '../../../src/settings/schema';

/** What a test sees of a call into the session. */
export type SessionCall =
  | { method: 'run'; input: AgentInput }
  | { method: 'approve'; id: string; editedArgs?: Record<string, unknown> }
  | { method: 'deny'; id: string; reason?: string }
  | { method: 'approveAll'; ids?: readonly string[] }
  | { method: 'cancel' };

/**
 * The agent session API without an agent: the test emits the events a real turn would and decides when each
 * call resolves. `run` resolves when the test calls `endTurn` or `pauseForApproval`.
 */
export interface FakeSession extends AgentSession {
  calls: SessionCall[];
  emit(event: AgentEvent): void;
  /** Emits turn-start for the pending run. */
  startTurn(userText?: string): string;
  streamText(text: string, step?: number): void;
  pauseForApproval(approvals: PendingApproval[]): void;
  endTurn(reason?: Extract<AgentEvent, { type: 'turn-end' }>['reason'], message?: string): void;
  currentItem: CurrentItemSnapshot | null;
  restoredFrom?: AgentSessionSnapshot;
}

export function createFakeSession(
  options: { snapshot?: AgentSessionSnapshot; currentItem?: CurrentItemSnapshot | null } = {},
): FakeSession {
  const listeners = new Set<(event: AgentEvent) => void>();
  const calls: SessionCall[] = [];
  let status: SessionStatus = { kind: 'idle' };
  let pending: PendingApproval[] = options.snapshot?.paused?.control.approvals ?? [];
  let resolveTurn: ((progress: TurnProgress) => void) | undefined;
  let turnId = '';
  let turnCounter = 0;
  const audit = options.snapshot ? AuditLog.fromJSON(options.snapshot.audit) : new AuditLog();
  const messages = options.snapshot?.messages.slice() ?? [];
  if (pending.length > 0) status = { kind: 'awaiting-approval', turnId: 'restored', approvals: pending };

  const waitForTurn = () => new Promise<TurnProgress>((resolve) => (resolveTurn = resolve));
  const emit = (event: AgentEvent) => listeners.forEach((listener) => listener(event));

  const session: FakeSession = {
    calls,
    audit,
    currentItem: options.currentItem ?? null,
    restoredFrom: options.snapshot,
    emit,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    run(input) {
      calls.push({ method: 'run', input });
      status = { kind: 'running', turnId: `turn-${(turnCounter += 1)}` };
      turnId = status.turnId;
      messages.push({ role: 'user', content: typeof input === 'string' ? input : input.prompt });
      return waitForTurn();
    },
    startTurn(userText) {
      const last = calls.filter((call) => call.method === 'run').at(-1) as
        Extract<SessionCall, { method: 'run' }> | undefined;
      const text = userText ?? (typeof last?.input === 'string' ? last.input : (last?.input.prompt ?? ''));
      emit({ type: 'turn-start', turnId, userText: text });
      return turnId;
    },
    streamText(text, step = 1) {
      emit({ type: 'text-delta', turnId, step, text });
    },
    pauseForApproval(approvals) {
      pending = approvals.slice();
      for (const approval of approvals) {
        emit({
          type: 'tool-call',
          turnId,
          step: 1,
          toolCallId: approval.id,
          toolName: approval.toolName,
          args: approval.args,
          category: approval.category,
        });
        emit({ type: 'tool-approval-request', turnId, step: 1, approval });
      }
      status = { kind: 'awaiting-approval', turnId, approvals: pending };
      resolveTurn?.({ kind: 'awaiting-approval', turnId, approvals: pending });
    },
    endTurn(reason = 'completed', message) {
      pending = [];
      status = { kind: 'idle' };
      emit({
        type: 'turn-end',
        turnId,
        reason,
        message,
        usage: { inputTokens: 1, outputTokens: 1 },
        steps: 1,
      });
      resolveTurn?.({ kind: 'ended', turnId, reason, message });
    },
    async approve(id, approveOptions) {
      calls.push({ method: 'approve', id, editedArgs: approveOptions?.editedArgs });
      pending = pending.filter((approval) => approval.id !== id);
      if (pending.length > 0) return { kind: 'still-pending', turnId, approvals: pending };
      status = { kind: 'running', turnId };
      return waitForTurn();
    },
    async deny(id, reason) {
      calls.push({ method: 'deny', id, reason });
      pending = pending.filter((approval) => approval.id !== id);
      if (pending.length > 0) return { kind: 'still-pending', turnId, approvals: pending };
      status = { kind: 'running', turnId };
      return waitForTurn();
    },
    async approveAll(ids) {
      calls.push({ method: 'approveAll', ids });
      const targets = new Set(ids ?? pending.map((approval) => approval.id));
      pending = pending.filter((approval) => !targets.has(approval.id));
      if (pending.length > 0) return { kind: 'still-pending', turnId, approvals: pending };
      status = { kind: 'running', turnId };
      return waitForTurn();
    },
    cancel() {
      calls.push({ method: 'cancel' });
      if (status.kind === 'idle') return;
      session.endTurn('cancelled', 'Cancelled.');
    },
    status: () => status,
    pendingApprovals: () => pending.slice(),
    history: () => messages,
    updateSettings() {},
    setCurrentItem(item) {
      session.currentItem = item;
    },
    snapshot() {
      return {
        version: 1,
        nonce: 'fakenonce',
        messages: structuredClone(messages),
        provenance: {} as AgentSessionSnapshot['provenance'],
        audit: audit.toJSON(),
        paused:
          status.kind === 'awaiting-approval'
            ? {
                turn: {
                  turnId,
                  step: 1,
                  usage: { inputTokens: 0, outputTokens: 0 },
                  activeMs: 0,
                  capsUsed: {} as never,
                },
                control: { kind: 'awaiting-approval', step: 1, plan: [], approvals: pending },
              }
            : undefined,
      };
    },
  };
  return session;
}

/** A runtime whose sessions are fake; tests reach them through `sessions`. */
export function createFakeRuntime() {
  const sessions: FakeSession[] = [];
  const undos: UndoAction[] = [];
  const saved: unknown[] = [];
  let settings = defaultSettings();
  const runtime: PaneRuntime & {
    sessions: FakeSession[];
    undos: UndoAction[];
    saved: unknown[];
    settings: () => typeof settings;
  } = {
    sessions,
    undos,
    saved,
    settings: () => settings,
    createSession({ currentItem, snapshot }) {
      const session = createFakeSession({ currentItem, snapshot });
      sessions.push(session);
      return session;
    },
    updateSettings(next) {
      settings = next;
      saved.push(next);
    },
    testConnection: async (llm) => ({
      ok: llm.baseUrl.startsWith('http://127.0.0.1'),
      reachable: true,
      authOk: true,
      modelFound: true,
      toolCalling: true,
      message: llm.baseUrl.startsWith('http://127.0.0.1')
        ? `Connected: the model "${llm.model}" answered.`
        : 'Could not reach the endpoint.',
      latencyMs: 12,
    }),
    signInKind: () => 'simulator',
    signedInUser: async () => ({ displayName: 'Megan Bowen', address: 'megan@contoso.com' }),
    signOut: async () => undefined,
    async runUndo(_session, undo) {
      undos.push(undo);
      return { summary: `Undone: ${undo.label}` };
    },
  };
  return runtime;
}

/** A pending approval as the agent builds it. */
export function approvalFixture(overrides: Partial<PendingApproval> = {}): PendingApproval {
  return {
    id: 'call_1',
    toolName: 'mail_create_reply_draft',
    category: 'draft',
    args: { messageId: 'AAMk1', comment: 'Thanks, see you Tuesday.', to: ['adele@contoso.com'] },
    preview: {
      title: 'Create a reply draft',
      fields: [
        {
          label: 'To',
          value: 'adele@contoso.com',
          kind: 'recipients',
          recipients: [{ address: 'adele@contoso.com', name: 'Adele', external: false }],
          editableArg: 'to',
        },
        { label: 'Subject', value: 'RE: Planning', kind: 'subject' },
      ],
      body: 'Thanks, see you Tuesday.',
      bodyArg: 'comment',
      warnings: [],
    },
    reasons: [{ kind: 'setting', message: 'Drafting needs your approval (settings).' }],
    editableArgs: ['to', 'comment'],
    requestedAt: '2026-11-22T10:00:00.000Z',
    ...overrides,
  };
}
