/**
 * The Graph seam the tools use (`ctx.graph`). Implemented in `graph-client.ts` over
 * `@microsoft/microsoft-graph-client` (auth provider, retry middleware, base URL); tests point it at the simulator.
 */
export type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type GraphQuery = Record<string, string | number | boolean | undefined>;

export interface GraphRequest {
  method: GraphMethod;
  /** Path after the version segment, starting with `/`, e.g. `/me/messages/{id}`; ids are percent-encoded by the caller via `encodeGraphId`. */
  path: string;
  /** OData and other query options, e.g. `{ $select: 'id,subject', $top: 10 }`. */
  query?: GraphQuery;
  headers?: Record<string, string>;
  /** JSON-serialisable object, a string (sent as is, e.g. HTML or text/plain MIME), or bytes. */
  body?: unknown;
  /** How to read the response body. @default 'json' */
  responseType?: 'json' | 'text' | 'arraybuffer';
  /** Minimum delegated scopes this call needs (e.g. `['Mail.Read']`); the auth provider asks for them incrementally. */
  scopes?: readonly string[];
  signal?: AbortSignal;
}

export interface GraphResponse<T = unknown> {
  status: number;
  headers: Record<string, string>;
  body: T;
  /** `client-request-id` we sent, recorded in the audit log. */
  clientRequestId: string;
  /** `request-id` Graph answered with, when present. */
  requestId?: string;
}

export interface GraphBatchItem {
  id: string;
  method: GraphMethod;
  /** Relative URL without the version, e.g. `/me/messages?$top=5`. */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

export interface GraphBatchResult {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface GraphClient {
  request<T = unknown>(request: GraphRequest): Promise<GraphResponse<T>>;
  /** Shorthands returning the body. */
  get<T = unknown>(path: string, options?: Omit<GraphRequest, 'method' | 'path'>): Promise<T>;
  post<T = unknown>(
    path: string,
    body?: unknown,
    options?: Omit<GraphRequest, 'method' | 'path' | 'body'>,
  ): Promise<T>;
  patch<T = unknown>(
    path: string,
    body: unknown,
    options?: Omit<GraphRequest, 'method' | 'path' | 'body'>,
  ): Promise<T>;
  put<T = unknown>(
    path: string,
    body: unknown,
    options?: Omit<GraphRequest, 'method' | 'path' | 'body'>,
  ): Promise<T>;
  delete(path: string, options?: Omit<GraphRequest, 'method' | 'path'>): Promise<void>;
  /** Follows `@odata.nextLink` (never parsed, used as is) until `maxItems` items, `maxPages` pages (default 20) or no more pages. */
  getPages<T = unknown>(
    path: string,
    options: Omit<GraphRequest, 'method' | 'path'> & { maxItems: number; maxPages?: number },
  ): Promise<T[]>;
  /** `$batch` in chunks of 20; results in request order. */
  batch(
    items: GraphBatchItem[],
    options?: { signal?: AbortSignal; scopes?: readonly string[] },
  ): Promise<GraphBatchResult[]>;
}

/** Ids hold `=`, `/`, `+`, `!`: encode each one before it goes into a path. */
export function encodeGraphId(id: string): string {
  return encodeURIComponent(id);
}
