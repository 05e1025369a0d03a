import {
  LlmAuthError,
  LlmBadRequestError,
  LlmBadResponseError,
  LlmCancelledError,
  LlmError,
  LlmNetworkError,
  LlmNoToolSupportError,
  LlmNotFoundError,
  LlmRateLimitedError,
  LlmServerError,
  LlmStreamBrokenError,
} from './errors';

/** What we know about the call that failed. */
export interface FailureContext {
  endpoint: string;
  model: string;
  toolsOffered: boolean;
  /** 'connect': before the response body started; 'stream': while reading it. */
  phase: 'connect' | 'stream';
  attempts: number;
  signal: AbortSignal;
}

export interface ClassifiedFailure {
  error: LlmError;
  /** Worth another attempt if nothing was yielded yet (429, 5xx, overloaded). */
  retryable: boolean;
  /** The server's Retry-After, in milliseconds, when it sent one. */
  retryAfterMs?: number;
}

/** The fields of the AI SDK's APICallError we rely on (duck-typed so the main chunk does not import the SDK). */
interface ApiCallErrorShape {
  name: string;
  message: string;
  statusCode?: number;
  responseHeaders?: Record<string, string>;
  responseBody?: string;
}

/** By name, not instanceof: fetch's errors may come from another realm (a worker, a test VM, an iframe). */
function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : undefined;
}

function errorMessage(error: unknown): string {
  return typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
    ? error.message
    : String(error);
}

function isApiCallError(error: unknown): error is ApiCallErrorShape {
  return errorName(error) === 'AI_APICallError';
}

function isAbort(error: unknown): boolean {
  const name = errorName(error);
  return name === 'AbortError' || name === 'ResponseAborted' || name === 'TimeoutError';
}

const TOOL_UNSUPPORTED =
  /(does not support tools|tools? (is|are) not supported|not support(ed)? (tools|function calling|tool (use|calling))|tool_choice.*(requires|not supported)|enable-auto-tool-choice|tools param requires --jinja|function calling is not (enabled|supported))/i;

/** Pulls the human part out of the common error bodies: OpenAI/Azure `{error:{message}}`, Anthropic, Ollama `{error:"…"}`. */
export function extractServerMessage(body: string | undefined, fallback?: string): string | undefined {
  if (!body) return fallback;
  try {
    const parsed = JSON.parse(body) as { error?: unknown; message?: unknown };
    const error = parsed.error;
    if (typeof error === 'string') return error.slice(0, 300);
    if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string')
      return error.message.slice(0, 300);
    if (typeof parsed.message === 'string') return parsed.message.slice(0, 300);
  } catch {
    // not JSON: fall through to the raw text
  }
  return body.slice(0, 300);
}

/** Retry-After as milliseconds: `retry-after-ms` (OpenAI), or `retry-after` in seconds or as an HTTP date. */
export function parseRetryAfter(
  headers: Record<string, string> | undefined,
  now = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const lower = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
  const milliseconds = Number(lower['retry-after-ms']);
  if (lower['retry-after-ms'] !== undefined && Number.isFinite(milliseconds) && milliseconds >= 0)
    return milliseconds;
  const value = lower['retry-after'];
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function classifyHttp(
  error: ApiCallErrorShape & { statusCode: number },
  context: FailureContext,
): ClassifiedFailure {
  const status = error.statusCode;
  const serverMessage = extractServerMessage(error.responseBody, error.message);
  const details = { endpoint: context.endpoint, status, serverMessage, cause: error };
  const retryAfterMs = parseRetryAfter(error.responseHeaders);
  if (
    context.toolsOffered &&
    status >= 400 &&
    serverMessage !== undefined &&
    TOOL_UNSUPPORTED.test(serverMessage)
  ) {
    return { error: new LlmNoToolSupportError(context.model, details), retryable: false };
  }
  if (status === 401 || status === 403) return { error: new LlmAuthError(details), retryable: false };
  if (status === 404) return { error: new LlmNotFoundError(context.model, details), retryable: false };
  if (status === 429) {
    return {
      error: new LlmRateLimitedError({
        ...details,
        attempts: context.attempts,
        retryAfterSeconds: retryAfterMs === undefined ? undefined : retryAfterMs / 1000,
      }),
      retryable: true,
      retryAfterMs,
    };
  }
  if (status >= 500)
    return {
      error: new LlmServerError({ ...details, attempts: context.attempts }),
      retryable: true,
      retryAfterMs,
    };
  return { error: new LlmBadRequestError(details), retryable: false };
}

/** Maps whatever the SDK or fetch threw into one of our typed errors, and says whether a retry may help. */
export function classifyFailure(error: unknown, context: FailureContext): ClassifiedFailure {
  if (error instanceof LlmError) return { error, retryable: false };
  if (context.signal.aborted || isAbort(error)) return { error: new LlmCancelledError(), retryable: false };
  const status = isApiCallError(error) ? error.statusCode : undefined;
  if (typeof status === 'number' && status >= 400) {
    return classifyHttp(error as ApiCallErrorShape & { statusCode: number }, context);
  }
  const details = { endpoint: context.endpoint, serverMessage: errorMessage(error), cause: error };
  // A body cut mid-way: either while we read it, or (the SDK's wording) "Failed to process successful response".
  if (context.phase === 'stream' || typeof status === 'number') {
    return { error: new LlmStreamBrokenError(details), retryable: false };
  }
  // Before the body, no status means the request never got an answer: refused, DNS, TLS, or a CORS block.
  if (isApiCallError(error) || errorName(error) === 'TypeError') {
    return { error: new LlmNetworkError(details), retryable: false };
  }
  return { error: new LlmBadResponseError(details), retryable: false };
}

/** Error parts inside a stream: the server (or the SDK's parser) reported a problem mid-response. */
export function classifyStreamErrorPart(
  part: unknown,
  context: FailureContext & { yielded: boolean },
): ClassifiedFailure {
  if (context.signal.aborted) return { error: new LlmCancelledError(), retryable: false };
  const name = errorName(part) ?? '';
  const raw = part as { message?: unknown; type?: unknown } | undefined;
  const serverMessage = typeof raw?.message === 'string' ? raw.message : JSON.stringify(part)?.slice(0, 300);
  const details = { endpoint: context.endpoint, serverMessage, cause: part };
  if (name === 'AI_JSONParseError' || name === 'AI_TypeValidationError') {
    return { error: new LlmBadResponseError(details), retryable: false };
  }
  // An overload reported as the first thing in the stream is the same as a 5xx: safe to retry.
  const overloaded =
    raw?.type === 'overloaded_error' || raw?.type === 'api_error' || raw?.type === 'server_error';
  if (overloaded && !context.yielded) {
    return {
      error: new LlmServerError({ ...details, status: 529, attempts: context.attempts }),
      retryable: true,
    };
  }
  return { error: new LlmStreamBrokenError(details), retryable: false };
}
