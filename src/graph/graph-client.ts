import {
  Client,
  HTTPMessageHandler,
  ResponseType,
  RetryHandler,
  RetryHandlerOptions,
  type GraphRequest as SdkRequest,
} from '@microsoft/microsoft-graph-client';
import type { AccessTokenSource } from '../auth/types';
import { linkSignal, raceAbort, type LinkedSignal } from './abort';
import { runBatch, type BatchRequestPayload } from './batch';
import {
  GraphRequestError,
  isGraphRequestError,
  kindForStatus,
  parseRetryAfter,
  readGraphErrorBody,
} from './errors';
import { buildGraphUrl, normalizeBaseUrl, originOf, relativeToBase } from './graph-url';
import {
  AttemptObserverMiddleware,
  GraphCallMiddleware,
  GraphCallState,
  type GraphRequestInfo,
} from './middleware';
import { collectPages, type GraphPage } from './paging';
import type {
  GraphBatchItem,
  GraphBatchResult,
  GraphClient,
  GraphMethod,
  GraphRequest,
  GraphResponse,
} from './types';

export type { GraphRequestInfo } from './middleware';

/** Bounds on the SDK's retry handler (429/503/504, idempotent methods only). */
export interface GraphRetryPolicy {
  /** Retries after the first try. @default 3 */
  maxRetries: number;
  /** Back-off base when Graph sends no Retry-After. @default 1 */
  baseDelaySeconds: number;
  /** A Retry-After longer than this is not waited for: the call fails with `throttled`. @default 30 */
  maxRetryAfterSeconds: number;
  /** Total waiting across the retries of one call. @default 60 */
  maxTotalDelaySeconds: number;
}

export interface GraphClientOptions {
  /** Graph root with its version segment, e.g. `https://graph.microsoft.com/v1.0` or `http://127.0.0.1:4100/v1.0`. */
  baseUrl: string;
  tokenProvider: AccessTokenSource;
  /** Called once per attempt on the wire (for the audit log). */
  onRequest?(info: GraphRequestInfo): void;
  retry?: Partial<GraphRetryPolicy>;
  /** Whole-call limit including retries. @default 60000 */
  timeoutMs?: number;
  /** Whether a call may make the token provider show sign-in or consent UI. @default true */
  interactive?: boolean;
  /** @default crypto.randomUUID */
  createRequestId?: () => string;
}

export const DEFAULT_RETRY_POLICY: GraphRetryPolicy = {
  maxRetries: 3,
  baseDelaySeconds: 1,
  maxRetryAfterSeconds: 30,
  maxTotalDelaySeconds: 60,
};
const DEFAULT_TIMEOUT_MS = 60_000;
/** PATCH counts: Graph's PATCH sets properties, so repeating it leaves the same state. POST never does. */
const IDEMPOTENT_METHODS: ReadonlySet<GraphMethod> = new Set(['GET', 'PUT', 'PATCH', 'DELETE']);

type RequestOptions = Omit<GraphRequest, 'method' | 'path'>;

interface WireCall {
  method: GraphMethod;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  responseType?: GraphRequest['responseType'];
  scopes?: readonly string[];
  signal?: AbortSignal;
  /** Overrides the method rule (a `$batch` of GETs may be retried). */
  idempotent?: boolean;
}

