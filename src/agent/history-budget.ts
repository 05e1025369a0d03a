import type { ModelMessage } from '../llm/model';

/** A cheap, bundle-free estimate (about four characters a token for English and JSON). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export const TRIMMED_NOTE =
  '[trimmed: an earlier tool result was removed to save space; call the tool again if you need it]';

function sizeOf(message: ModelMessage, countTokens: (text: string) => number): number {
  if (message.role === 'assistant')
    return countTokens(message.content) + countTokens(JSON.stringify(message.toolCalls ?? []));
  return countTokens(message.content);
}

/**
 * Fits the history into `budget` tokens by replacing the content of the oldest tool results with a short
 * note. The user's own words are never touched, and the results of the latest step stay whole (the model
 * is about to read them).
 */
export function trimHistory(
  messages: readonly ModelMessage[],
  budget: number,
  countTokens: (text: string) => number = estimateTokens,
): { messages: ModelMessage[]; trimmed: number } {
  const result = messages.slice();
  let total = result.reduce((sum, message) => sum + sizeOf(message, countTokens), 0);
  if (total <= budget) return { messages: result, trimmed: 0 };
  let lastAssistant = -1;
  for (let index = result.length - 1; index >= 0; index -= 1) {
    if (result[index].role === 'assistant') {
      lastAssistant = index;
      break;
    }
  }
  let trimmed = 0;
  for (let index = 0; index < result.length && total > budget; index += 1) {
    const message = result[index];
    if (message.role !== 'tool' || index > lastAssistant || message.content === TRIMMED_NOTE) continue;
    const before = sizeOf(message, countTokens);
    result[index] = { ...message, content: TRIMMED_NOTE };
    total -= before - sizeOf(result[index], countTokens);
    trimmed += 1;
  }
  return { messages: result, trimmed };
}

/** Providers reject a history where a tool call has no result: close every open call of the last step. */
export function closeOpenToolCalls(messages: ModelMessage[], note: string): void {
  let lastAssistant = -1;
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    if (messages[index].role === 'assistant') {
      lastAssistant = index;
      break;
    }
  }
  const assistant = messages[lastAssistant];
  if (!assistant || assistant.role !== 'assistant' || !assistant.toolCalls) return;
  const answered = new Set(
    messages.slice(lastAssistant + 1).flatMap((entry) => (entry.role === 'tool' ? [entry.toolCallId] : [])),
  );
  for (const call of assistant.toolCalls) {
    if (!answered.has(call.id))
      messages.push({
        role: 'tool',
        toolCallId: call.id,
        toolName: call.name,
        content: `Error (cancelled): ${note}`,
        isError: true,
      });
  }
}
