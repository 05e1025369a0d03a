/**
 * Typed LLM errors. Every failure the model seam can raise is one of these: a stable `code` the agent and the UI
 * switch on, and a message a user can act on (what went wrong with which endpoint, and what to do about it).
 */
export const llmErrorCodes = [
  'not-configured',
  'auth',
  'not-found',
  'rate-limited',
  'server',
  'network',
  'no-tool-support',
  'bad-request',
  'stream-broken',
  'bad-response',
  'cancelled',
] as const;
export type LlmErrorCode = (typeof llmErrorCodes)[number];

export interface LlmErrorDetails {
  /** The URL (or base URL) that was called, shown to the user so they can check it. */
  endpoint?: string;
  /** HTTP status when the server answered. */
  status?: number;
  /** What the server said, trimmed; kept for the activity log. */
  serverMessage?: string;
  cause?: unknown;
}

export abstract class LlmError extends Error {
  abstract readonly code: LlmErrorCode;
  readonly endpoint?: string;
  readonly status?: number;
  readonly serverMessage?: string;

  constructor(message: string, details: LlmErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.endpoint = details.endpoint;
    this.status = details.status;
    this.serverMessage = details.serverMessage;
  }
}

export function isLlmError(error: unknown): error is LlmError {
  return error instanceof LlmError;
}

function suffix(serverMessage: string | undefined): string {
  return serverMessage ? ` The server said: "${serverMessage}"` : '';
}

export class LlmNotConfiguredError extends LlmError {
  readonly code = 'not-configured' as const;
  constructor(missing: string) {
    super(`The model endpoint is not set up: ${missing}. Open Settings → Model and fill it in.`);
  }
}

export class LlmAuthError extends LlmError {
  readonly code = 'auth' as const;
  constructor(details: LlmErrorDetails) {
    super(
      `The model endpoint ${details.endpoint ?? ''} refused the API key (HTTP ${details.status ?? 401}). ` +
        `Check the key in Settings → Model (and that it belongs to this endpoint).${suffix(details.serverMessage)}`,
      details,
    );
  }
}

export class LlmNotFoundError extends LlmError {
  readonly code = 'not-found' as const;
  readonly model: string;
  constructor(model: string, details: LlmErrorDetails) {
    super(
      `The endpoint ${details.endpoint ?? ''} does not know the model or deployment "${model}" (HTTP 404). ` +
        `Check the model name (Azure: the deployment name) and the base URL in Settings → Model.${suffix(details.serverMessage)}`,
      details,
    );
    this.model = model;
  }
}

