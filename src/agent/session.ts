import type { LanguageModel, ModelMessage } from '../llm/model';
import type { CurrentItemSnapshot, UserProfile } from '../office/types';
import { emptyCapUsage } from '../permissions/turn-caps';
import type { Settings } from '../settings/schema';
import { createProvenanceTracker } from '../security/provenance';
import { createUntrustedMarker } from '../security/untrusted-marker';
import type { ToolDefinition } from '../tools/define-tool';
import type { PendingApproval } from './approvals';
import { AuditLog } from './audit-log';
import type { AgentSessionSnapshot, ControlState, SessionStatus, TurnProgress } from './control-state';
import { SessionBusyError, TurnStop } from './errors';
import type { AgentEvent, AgentEventListener } from './events';
import { limitsFrom, type AgentLimits } from './limits';
import { createTurnDriver, type SessionCore, type ToolContextFactory } from './turn-driver';

export interface AgentSessionOptions {
  model: LanguageModel;
  catalog: readonly ToolDefinition[];
  settings: Settings;
  toolContextFactory: ToolContextFactory;
  user: UserProfile;
  currentItem?: CurrentItemSnapshot | null;
  /** The clock the system prompt and the audit log use. @default () => new Date() */
  now?: () => Date;
  /** Overrides of the limits derived from `settings.agent`. */
  limits?: Partial<AgentLimits>;
  audit?: AuditLog;
  /** Token counter for history trimming. @default about four characters a token */
  countTokens?: (text: string) => number;
  /** Restores a saved session (history, provenance, audit log, and a turn paused for approval). */
  snapshot?: AgentSessionSnapshot;
  /** The untrusted-content nonce; random unless restored or given (tests). */
  nonce?: string;
}

/** What the user typed, or a ribbon preset (its prompt counts as the user's words). */
export type AgentInput = string | { preset: string; prompt: string };

export interface AgentSession {
  /** Starts a turn. Resolves when the turn ends or pauses for approval; events stream to subscribers meanwhile. */
  run(input: AgentInput): Promise<TurnProgress>;
  subscribe(listener: AgentEventListener): () => void;
  /** Approves one pending call, optionally with edits to its editable arguments (validated again). */
  approve(id: string, options?: { editedArgs?: Record<string, unknown> }): Promise<TurnProgress>;
  /** Declines one pending call; the reason reaches the model as "The user declined: <reason>". */
  deny(id: string, reason?: string): Promise<TurnProgress>;
  /** Approves several pending calls of the step at once (all of them when `ids` is omitted). */
  approveAll(ids?: readonly string[]): Promise<TurnProgress>;
  /** Stops the turn: aborts the model stream and running tools; nothing further starts. */
  cancel(): void;
  status(): SessionStatus;
  pendingApprovals(): PendingApproval[];
  history(): readonly ModelMessage[];
  readonly audit: AuditLog;
  updateSettings(settings: Settings): void;
  setCurrentItem(item: CurrentItemSnapshot | null): void;
  /** JSON-serialisable state for persistence across a pane reload. */
  snapshot(): AgentSessionSnapshot;
}

