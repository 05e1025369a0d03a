import type { AgentEvent, AgentInput, AgentSession, PendingApproval } from '../../agent';
import type { CurrentItemSnapshot } from '../../office/types';
import type { PaneRuntime } from '../../runtime/types';
import type { ConversationStorage } from './conversation-storage';
import { applyEvent, lastUserText, type TranscriptEntry } from './transcript';

/** What a screen reader should hear (the UI words it). */
export type Announcement =
  | { kind: 'answer-complete' }
  | { kind: 'stopped' }
  | { kind: 'approval-needed'; title: string }
  | { kind: 'send-cancelled' };

export interface SendCountdown {
  approvalIds: string[];
  secondsLeft: number;
}

export interface ConversationState {
  entries: TranscriptEntry[];
  approvals: PendingApproval[];
  status: 'idle' | 'running' | 'awaiting-approval';
  countdown?: SendCountdown;
  /** Card errors (an invalid edit) by approval id; the card stays pending. */
  approvalErrors: Record<string, string>;
  announcement?: Announcement & { sequence: number };
  /** Set when the pane reopened after closing during a send countdown. */
  sendInterrupted: boolean;
}

export interface Conversation {
  readonly key: string;
  readonly session: AgentSession;
  getState(): ConversationState;
  subscribe(listener: () => void): () => void;
  send(input: AgentInput): Promise<void>;
  /** Stops at once: the stream and running tools are aborted; a running countdown sends nothing. */
  cancel(): void;
  retry(): Promise<void>;
  approve(id: string, editedArgs?: Record<string, unknown>): Promise<void>;
  deny(id: string, reason?: string): Promise<void>;
  approveAll(): Promise<void>;
  /** Stops an approved send during its countdown; the message stays a draft. */
  cancelSend(): Promise<void>;
  undo(toolCallId: string): Promise<void>;
  dismissSendInterrupted(): void;
  dispose(): void;
}

export interface ConversationOptions {
  key: string;
  runtime: PaneRuntime;
  storage: ConversationStorage;
  currentItem: CurrentItemSnapshot | null;
  /** Seconds an approved send waits (settings.agent.undoSendSeconds). */
  undoSendSeconds: () => number;
}

const SEND_CANCELLED_REASON =
  'The user cancelled sending during the undo countdown; keep the message as a draft.';

