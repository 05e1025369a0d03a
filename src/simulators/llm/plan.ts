import { lastMessage, lastUserText, type ReceivedRequest } from './inbound';
import type { ApiKind, ScriptTurn, TurnPredicate } from './script';

/** One content chunk of an answer, before it is written in a provider's wire format. */
export type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'tool-start'; index: number; id: string; name: string }
  | { kind: 'tool-args'; index: number; text: string };

export type PlannedFinish = 'stop' | 'tool-calls' | 'length' | 'content-filter';

export interface PlannedToolCall {
  id: string;
  name: string;
  argumentsText: string;
}

export interface AnswerPlan {
  pieces: Piece[];
  text: string;
  toolCalls: PlannedToolCall[];
  finish: PlannedFinish;
  usage: { inputTokens: number; outputTokens: number };
}

export function matches(predicate: TurnPredicate | undefined, request: ReceivedRequest): boolean {
  if (!predicate) return true;
  const last = lastMessage(request);
  if (predicate.api && predicate.api !== request.api) return false;
  if (predicate.lastRole && last?.role !== predicate.lastRole) return false;
  if (
    predicate.lastUserIncludes !== undefined &&
    !lastUserText(request).toLowerCase().includes(predicate.lastUserIncludes.toLowerCase())
  ) {
    return false;
  }
  if (predicate.lastToolResultIncludes !== undefined) {
    if (
      last?.role !== 'tool' ||
      !last.content.toLowerCase().includes(predicate.lastToolResultIncludes.toLowerCase())
    )
      return false;
  }
  if (
    predicate.toolOffered !== undefined &&
    !request.tools.some((tool) => tool.name === predicate.toolOffered)
  )
    return false;
  if (predicate.systemIncludes !== undefined && !request.system.includes(predicate.systemIncludes))
    return false;
  return true;
}

function split(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let offset = 0; offset < text.length; offset += size) parts.push(text.slice(offset, offset + size));
  return parts;
}

/** A deterministic token estimate (~4 characters a token), so usage is stable across runs. */
function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

export function planAnswer(turn: ScriptTurn, request: ReceivedRequest, api: ApiKind): AnswerPlan {
  const pieces: Piece[] = [];
  const textChunks = turn.textChunks ?? (turn.text ? split(turn.text, turn.chunkSize) : []);
  for (const text of textChunks) pieces.push({ kind: 'text', text });
  const toolCalls = (turn.toolCalls ?? []).map((call, index) => ({
    id:
      call.id ??
      (api === 'anthropic' ? `toolu_sim_${request.index}_${index}` : `call_sim_${request.index}_${index}`),
    name: call.name,
    argumentsText: call.argumentsText ?? JSON.stringify(call.arguments ?? {}),
  }));
  toolCalls.forEach((call, index) => {
    pieces.push({ kind: 'tool-start', index, id: call.id, name: call.name });
    for (const text of split(call.argumentsText, turn.argumentChunkSize))
      pieces.push({ kind: 'tool-args', index, text });
  });
  const text = textChunks.join('');
  const outputText = text + toolCalls.map((call) => call.name + call.argumentsText).join('');
  return {
    pieces,
    text,
    toolCalls,
    finish: turn.finishReason ?? (toolCalls.length > 0 ? 'tool-calls' : 'stop'),
    usage: {
      inputTokens: turn.usage?.inputTokens ?? estimateTokens(JSON.stringify(request.body)),
      outputTokens: turn.usage?.outputTokens ?? estimateTokens(outputText),
    },
  };
}