function newTurnId(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return `turn-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

export function createAgentSession(options: AgentSessionOptions): AgentSession {
  let settings = options.settings;
  let currentItem = options.currentItem ?? null;
  const listeners = new Set<AgentEventListener>();
  const marker = createUntrustedMarker(options.snapshot?.nonce ?? options.nonce);
  const audit =
    options.audit ?? (options.snapshot ? AuditLog.fromJSON(options.snapshot.audit) : new AuditLog());
  const provenance = createProvenanceTracker({
    user: options.user,
    marker,
    currentItem,
    snapshot: options.snapshot?.provenance,
  });
  const catalogByName = new Map(options.catalog.map((tool) => [tool.name, tool]));

  const core: SessionCore = {
    model: options.model,
    catalog: options.catalog,
    catalogByName,
    settings: () => settings,
    currentItem: () => currentItem,
    user: options.user,
    now: options.now ?? (() => new Date()),
    clock: () => performance.now(),
    limits: () => limitsFrom(settings, options.limits),
    audit,
    provenance,
    marker,
    messages: options.snapshot?.messages.map((message) => ({ ...message })) ?? [],
    toolContextFactory: options.toolContextFactory,
    countTokens: options.countTokens,
    emit(event: AgentEvent) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (_error) {
          // A failing subscriber must not break the turn or the other subscribers.
        }
      }
    },
  };
  const driver = createTurnDriver(core);
  /** The driver promise of the turn segment in flight; `run` and `approve` wait on it. */
  let running: Promise<ControlState> | undefined;

  if (options.snapshot?.paused) {
    core.turn = {
      state: structuredClone(options.snapshot.paused.turn),
      control: structuredClone(options.snapshot.paused.control),
      controller: new AbortController(),
    };
  }

  function progressOf(turnId: string, state: ControlState): TurnProgress {
    switch (state.kind) {
      case 'awaiting-approval':
        return { kind: 'awaiting-approval', turnId, approvals: pendingOf(state) };
      case 'final':
        return { kind: 'ended', turnId, reason: state.reason, message: state.message };
      case 'failed':
        return { kind: 'ended', turnId, reason: 'error', message: state.message };
      case 'run-again':
        return { kind: 'ended', turnId, reason: 'error', message: 'The turn stopped unexpectedly.' };
    }
  }

  function pendingOf(state: ControlState): PendingApproval[] {
    if (state.kind !== 'awaiting-approval') return [];
    const open = new Set(
      state.plan.filter((call) => call.status.kind === 'pending').map((call) => call.toolCallId),
    );
    return state.approvals.filter((approval) => open.has(approval.id));
  }

  async function driveFrom(state: ControlState): Promise<TurnProgress> {
    const turnId = core.turn?.state.turnId ?? '';
    running = driver.drive(state);
    try {
      return progressOf(turnId, await running);
    } finally {
      running = undefined;
    }
  }

  /** After a decision: resume when nothing of the step is pending any more. */
  async function resumeIfSettled(): Promise<TurnProgress> {
    const turn = core.turn;
    if (!turn) return { kind: 'ended', turnId: '', reason: 'cancelled' };
    const pending = pendingOf(turn.control);
    if (pending.length > 0) return { kind: 'still-pending', turnId: turn.state.turnId, approvals: pending };
    return driveFrom(turn.control);
  }

  function supersedePausedTurn(): void {
    const turn = core.turn;
    if (!turn || turn.control.kind !== 'awaiting-approval') return;
    driver.endTurn('cancelled', 'Superseded by a new message; the pending actions were not run.');
  }

  return {
    audit,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async run(input) {
      if (running) throw new SessionBusyError();
      supersedePausedTurn();
      const text = typeof input === 'string' ? input : input.prompt;
      core.messages.push({ role: 'user', content: text });
      provenance.addUserText(text);
      provenance.setCurrentItem(currentItem);
      provenance.startTurn();
      core.turn = {
        state: {
          turnId: newTurnId(),
          step: 0,
          usage: { inputTokens: 0, outputTokens: 0 },
          activeMs: 0,
          capsUsed: emptyCapUsage(),
        },
        control: { kind: 'run-again' },
        controller: new AbortController(),
      };
      core.emit({ type: 'turn-start', turnId: core.turn.state.turnId, userText: text });
      return driveFrom({ kind: 'run-again' });
    },
    async approve(id, approveOptions) {
      driver.settle(id, { kind: 'approve', editedArgs: approveOptions?.editedArgs });
      return resumeIfSettled();
    },
    async deny(id, reason) {
      driver.settle(id, { kind: 'deny', reason });
      return resumeIfSettled();
    },
    async approveAll(ids) {
      const targets =
        ids ?? pendingOf(core.turn?.control ?? { kind: 'run-again' }).map((approval) => approval.id);
      for (const id of targets) driver.settle(id, { kind: 'approve' });
      return resumeIfSettled();
    },
    cancel() {
      const turn = core.turn;
      if (!turn) return;
      if (running) {
        turn.controller.abort(new TurnStop('cancelled'));
        return;
      }
      // Paused for approval: nothing is in flight, so end the turn here.
      turn.controller.abort(new TurnStop('cancelled'));
      driver.endTurn('cancelled', 'Cancelled. The pending actions were not run.');
    },
    status() {
      const turn = core.turn;
      if (!turn) return { kind: 'idle' };
      if (!running && turn.control.kind === 'awaiting-approval')
        return { kind: 'awaiting-approval', turnId: turn.state.turnId, approvals: pendingOf(turn.control) };
      return { kind: 'running', turnId: turn.state.turnId };
    },
    pendingApprovals: () => pendingOf(core.turn?.control ?? { kind: 'run-again' }),
    history: () => core.messages,
    updateSettings(next) {
      settings = next;
    },
    setCurrentItem(item) {
      currentItem = item;
      provenance.setCurrentItem(item);
    },
    snapshot() {
      const turn = core.turn;
      const paused =
        turn && !running && turn.control.kind === 'awaiting-approval'
          ? { turn: structuredClone(turn.state), control: structuredClone(turn.control) }
          : undefined;
      return {
        version: 1,
        nonce: marker.nonce,
        messages: structuredClone(core.messages),
        provenance: provenance.snapshot(),
        audit: audit.toJSON(),
        paused,
      };
    },
  };
}