export function createConversation(options: ConversationOptions): Conversation {
  const { key, runtime, storage } = options;
  const saved = storage.load(key);
  let session: AgentSession;
  try {
    session = runtime.createSession({ currentItem: options.currentItem, snapshot: saved?.snapshot });
  } catch {
    // A snapshot from an older version that no longer restores: start afresh rather than fail.
    session = runtime.createSession({ currentItem: options.currentItem });
  }
  const pendingSend = storage.pendingSend();
  const interrupted = pendingSend?.conversationKey === key;
  if (interrupted) storage.setPendingSend(null);

  let state: ConversationState = {
    entries: saved?.entries ?? [],
    approvals: session.pendingApprovals(),
    status: session.status().kind,
    approvalErrors: {},
    sendInterrupted: interrupted,
  };
  let announcementSequence = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const listeners = new Set<() => void>();

  const setState = (patch: Partial<ConversationState>) => {
    state = { ...state, ...patch };
    listeners.forEach((listener) => listener());
  };
  const announce = (announcement: Announcement) =>
    setState({ announcement: { ...announcement, sequence: (announcementSequence += 1) } });

  const persist = () => {
    storage.save(key, {
      version: 1,
      savedAt: new Date().toISOString(),
      entries: state.entries,
      snapshot: session.snapshot(),
    });
  };

  const onEvent = (event: AgentEvent) => {
    const entries = applyEvent(state.entries, event);
    switch (event.type) {
      case 'turn-start':
        setState({ entries, status: 'running', approvalErrors: {} });
        return;
      case 'text-delta':
        setState({ entries });
        return;
      case 'tool-approval-request':
        setState({ entries, approvals: [...state.approvals, event.approval] });
        return;
      case 'tool-result':
      case 'tool-error':
        setState({
          entries,
          approvals: state.approvals.filter((approval) => approval.id !== event.toolCallId),
        });
        persist();
        return;
      case 'turn-end':
        stopCountdown();
        setState({ entries, approvals: [], status: 'idle', countdown: undefined });
        announce(event.reason === 'cancelled' ? { kind: 'stopped' } : { kind: 'answer-complete' });
        persist();
        return;
      default:
        setState({ entries });
    }
  };
  const unsubscribe = session.subscribe(onEvent);

  /** After a call into the session: the status it reports, and the cards still open. */
  const settle = () => {
    const status = session.status();
    const approvals = session.pendingApprovals();
    setState({ status: status.kind, approvals });
    if (status.kind === 'awaiting-approval') {
      const newest = approvals[approvals.length - 1];
      if (newest) announce({ kind: 'approval-needed', title: newest.preview.title });
      persist();
    }
  };

  const guarded = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } finally {
      settle();
    }
  };

  function stopCountdown() {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    storage.setPendingSend(null);
  }

  const approvalOf = (id: string) => state.approvals.find((approval) => approval.id === id);

  function startCountdown(ids: string[], edits: Record<string, Record<string, unknown> | undefined>) {
    const seconds = options.undoSendSeconds();
    storage.setPendingSend({ conversationKey: key, approvalIds: ids, startedAt: new Date().toISOString() });
    setState({ countdown: { approvalIds: ids, secondsLeft: seconds } });
    timer = setInterval(() => {
      const left = (state.countdown?.secondsLeft ?? 1) - 1;
      if (left > 0) {
        setState({ countdown: { approvalIds: ids, secondsLeft: left } });
        return;
      }
      stopCountdown();
      setState({ countdown: undefined, status: 'running' });
      void guarded(async () => {
        for (const id of ids) await approveNow(id, edits[id]);
      });
    }, 1000);
  }

  async function approveNow(id: string, editedArgs?: Record<string, unknown>) {
    try {
      await session.approve(id, editedArgs ? { editedArgs } : undefined);
    } catch (error) {
      // An invalid edit keeps the card open with the reason.
      const message = error instanceof Error ? error.message : String(error);
      setState({ approvalErrors: { ...state.approvalErrors, [id]: message } });
    }
  }

  const delaysSend = (approval: PendingApproval | undefined) =>
    approval?.category === 'send' && options.undoSendSeconds() > 0;

  return {
    key,
    session,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async send(input) {
      if (state.status === 'running' || state.countdown) return;
      setState({ status: 'running', sendInterrupted: false });
      await guarded(() => session.run(input));
    },
    cancel() {
      if (state.countdown) {
        void this.cancelSend();
        return;
      }
      session.cancel();
      settle();
    },
    async retry() {
      const text = lastUserText(state.entries);
      if (text !== undefined) await this.send(text);
    },
    async approve(id, editedArgs) {
      if (state.countdown) return;
      const { [id]: _cleared, ...approvalErrors } = state.approvalErrors;
      setState({ approvalErrors });
      if (delaysSend(approvalOf(id))) {
        startCountdown([id], { [id]: editedArgs });
        return;
      }
      setState({ status: 'running' });
      await guarded(() => approveNow(id, editedArgs));
    },
    async deny(id, reason) {
      setState({ status: 'running' });
      await guarded(() => session.deny(id, reason?.trim() || undefined));
    },
    async approveAll() {
      if (state.countdown) return;
      const sends = state.approvals.filter(delaysSend).map((approval) => approval.id);
      const others = state.approvals
        .filter((approval) => !delaysSend(approval))
        .map((approval) => approval.id);
      if (others.length > 0) {
        setState({ status: 'running' });
        await guarded(() => session.approveAll(others));
      }
      if (sends.length > 0) startCountdown(sends, {});
    },
    async cancelSend() {
      const countdown = state.countdown;
      if (!countdown) return;
      stopCountdown();
      setState({ countdown: undefined, status: 'running' });
      announce({ kind: 'send-cancelled' });
      await guarded(async () => {
        for (const id of countdown.approvalIds) await session.deny(id, SEND_CANCELLED_REASON);
      });
    },
    async undo(toolCallId) {
      const entry = state.entries.find((candidate) => candidate.id === toolCallId);
      if (
        entry?.kind !== 'tool' ||
        !entry.undo ||
        entry.undo.state === 'running' ||
        entry.undo.state === 'done'
      )
        return;
      const offer = entry.undo;
      const update = (undo: typeof offer) =>
        setState({
          entries: state.entries.map((candidate) =>
            candidate.id === toolCallId && candidate.kind === 'tool' ? { ...candidate, undo } : candidate,
          ),
        });
      update({ ...offer, state: 'running' });
      try {
        const result = await runtime.runUndo(session, offer);
        update({ ...offer, state: 'done', message: result.summary });
      } catch (error) {
        update({
          ...offer,
          state: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      }
      persist();
    },
    dismissSendInterrupted() {
      setState({ sendInterrupted: false });
    },
    dispose() {
      if (timer !== undefined) clearInterval(timer);
      unsubscribe();
    },
  };
}
