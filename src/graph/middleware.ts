import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import type { AccessTokenSource } from '../auth/types';

/** One attempt on the wire, as the audit log records it. */
export interface GraphRequestInfo {
  /** Same for every attempt of one logical call (Graph's guidance for support cases). */
  clientRequestId: string;
  method: string;
  /** Path relative to the Graph base URL, with its query string. */
  path: string;
  /** 1 for the first try, 2+ for retries (throttling, token refresh). */
  attempt: number;
  /** HTTP status, or 0 when no response arrived. */
  status: number;
  durationMs: number;
  /** Graph's `request-id` response header. */
  requestId?: string;
  /** Why the attempt produced no response (e.g. `AbortError`, `TypeError`). */
  failure?: string;
}

/**
 * Per-call state carried through the middleware chain (the SDK finds it by class in `MiddlewareControl`).
 * It also keeps the first failure thrown inside the chain, because the SDK wraps everything into a `GraphError`
 * that loses the original (an `AuthError` from the token provider must reach the caller unchanged).
 */
export class GraphCallState implements MiddlewareOptions {
  attempts = 0;
  retryDelaySeconds = 0;
  authFailure?: unknown;
  transportFailure?: unknown;
  tokenRefreshed = false;

  constructor(
    readonly url: string,
    readonly method: string,
    readonly relativePath: string,
    readonly clientRequestId: string,
    readonly scopes: readonly string[],
    readonly signal: AbortSignal,
  ) {}
}

function stateOf(context: Context): GraphCallState | undefined {
  return context.middlewareControl?.getMiddlewareOptions(GraphCallState) as GraphCallState | undefined;
}

function headersOf(context: Context): Record<string, string> {
  if (!context.options) context.options = {};
  const headers = context.options.headers;
  if (headers === undefined || headers instanceof Headers || Array.isArray(headers)) {
    const record: Record<string, string> = {};
    new Headers(headers as HeadersInit | undefined).forEach((value, key) => (record[key] = value));
    context.options.headers = record;
    return record;
  }
  return headers as Record<string, string>;
}

/**
 * First in the chain: pins the exact URL (see graph-url.ts), sets `client-request-id`, and attaches a token for
 * the call's scopes — only to the configured Graph origin. It replaces the SDK's `AuthenticationHandler`, which
 * attaches tokens only to `https://` hosts and strips them from the loopback simulator. A 401 gets one forced
 * token refresh and one more try: Graph did not act on a request it refused to authenticate.
 */
export class GraphCallMiddleware implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly tokenSource: AccessTokenSource,
    private readonly graphOrigin: string,
    private readonly interactive: boolean,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const state = stateOf(context);
    if (!this.next) throw new Error('GraphCallMiddleware needs a next middleware.');
    if (!state) return this.next.execute(context);
    context.request = state.url;
    const headers = headersOf(context);
    headers['client-request-id'] = state.clientRequestId;
    const authorize = new URL(state.url).origin === this.graphOrigin;
    if (authorize) await this.attachToken(headers, state, false);
    else delete headers.Authorization;
    await this.next.execute(context);
    if (authorize && context.response?.status === 401 && !state.tokenRefreshed) {
      state.tokenRefreshed = true;
      await context.response.body?.cancel().catch(() => undefined);
      await this.attachToken(headers, state, true);
      await this.next.execute(context);
    }
  }

  private async attachToken(
    headers: Record<string, string>,
    state: GraphCallState,
    forceRefresh: boolean,
  ): Promise<void> {
    try {
      const token = await this.tokenSource.getAccessToken(state.scopes, {
        signal: state.signal,
        interactive: this.interactive,
        forceRefresh,
      });
      headers.Authorization = `Bearer ${token}`;
    } catch (error) {
      state.authFailure = error;
      throw error;
    }
  }
}

/** Last before the network: counts attempts and reports each one (after the retry handler, so retries show). */
export class AttemptObserverMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly onRequest?: (info: GraphRequestInfo) => void) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('AttemptObserverMiddleware needs a next middleware.');
    const state = stateOf(context);
    if (state) state.attempts += 1;
    const started = Date.now();
    try {
      await this.next.execute(context);
    } catch (error) {
      if (state) {
        state.transportFailure = error;
        this.report(state, 0, started, undefined, error instanceof Error ? error.name : 'Error');
      }
      throw error;
    }
    if (state)
      this.report(
        state,
        context.response?.status ?? 0,
        started,
        context.response?.headers.get('request-id') ?? undefined,
      );
  }

  private report(
    state: GraphCallState,
    status: number,
    started: number,
    requestId?: string,
    failure?: string,
  ): void {
    if (!this.onRequest) return;
    const info: GraphRequestInfo = {
      clientRequestId: state.clientRequestId,
      method: state.method,
      path: state.relativePath,
      attempt: state.attempts,
      status,
      durationMs: Date.now() - started,
    };
    if (requestId) info.requestId = requestId;
    if (failure) info.failure = failure;
    try {
      this.onRequest(info);
    } catch {
      // An audit sink that throws must not turn a successful Graph call into a failure.
    }
  }
}