/** The Graph client the tools use: SDK middleware chain, least-privilege scopes per call, typed errors. */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const policy: GraphRetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const createRequestId = options.createRequestId ?? (() => crypto.randomUUID());
  const { origin, pathname } = new URL(baseUrl);
  const versionAt = pathname.lastIndexOf('/');
  const sdk = Client.initWithMiddleware({
    // The SDK joins host + version + path; we give it the same split so its own URL matches the one we pin.
    baseUrl: `${origin}${pathname.slice(0, versionAt)}`,
    defaultVersion: pathname.slice(versionAt + 1),
    customHosts: new Set([new URL(baseUrl).host]),
    middleware: [
      new GraphCallMiddleware(options.tokenProvider, originOf(baseUrl), options.interactive ?? true),
      new RetryHandler(new RetryHandlerOptions(policy.baseDelaySeconds, policy.maxRetries)),
      new AttemptObserverMiddleware(options.onRequest),
      new HTTPMessageHandler(),
    ],
  });

  async function send<T>(call: WireCall): Promise<GraphResponse<T>> {
    const relativePath = relativeToBase(baseUrl, call.url);
    const link = linkSignal(call.signal, timeoutMs);
    const state = new GraphCallState(
      call.url,
      call.method,
      relativePath,
      createRequestId(),
      call.scopes ?? [],
      link.signal,
    );
    const idempotent = call.idempotent ?? IDEMPOTENT_METHODS.has(call.method);
    const retryOptions = new RetryHandlerOptions(
      policy.baseDelaySeconds,
      idempotent ? policy.maxRetries : 0,
      retryRule(state, policy),
    );
    const { headers, body } = prepareBody(call.headers, call.body);
    const builder = sdk
      .api(relativePath.split('?')[0])
      .middlewareOptions([state, retryOptions])
      .headers(headers)
      .option('signal', link.signal)
      .responseType(ResponseType.RAW);
    try {
      const raw = (await raceAbort(dispatch(builder, call.method, body), link.signal)) as Response;
      return await raceAbort(readResponse<T>(raw, call, state), link.signal);
    } catch (error) {
      throw toGraphError(error, state, link, call);
    } finally {
      link.dispose();
    }
  }

  const request = <T>(graphRequest: GraphRequest): Promise<GraphResponse<T>> =>
    send<T>({ ...graphRequest, url: buildGraphUrl(baseUrl, graphRequest.path, graphRequest.query) });

  const client: GraphClient = {
    request,
    get: async <T>(path: string, requestOptions?: RequestOptions) =>
      (await request<T>({ ...requestOptions, method: 'GET', path })).body,
    post: async <T>(path: string, body?: unknown, requestOptions?: Omit<RequestOptions, 'body'>) =>
      (await request<T>({ ...requestOptions, method: 'POST', path, body })).body,
    patch: async <T>(path: string, body: unknown, requestOptions?: Omit<RequestOptions, 'body'>) =>
      (await request<T>({ ...requestOptions, method: 'PATCH', path, body })).body,
    put: async <T>(path: string, body: unknown, requestOptions?: Omit<RequestOptions, 'body'>) =>
      (await request<T>({ ...requestOptions, method: 'PUT', path, body })).body,
    delete: async (path: string, requestOptions?: RequestOptions) => {
      await request({ ...requestOptions, method: 'DELETE', path });
    },
    getPages: <T>(path: string, pageOptions: RequestOptions & { maxItems: number; maxPages?: number }) => {
      const { maxItems, maxPages, ...rest } = pageOptions;
      return collectPages<T>(
        async () => (await request<GraphPage<T>>({ ...rest, method: 'GET', path })).body,
        // nextLink already carries every query option: only headers, scopes and the signal carry over.
        async (nextLink) => (await send<GraphPage<T>>({ ...rest, method: 'GET', url: nextLink })).body,
        { maxItems, maxPages },
      );
    },
    batch: (items: GraphBatchItem[], batchOptions?: { signal?: AbortSignal; scopes?: readonly string[] }) =>
      runBatch(
        items,
        async (requests: BatchRequestPayload[], { allGets }) => {
          const response = await send<{ responses?: GraphBatchResult[] }>({
            method: 'POST',
            url: `${baseUrl}/$batch`,
            body: { requests },
            scopes: batchOptions?.scopes,
            signal: batchOptions?.signal,
            idempotent: allGets,
          });
          return (response.body?.responses ?? []).map((result) => ({
            ...result,
            headers: result.headers ?? {},
          }));
        },
        batchOptions?.signal,
      ),
  };
  return client;
}

function retryRule(state: GraphCallState, policy: GraphRetryPolicy) {
  return (
    _delay: number,
    attempt: number,
    _request: RequestInfo,
    _options: unknown,
    response: Response,
  ): boolean => {
    if (state.signal.aborted) return false;
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
    if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterSeconds) return false;
    // Without Retry-After the SDK backs off exponentially (plus < 1 s jitter); count that against the budget.
    const next = attempt + 1;
    const wait =
      retryAfter ?? (next >= 2 ? Math.round((2 ** next - 1) / 2) : 0) + policy.baseDelaySeconds + 1;
    if (state.retryDelaySeconds + wait > policy.maxTotalDelaySeconds) return false;
    state.retryDelaySeconds += wait;
    return true;
  };
}

