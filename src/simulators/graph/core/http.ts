/**
 * Node HTTP adapter: CORS for loopback dev origins, body reading, `/v1.0` vs `/_sim` split, aborts on disconnect.
 * Also an in-process `fetch` with the same behaviour, for jest suites that need no port.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimRequest, SimResponse } from './messages';
import { serializeBody } from './messages';

export interface HttpTarget {
  dispatch(request: SimRequest): Promise<SimResponse>;
  /** Preauthenticated URLs Graph hands out (OneDrive download/upload URLs): `/_content/...`, no bearer token. */
  transfer?(request: SimRequest): Promise<SimResponse>;
  control(method: string, path: string, query: URLSearchParams, body: Uint8Array): SimResponse;
}

const LOOPBACK_ORIGIN = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i;
const EXPOSED_HEADERS =
  'request-id, client-request-id, Retry-After, Location, Operation-Location, Preference-Applied, ETag, Content-Range, Content-Type';

export function corsHeaders(
  origin: string | undefined,
  allowed: readonly string[] | undefined,
): Record<string, string> {
  if (!origin) return {};
  const ok = allowed ? allowed.includes(origin) : LOOPBACK_ORIGIN.test(origin);
  if (!ok) return {};
  return {
    'access-control-allow-origin': origin,
    vary: 'Origin',
    'access-control-expose-headers': EXPOSED_HEADERS,
  };
}

function readBody(request: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function lowerHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return result;
}

/** Routes one decoded request (path relative to the mount point) to Graph or the controls. */
export async function routeRequest(
  target: HttpTarget,
  method: string,
  pathAndQuery: string,
  headers: Record<string, string>,
  body: Uint8Array,
  origin: string,
  signal?: AbortSignal,
): Promise<SimResponse> {
  const queryIndex = pathAndQuery.indexOf('?');
  const path = queryIndex < 0 ? pathAndQuery : pathAndQuery.slice(0, queryIndex);
  const query = queryIndex < 0 ? '' : pathAndQuery.slice(queryIndex + 1);
  if (path === '/v1.0' || path.startsWith('/v1.0/')) {
    return target.dispatch({
      method: method.toUpperCase(),
      path: path.slice('/v1.0'.length) || '/',
      query,
      headers,
      body,
      signal,
      origin,
    });
  }
  if (path.startsWith('/_content/') && target.transfer)
    return target.transfer({ method: method.toUpperCase(), path, query, headers, body, signal, origin });
  if (path.startsWith('/_sim/')) return target.control(method, path, new URLSearchParams(query), body);
  return {
    status: 404,
    headers: { 'content-type': 'application/json' },
    body: {
      kind: 'json',
      value: {
        error: {
          code: 'NotFound',
          message: `Serve Graph under /v1.0 and controls under /_sim; '${path}' is neither.`,
        },
      },
    },
  };
}

export function createNodeHandler(
  target: HttpTarget,
  corsOrigins?: readonly string[],
): (request: IncomingMessage, response: ServerResponse, basePath?: string) => void {
  return (request, response, basePath = '') => {
    const cors = corsHeaders(request.headers.origin, corsOrigins);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
        'access-control-allow-headers':
          request.headers['access-control-request-headers'] ??
          'authorization, content-type, prefer, client-request-id',
        'access-control-max-age': '600',
      });
      response.end();
      return;
    }
    const url = request.url ?? '/';
    const relative = basePath && url.startsWith(basePath) ? url.slice(basePath.length) || '/' : url;
    const origin = `http://${request.headers.host ?? '127.0.0.1'}${basePath}`;
    const abort = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) abort.abort();
    });
    readBody(request)
      .then((body) =>
        routeRequest(
          target,
          request.method ?? 'GET',
          relative,
          lowerHeaders(request.headers),
          body,
          origin,
          abort.signal,
        ),
      )
      .then((result) => {
        const payload = serializeBody(result.body);
        response.writeHead(result.status, {
          ...result.headers,
          ...cors,
          'content-length': String(payload.length),
        });
        response.end(payload);
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        response.writeHead(500, { 'content-type': 'application/json', ...cors });
        response.end(
          JSON.stringify({
            error: {
              code: 'generalException',
              message: error instanceof Error ? error.message : String(error),
            },
          }),
        );
      });
  };
}

/** A `fetch` that talks to the simulator in-process (URLs: `${origin}/v1.0/...` or `${origin}/_sim/...`). */
export function createInProcessFetch(target: HttpTarget, origin: string): typeof fetch {
  return async (input, init) => {
    const request =
      input instanceof Request
        ? input
        : new Request(
            typeof input === 'string' || input instanceof URL
              ? new URL(String(input), origin)
              : String(input),
            init,
          );
    const finalRequest = input instanceof Request && init ? new Request(input, init) : request;
    const url = new URL(finalRequest.url);
    const headers: Record<string, string> = {};
    finalRequest.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
    const body =
      finalRequest.method === 'GET' || finalRequest.method === 'HEAD'
        ? new Uint8Array()
        : new Uint8Array(await finalRequest.arrayBuffer());
    const result = await routeRequest(
      target,
      finalRequest.method,
      `${url.pathname}${url.search}`,
      headers,
      body,
      url.origin,
      init?.signal ?? finalRequest.signal,
    );
    const payload =
      result.status === 204 || result.status === 304 ? null : Buffer.from(serializeBody(result.body));
    return new Response(payload, { status: result.status, headers: result.headers });
  };
}
