/** The simulator's internal request/response shapes, shared by HTTP, in-process fetch and `$batch`. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface SimRequest {
  method: string;
  /** Path after `/v1.0` as received (still percent-encoded), e.g. `/me/messages/AAMk%2F..%3D`. */
  path: string;
  /** Raw query string without `?`. */
  query: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: Uint8Array;
  /** Aborted when the client goes away (lets a "hang" fault end). */
  signal?: AbortSignal;
  /** Scheme + host (+ mount path) the client used; links such as `@odata.nextLink` are built on it. */
  origin: string;
  /** Set for requests inside a `$batch`: the batch step id. */
  batchStepId?: string;
}

export type SimBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'none' };

export interface SimResponse {
  status: number;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: SimBody;
}

export const JSON_CONTENT_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function jsonResponse(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): SimResponse {
  return {
    status,
    headers: {
      'cache-control': 'no-cache',
      'odata-version': '4.0',
      'content-type': JSON_CONTENT_TYPE,
      ...headers,
    },
    body: { kind: 'json', value },
  };
}

export function serializeBody(body: SimBody): Uint8Array {
  switch (body.kind) {
    case 'json':
      return Buffer.from(JSON.stringify(body.value), 'utf8');
    case 'text':
      return Buffer.from(body.value, 'utf8');
    case 'bytes':
      return body.value;
    case 'none':
      return new Uint8Array();
  }
}