export class LlmRateLimitedError extends LlmError {
  readonly code = 'rate-limited' as const;
  readonly retryAfterSeconds?: number;
  constructor(details: LlmErrorDetails & { retryAfterSeconds?: number; attempts: number }) {
    const wait =
      details.retryAfterSeconds !== undefined
        ? ` The server asks to wait ${Math.ceil(details.retryAfterSeconds)} s.`
        : '';
    super(
      `The model endpoint is rate-limiting requests (HTTP 429); gave up after ${details.attempts} attempt(s).${wait} ` +
        `Wait a moment and try again, or check your plan's limits.${suffix(details.serverMessage)}`,
      details,
    );
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

export class LlmServerError extends LlmError {
  readonly code = 'server' as const;
  constructor(details: LlmErrorDetails & { attempts: number }) {
    super(
      `The model endpoint ${details.endpoint ?? ''} failed (HTTP ${details.status ?? 500}); gave up after ${details.attempts} attempt(s). ` +
        `The service may be down or overloaded: try again later.${suffix(details.serverMessage)}`,
      details,
    );
  }
}

/** True when the URL looks like a local Ollama server (its default port). */
export function looksLikeOllama(endpoint: string | undefined): boolean {
  return endpoint !== undefined && /:11434(\/|$)/.test(endpoint);
}

/** True when the URL looks like LM Studio's local server (its default port). */
export function looksLikeLmStudio(endpoint: string | undefined): boolean {
  return endpoint !== undefined && /:1234(\/|$)/.test(endpoint);
}

function networkHint(endpoint: string | undefined): string {
  if (looksLikeOllama(endpoint)) {
    return ' For Ollama, allow the add-in\'s origin: set OLLAMA_ORIGINS (e.g. OLLAMA_ORIGINS="https://localhost:3000") and restart `ollama serve`.';
  }
  if (looksLikeLmStudio(endpoint)) {
    return ' For LM Studio, turn on "Enable CORS" in the Developer → server settings.';
  }
  return ' Local servers must allow this origin (CORS): Ollama needs OLLAMA_ORIGINS, LM Studio its "Enable CORS" switch.';
}

export class LlmNetworkError extends LlmError {
  readonly code = 'network' as const;
  constructor(details: LlmErrorDetails) {
    super(
      `Could not reach the model endpoint ${details.endpoint ?? ''}: the connection failed or the browser blocked it (CORS). ` +
        `Check the base URL and that the server is running.${networkHint(details.endpoint)}`,
      details,
    );
  }
}

export class LlmNoToolSupportError extends LlmError {
  readonly code = 'no-tool-support' as const;
  constructor(model: string, details: LlmErrorDetails) {
    super(
      `The model "${model}" (or its server) rejected tool calling, which the agent needs. ` +
        `Pick a model that supports tools/function calling (for vLLM start it with --enable-auto-tool-choice).${suffix(details.serverMessage)}`,
      details,
    );
  }
}

export class LlmBadRequestError extends LlmError {
  readonly code = 'bad-request' as const;
  constructor(details: LlmErrorDetails) {
    super(
      `The model endpoint rejected the request (HTTP ${details.status ?? 400}). The conversation may be too long for the model, ` +
        `or a setting (temperature, max output tokens) is out of range.${suffix(details.serverMessage)}`,
      details,
    );
  }
}

export class LlmStreamBrokenError extends LlmError {
  readonly code = 'stream-broken' as const;
  constructor(details: LlmErrorDetails) {
    super(
      `The answer from ${details.endpoint ?? 'the model endpoint'} stopped mid-way; nothing from the unfinished part was acted on. ` +
        `Try again.${suffix(details.serverMessage)}`,
      details,
    );
  }
}

export class LlmBadResponseError extends LlmError {
  readonly code = 'bad-response' as const;
  constructor(details: LlmErrorDetails) {
    super(
      `The model endpoint ${details.endpoint ?? ''} answered in a format this add-in does not understand. ` +
        `Check that the provider kind matches the server (OpenAI-compatible, Azure OpenAI or Anthropic).${suffix(details.serverMessage)}`,
      details,
    );
  }
}

export class LlmCancelledError extends LlmError {
  readonly code = 'cancelled' as const;
  constructor() {
    super('Stopped.');
  }
}

export const isAuthError = (error: unknown): error is LlmAuthError => error instanceof LlmAuthError;
export const isNotFoundError = (error: unknown): error is LlmNotFoundError =>
  error instanceof LlmNotFoundError;
export const isRateLimitedError = (error: unknown): error is LlmRateLimitedError =>
  error instanceof LlmRateLimitedError;
export const isServerError = (error: unknown): error is LlmServerError => error instanceof LlmServerError;
export const isNetworkError = (error: unknown): error is LlmNetworkError => error instanceof LlmNetworkError;
export const isNoToolSupportError = (error: unknown): error is LlmNoToolSupportError =>
  error instanceof LlmNoToolSupportError;
export const isBadRequestError = (error: unknown): error is LlmBadRequestError =>
  error instanceof LlmBadRequestError;
export const isStreamBrokenError = (error: unknown): error is LlmStreamBrokenError =>
  error instanceof LlmStreamBrokenError;
export const isBadResponseError = (error: unknown): error is LlmBadResponseError =>
  error instanceof LlmBadResponseError;
export const isCancelledError = (error: unknown): error is LlmCancelledError =>
  error instanceof LlmCancelledError;
export const isNotConfiguredError = (error: unknown): error is LlmNotConfiguredError =>
  error instanceof LlmNotConfiguredError;