function prepareBody(
  headers: Record<string, string> | undefined,
  body: unknown,
): { headers: Record<string, string>; body: unknown } {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    // The SDK looks headers up by exact name; keep the canonical spelling for the ones it reads.
    result[name.toLowerCase() === 'content-type' ? 'Content-Type' : name] = value;
  }
  if (typeof body === 'string') {
    result['Content-Type'] ??= 'text/plain';
    return { headers: result, body };
  }
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    result['Content-Type'] ??= 'application/octet-stream';
    // The SDK turns typed arrays into Node Buffers, which do not exist in the browser; a Blob passes through.
    const bytes =
      body instanceof ArrayBuffer
        ? new Uint8Array(body)
        : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    return { headers: result, body: new Blob([bytes as Uint8Array<ArrayBuffer>]) };
  }
  if (body !== undefined) result['Content-Type'] ??= 'application/json';
  return { headers: result, body };
}

function dispatch(builder: SdkRequest, method: GraphMethod, body: unknown): Promise<unknown> {
  switch (method) {
    case 'GET':
      return builder.get();
    case 'POST':
      return builder.post(body);
    case 'PUT':
      return builder.put(body);
    case 'PATCH':
      return builder.patch(body);
    case 'DELETE':
      return builder.delete();
  }
}

function headersRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => (record[name] = value));
  return record;
}

async function readBody(raw: Response, responseType: GraphRequest['responseType']): Promise<unknown> {
  if (responseType === 'arraybuffer') return raw.arrayBuffer();
  const text = await raw.text();
  if (responseType === 'text') return text;
  if (text === '') return undefined;
  const contentType = raw.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) return text;
  return JSON.parse(text) as unknown;
}

async function readResponse<T>(
  raw: Response,
  call: WireCall,
  state: GraphCallState,
): Promise<GraphResponse<T>> {
  const headers = headersRecord(raw.headers);
  const requestId = raw.headers.get('request-id') ?? undefined;
  if (raw.ok) {
    const body = (await readBody(raw, call.responseType)) as T;
    return { status: raw.status, headers, body, clientRequestId: state.clientRequestId, requestId };
  }
  let errorBody: unknown;
  try {
    const text = await raw.text();
    errorBody = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    errorBody = undefined;
  }
  const graphError = readGraphErrorBody(errorBody);
  throw new GraphRequestError({
    kind: kindForStatus(raw.status),
    status: raw.status,
    code: graphError.code ?? `Http${raw.status}`,
    graphMessage: graphError.message,
    method: call.method,
    path: state.relativePath,
    clientRequestId: state.clientRequestId,
    requestId: requestId ?? graphError.requestId,
    retryAfterSeconds: parseRetryAfter(raw.headers.get('Retry-After')),
    scopes: call.scopes,
    ambiguous: raw.status >= 500,
  });
}

function toGraphError(error: unknown, state: GraphCallState, link: LinkedSignal, call: WireCall): unknown {
  if (isGraphRequestError(error)) return error;
  const base = {
    status: 0,
    method: call.method,
    path: state.relativePath,
    clientRequestId: state.clientRequestId,
    scopes: call.scopes,
    // Once a request has left, a lost answer says nothing about whether Graph acted on it.
    ambiguous: state.attempts > 0,
    cause: error,
  };
  const abortCause = link.cause();
  if (abortCause === 'timeout') return new GraphRequestError({ ...base, kind: 'timeout', code: 'Timeout' });
  if (abortCause === 'cancelled')
    return new GraphRequestError({ ...base, kind: 'cancelled', code: 'Cancelled' });
  // Sign-in problems keep their own type (AuthError): the pane shows them with a sign-in action.
  if (state.authFailure !== undefined) return state.authFailure;
  return new GraphRequestError({ ...base, kind: 'network', code: 'NetworkError' });
}
