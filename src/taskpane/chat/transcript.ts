import type { AgentEvent } from '../../agent';
import type { PermissionCategory } from '../../permissions/categories';
import type { Citation } from '../../tools/define-tool';

/** An undo offered by an organize/delete result, and what became of it. */
export interface UndoOffer {
  tool: string;
  args: Record<string, unknown>;
  label: string;
  state?: 'running' | 'done' | 'failed';
  message?: string;
}

/** What the chat shows, in order. Plain data: it is saved with the session snapshot. */
export type TranscriptEntry =
  | { kind: 'user'; id: string; turnId: string; text: string }
  | {
      kind: 'assistant';
      id: string;
      turnId: string;
      step: number;
      text: string;
      status: 'streaming' | 'done';
      /** Items the turn's tools returned; shown under the last answer of the turn. */
      citations: Citation[];
    }
  | {
      kind: 'tool';
      id: string;
      turnId: string;
      toolName: string;
      args: unknown;
      category?: PermissionCategory;
      status: 'running' | 'done' | 'failed';
      summary?: string;
      content?: string;
      errorCode?: string;
      errorMessage?: string;
      durationMs?: number;
      undo?: UndoOffer;
      /** Items this result cited; moved to the turn's last answer when the turn ends. */
      citations?: Citation[];
    }
  | { kind: 'notice'; id: string; turnId: string; tone: 'error' | 'info'; text: string; retryable: boolean };

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(sequence += 1)}`;

function replaceEntry(
  entries: readonly TranscriptEntry[],
  id: string,
  update: (entry: TranscriptEntry) => TranscriptEntry,
): TranscriptEntry[] {
  return entries.map((entry) => (entry.id === id ? update(entry) : entry));
}

function lastAnswerIndex(entries: readonly TranscriptEntry[], turnId: string): number {
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const entry = entries[index];
    if (entry.turnId !== turnId) return -1;
    if (entry.kind === 'assistant') return index;
  }
  return -1;
}

/** Folds one agent event into the transcript (pure, so it is tested without React). */
export function applyEvent(entries: readonly TranscriptEntry[], event: AgentEvent): TranscriptEntry[] {
  switch (event.type) {
    case 'turn-start':
      return [...entries, { kind: 'user', id: nextId('user'), turnId: event.turnId, text: event.userText }];
    case 'text-delta': {
      const last = entries[entries.length - 1];
      if (last?.kind === 'assistant' && last.turnId === event.turnId && last.step === event.step) {
        return [...entries.slice(0, -1), { ...last, text: last.text + event.text }];
      }
      return [
        ...entries,
        {
          kind: 'assistant',
          id: nextId('answer'),
          turnId: event.turnId,
          step: event.step,
          text: event.text,
          status: 'streaming',
          citations: [],
        },
      ];
    }
    case 'tool-call':
      if (entries.some((entry) => entry.id === event.toolCallId)) return entries.slice();
      return [
        ...entries,
        {
          kind: 'tool',
          id: event.toolCallId,
          turnId: event.turnId,
          toolName: event.toolName,
          args: event.args,
          category: event.category,
          status: 'running',
        },
      ];
    case 'tool-result': {
      // Citations wait on the tool line until the turn's final answer exists (turn-end copies them there).
      return replaceEntry(entries, event.toolCallId, (entry) =>
        entry.kind === 'tool'
          ? {
              ...entry,
              status: 'done',
              summary: event.summary,
              content: event.content,
              durationMs: event.durationMs,
              undo: event.undo ? { ...event.undo } : undefined,
              citations: event.citations.length > 0 ? event.citations : undefined,
            }
          : entry,
      );
    }
    case 'tool-error':
      return replaceEntry(entries, event.toolCallId, (entry) =>
        entry.kind === 'tool'
          ? { ...entry, status: 'failed', errorCode: event.code, errorMessage: event.message }
          : entry,
      );
    case 'turn-error':
      return [
        ...entries,
        {
          kind: 'notice',
          id: nextId('notice'),
          turnId: event.turnId,
          tone: 'error',
          text: event.message,
          retryable: true,
        },
      ];
    case 'turn-end':
      return finishTurn(entries, event);
    default:
      return entries.slice();
  }
}

function finishTurn(
  entries: readonly TranscriptEntry[],
  event: Extract<AgentEvent, { type: 'turn-end' }>,
): TranscriptEntry[] {
  const citations = collectCitations(entries, event.turnId);
  let next = entries.map((entry): TranscriptEntry => {
    if (entry.turnId !== event.turnId) return entry;
    if (entry.kind === 'assistant') return { ...entry, status: 'done' };
    // Tools still running when the turn ended did not finish (cancel, time limit).
    if (entry.kind === 'tool' && entry.status === 'running')
      return { ...entry, status: 'failed', errorCode: 'cancelled' };
    return entry;
  });
  const answer = lastAnswerIndex(next, event.turnId);
  if (answer >= 0 && citations.length > 0) {
    next = next.map((entry, index) =>
      index === answer && entry.kind === 'assistant' ? { ...entry, citations } : entry,
    );
  }
  const alreadyReported = next.some(
    (entry) => entry.kind === 'notice' && entry.turnId === event.turnId && entry.tone === 'error',
  );
  if (event.reason !== 'completed' && event.reason !== 'error' && !alreadyReported) {
    next.push({
      kind: 'notice',
      id: nextId('notice'),
      turnId: event.turnId,
      tone: event.reason === 'cancelled' ? 'info' : 'error',
      text: event.message ?? event.reason,
      retryable: true,
    });
  } else if (event.reason === 'error' && !alreadyReported && event.message) {
    next.push({
      kind: 'notice',
      id: nextId('notice'),
      turnId: event.turnId,
      tone: 'error',
      text: event.message,
      retryable: true,
    });
  }
  return next;
}

/** Unique citations of a turn's tool results, in the order they arrived. */
function collectCitations(entries: readonly TranscriptEntry[], turnId: string): Citation[] {
  const seen = new Set<string>();
  const result: Citation[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'tool' || entry.turnId !== turnId) continue;
    for (const citation of entry.citations ?? []) {
      const key = `${citation.kind}:${citation.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(citation);
    }
  }
  return result;
}

/** The text of the turn's user message, for Retry. */
export function lastUserText(entries: readonly TranscriptEntry[]): string | undefined {
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const entry = entries[index];
    if (entry.kind === 'user') return entry.text;
  }
  return undefined;
}
