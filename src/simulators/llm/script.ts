import { z } from 'zod';

/**
 * The script format of the scripted LLM servers (documented in docs/llm-endpoints.md). A script is a list of turns;
 * each model request consumes the first unused turn whose `when` matches (a turn without `when` always matches).
 */
export const apiKinds = ['openai', 'azure', 'anthropic'] as const;
export type ApiKind = (typeof apiKinds)[number];

const toolCallSchema = z.object({
  /** Tool-call id; defaults to call_N (OpenAI/Azure) or toolu_N (Anthropic). */
  id: z.string().optional(),
  name: z.string(),
  /** Arguments as a value; serialised with JSON.stringify. */
  arguments: z.unknown().optional(),
  /** Raw argument text sent verbatim (wins over `arguments`): use it for malformed JSON. */
  argumentsText: z.string().optional(),
});

const predicateSchema = z.object({
  lastUserIncludes: z.string().optional(),
  lastToolResultIncludes: z.string().optional(),
  lastRole: z.enum(['user', 'assistant', 'tool']).optional(),
  toolOffered: z.string().optional(),
  systemIncludes: z.string().optional(),
  api: z.enum(apiKinds).optional(),
});

export const scriptTurnSchema = z.object({
  /** Shown in the request log, to tell which turn answered. */
  label: z.string().optional(),
  when: predicateSchema.optional(),
  /** How many requests this turn answers; 0 = every matching request. @default 1 */
  times: z.number().int().min(0).default(1),
  text: z.string().optional(),
  /** Exact text chunks (wins over `text` + `chunkSize`). */
  textChunks: z.array(z.string()).optional(),
  /** Characters per text chunk. @default 12 */
  chunkSize: z.number().int().min(1).default(12),
  /** Characters per tool-argument chunk: arguments always arrive split across chunks. @default 10 */
  argumentChunkSize: z.number().int().min(1).default(10),
  /** Wait before each content chunk after the first. */
  chunkDelayMs: z.number().min(0).default(0),
  /** Wait before the first content chunk (headers are sent at once). */
  firstTokenDelayMs: z.number().min(0).default(0),
  toolCalls: z.array(toolCallSchema).optional(),
  finishReason: z.enum(['stop', 'tool-calls', 'length', 'content-filter']).optional(),
  usage: z
    .object({ inputTokens: z.number().int().optional(), outputTokens: z.number().int().optional() })
    .optional(),
  /** Answer with an HTTP error instead of a completion. */
  error: z
    .object({
      status: z.number().int().min(400).max(599),
      /** Response body; defaults to the provider's error shape with `message`. */
      body: z.unknown().optional(),
      message: z.string().optional(),
      /** Error type in the body (e.g. rate_limit_error); derived from the status when absent. */
      type: z.string().optional(),
      retryAfter: z.union([z.number(), z.string()]).optional(),
      headers: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
  /** Send an in-stream error event after the content chunks (instead of the finish). */
  streamError: z.object({ message: z.string(), type: z.string().default('api_error') }).optional(),
  /** Destroy the socket after this many content chunks (a connection cut mid-stream). */
  disconnectAfterChunks: z.number().int().min(0).optional(),
  /** End the response cleanly after this many content chunks, with no finish (a truncated stream). */
  endAfterChunks: z.number().int().min(0).optional(),
  /** Send headers, then nothing, until the client gives up. */
  hang: z.boolean().optional(),
});

export const llmScriptSchema = z.object({
  turns: z.array(scriptTurnSchema).default([]),
  /** What to answer when no turn matches: a 500 (default, so tests notice), an echo, or the demo responder. */
  fallback: z.enum(['error', 'echo', 'demo']).default('error'),
  /** When set, requests must carry this key (Authorization: Bearer, api-key or x-api-key) or get 401. */
  requireApiKey: z.string().optional(),
  /** When set, other model/deployment names get 404. */
  models: z.array(z.string()).optional(),
  /** Answer any request that offers tools with a 400 "does not support tools" (like Ollama for such models). */
  rejectTools: z.boolean().optional(),
  /** Send CORS headers (default true); false plays a local server that does not allow the pane's origin. */
  cors: z.boolean().default(true),
});

export type ScriptToolCall = z.infer<typeof toolCallSchema>;
export type TurnPredicate = z.infer<typeof predicateSchema>;
export type ScriptTurn = z.infer<typeof scriptTurnSchema>;
export type ScriptTurnInput = z.input<typeof scriptTurnSchema>;
export type LlmScript = z.infer<typeof llmScriptSchema>;
export type LlmScriptInput = z.input<typeof llmScriptSchema>;

export function parseScript(input: unknown): LlmScript {
  return llmScriptSchema.parse(input);
}

export function parseTurn(input: ScriptTurnInput): ScriptTurn {
  return scriptTurnSchema.parse(input);
}
