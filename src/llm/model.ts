/**
 * The model seam: the agent sees only this. Adapters (openai-compatible, azure-openai, anthropic) convert
 * the provider's wire format into these events; they never run tools.
 */
export type ModelRole = 'user' | 'assistant' | 'tool';

export interface ModelToolCall {
  id: string;
  name: string;
  /** Raw JSON text of the arguments as the model produced it (may be malformed; the agent validates). */
  argumentsText: string;
}

export type ModelMessage =
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string; toolCalls?: ModelToolCall[] }
  | { role: 'tool'; toolCallId: string; toolName: string; content: string; isError?: boolean };

export interface ModelToolSpec {
  name: string;
  description: string;
  /** JSON Schema (draft 2020-12 / OpenAPI-compatible object schema) of the arguments. */
  inputSchema: Record<string, unknown>;
}

export interface ModelRequest {
  system: string;
  messages: ModelMessage[];
  tools: ModelToolSpec[];
  signal: AbortSignal;
  temperature?: number;
  maxOutputTokens?: number;
}

export interface ModelUsage {
  inputTokens?: number;
  outputTokens?: number;
}

export type ModelFinishReason = 'stop' | 'tool-calls' | 'length' | 'content-filter' | 'error' | 'other';

export type ModelEvent =
  | { type: 'text-delta'; text: string }
  /** Emitted once per complete tool call (after its argument deltas are assembled). */
  | { type: 'tool-call'; call: ModelToolCall }
  | { type: 'finish'; reason: ModelFinishReason; usage: ModelUsage };

export interface LanguageModel {
  /** Throws an `LlmError` (see errors.ts) for transport and HTTP failures, including a stream cut mid-way. */
  stream(request: ModelRequest): AsyncIterable<ModelEvent>;
}
