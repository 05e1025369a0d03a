/** Stable kinds a caller switches on; `code` carries Graph's own error code when Graph sent one. */
export type GraphErrorKind =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'precondition-failed'
  | 'too-large'
  | 'throttled'
  | 'server'
  | 'network'
  | 'timeout'
  | 'cancelled'
  | 'other';

export interface GraphRequestErrorDetails {
  kind: GraphErrorKind;
  /** HTTP status; 0 when no response arrived (network, timeout, cancelled). */
  status: number;
  /** Graph's `error.code` (e.g. `ErrorItemNotFound`), or `NetworkError` / `Timeout` / `Cancelled`. */
  code: string;
  /** Graph's `error.message`, for logs; users see `userMessage`. */
  graphMessage?: string;
  method: string;
  /** Path relative to the Graph base URL (ids included; no query values logged elsewhere should be added here). */
  path: string;
  clientRequestId: string;
  requestId?: string;
  retryAfterSeconds?: number;
  /** Scopes the call asked for; named in the 403 message. */
  scopes?: readonly string[];
  /** The server may have acted on the request (timeout, 5xx or network failure after sending): never retry blindly. */
  ambiguous: boolean;
  cause?: unknown;
}

/** A Graph call that failed, with a message that says what to do. */
export class GraphRequestError extends Error {
  override readonly name = 'GraphRequestError';
  readonly kind: GraphErrorKind;
  readonly status: number;
  readonly code: string;
  readonly graphMessage?: string;
  readonly method: string;
  readonly path: string;
  readonly clientRequestId: string;
  readonly requestId?: string;
  readonly retryAfterSeconds?: number;
  readonly scopes?: readonly string[];
  readonly ambiguous: boolean;
  /** What the pane shows the user. */
  readonly userMessage: string;

  constructor(details: GraphRequestErrorDetails) {
    const userMessage = userMessageFor(details);
    super(
      `${details.method} ${details.path} failed: ${details.status || details.code}${details.graphMessage ? ` ${details.code}: ${details.graphMessage}` : ''}. ${userMessage}`,
      {
        cause: details.cause,
      },
    );
    this.kind = details.kind;
    this.status = details.status;
    this.code = details.code;
    this.graphMessage = details.graphMessage;
    this.method = details.method;
    this.path = details.path;
    this.clientRequestId = details.clientRequestId;
    this.requestId = details.requestId;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.scopes = details.scopes;
    this.ambiguous = details.ambiguous;
    this.userMessage = userMessage;
  }
}

export function isGraphRequestError(error: unknown): error is GraphRequestError {
  return (
    error instanceof GraphRequestError ||
    (error instanceof Error && error.name === 'GraphRequestError' && 'kind' in error)
  );
}

export function kindForStatus(status: number): GraphErrorKind {
  if (status === 400) return 'bad-request';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 412) return 'precondition-failed';
  if (status === 413) return 'too-large';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'server';
  return 'other';
}

/** Graph's error envelope: `{ error: { code, message, innerError: { 'request-id' } } }`. */
export function readGraphErrorBody(body: unknown): { code?: string; message?: string; requestId?: string } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return {};
  const error = (body as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return {};
  const record = error as Record<string, unknown>;
  const inner = (record.innerError ?? record.innererror) as Record<string, unknown> | undefined;
  const requestId = inner && typeof inner['request-id'] === 'string' ? inner['request-id'] : undefined;
  return {
    code: typeof record.code === 'string' ? record.code : undefined,
    message: typeof record.message === 'string' ? record.message : undefined,
    requestId,
  };
}

/** `Retry-After` as seconds (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function userMessageFor(details: GraphRequestErrorDetails): string {
  switch (details.kind) {
    case 'unauthorized':
      return 'Your Microsoft 365 sign-in has expired or was revoked. Sign in again.';
    case 'forbidden': {
      const scopes = details.scopes && details.scopes.length > 0 ? details.scopes.join(', ') : undefined;
      return scopes
        ? `Microsoft 365 refused access: the add-in needs the ${scopes} permission. Sign in again to grant it, or ask your administrator to consent for your organisation.`
        : 'Microsoft 365 refused access to this item: your account or the add-in lacks the permission. Ask your administrator if you think you should have access.';
    }
    case 'not-found':
      return details.code === 'ErrorItemNotFound' || details.code === 'itemNotFound'
        ? 'The item no longer exists: it may have been moved or deleted. Look it up again.'
        : 'Microsoft 365 could not find what was asked for. It may have been moved or deleted.';
    case 'conflict':
      return 'The change conflicts with the current state (for example, an item with that name already exists). Check the item and try again.';
    case 'precondition-failed':
      return 'The item was changed elsewhere since it was read. Read it again, then retry the change.';
    case 'too-large':
      return 'The content is too large for Microsoft 365 to accept in one request. Make it smaller (for example, fewer or smaller attachments).';
    case 'throttled':
      return details.retryAfterSeconds !== undefined
        ? `Microsoft 365 is limiting requests right now. Wait about ${Math.ceil(details.retryAfterSeconds)} seconds and try again.`
        : 'Microsoft 365 is limiting requests right now. Wait a minute and try again.';
    case 'server':
      return details.ambiguous
        ? 'Microsoft 365 had a server error, and the change may or may not have been made. Check before trying again.'
        : 'Microsoft 365 had a temporary server error. Try again in a moment.';
    case 'network':
      return 'Could not reach Microsoft 365. Check your network connection and try again.';
    case 'timeout':
      return 'Microsoft 365 did not answer in time. Try again; if you were changing something, check whether it was done first.';
    case 'cancelled':
      return 'The request was cancelled.';
    case 'bad-request':
      return `Microsoft 365 rejected the request${details.graphMessage ? `: ${details.graphMessage}` : ''}.`;
    default:
      return `Microsoft 365 answered with an unexpected error (${details.status || details.code}).`;
  }
}
