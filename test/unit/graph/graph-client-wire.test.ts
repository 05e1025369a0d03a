import { createGraphClient, type GraphRequestInfo } from '../../../src/graph/graph-client';
import { isGraphRequestError, type GraphRequestError } from '../../../src/graph/errors';
import {
  graphError,
  recordingTokenSource,
  startScriptedServer,
  type ScriptedServer,
} from './helpers/scripted-server';

let server: ScriptedServer;
beforeEach(async () => {
  server = await startScriptedServer();
});
afterEach(() => server.close());

async function failure(promise: Promise<unknown>): Promise<GraphRequestError> {
  try {
    await promise;
  } catch (error) {
    if (isGraphRequestError(error)) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('the Graph client on the wire', () => {
  test('sends the token for the call’s scopes, a client-request-id, and an encoded query; reports the attempt', async () => {
    server.setScript(() => ({
      status: 200,
      headers: { 'request-id': 'graph-rid-1' },
      body: { value: [{ id: 'a' }] },
    }));
    const tokens = recordingTokenSource();
    const attempts: GraphRequestInfo[] = [];
    const graph = createGraphClient({
      baseUrl: `${server.baseUrl}/`,
      tokenProvider: tokens,
      onRequest: (info) => attempts.push(info),
    });

    const response = await graph.request<{ value: { id: string }[] }>({
      method: 'GET',
      path: '/me/messages',
      query: { $filter: "subject eq 'a&b'", $top: 5 },
      scopes: ['Mail.Read'],
    });

    expect(response.body.value[0].id).toBe('a');
    expect(server.received).toHaveLength(1);
    const [sent] = server.received;
    // The WHATWG URL parser (fetch) escapes the quotes; the & inside the value stays encoded either way.
    expect(sent.url).toBe('/v1.0/me/messages?$filter=subject%20eq%20%27a%26b%27&$top=5');
    expect(sent.headers.authorization).toBe('Bearer token-1');
    expect(tokens.calls).toEqual([{ scopes: ['Mail.Read'], forceRefresh: false }]);
    expect(sent.headers['client-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.clientRequestId).toBe(sent.headers['client-request-id']);
    expect(response.requestId).toBe('graph-rid-1');
    expect(attempts).toEqual([
      expect.objectContaining({
        clientRequestId: response.clientRequestId,
        method: 'GET',
        attempt: 1,
        status: 200,
        requestId: 'graph-rid-1',
      }),
    ]);
    expect(attempts[0].path).toBe("/me/messages?$filter=subject%20eq%20'a%26b'&$top=5");
  });

  test('a base URL below a mount point keeps its path (the workbench mounts Graph at /graph/v1.0)', async () => {
    server.setScript(() => ({ status: 200, body: { id: 'me' } }));
    const graph = createGraphClient({
      baseUrl: `${server.origin}/graph/v1.0`,
      tokenProvider: recordingTokenSource(),
    });
    await graph.get('/me');
    expect(server.received[0].url).toBe('/graph/v1.0/me');
  });

  test('JSON, text and byte bodies go out with matching content types; bytes come back as an ArrayBuffer', async () => {
    server.setScript((request) =>
      request.method === 'GET'
        ? {
            status: 200,
            headers: { 'content-type': 'application/octet-stream' },
            body: new Uint8Array([1, 2, 3]),
          }
        : { status: 204 },
    );
    const graph = createGraphClient({ baseUrl: server.baseUrl, tokenProvider: recordingTokenSource() });
    await graph.patch('/me/messages/x', { isRead: true });
    await graph.post('/me/sendMail', 'TUlNRQ==');
    await graph.put('/me/drive/root:/a.bin:/content', new Uint8Array([9, 8]));
    const bytes = await graph.get<ArrayBuffer>('/me/drive/items/1/content', { responseType: 'arraybuffer' });

    expect(server.received.map((request) => [request.headers['content-type'], request.body])).toEqual([
      ['application/json', '{"isRead":true}'],
      ['text/plain', 'TUlNRQ=='],
      ['application/octet-stream', '\t\b'],
      [undefined, ''],
    ]);
    expect(Array.from(new Uint8Array(bytes))).toEqual([1, 2, 3]);
  });

  test('400 is not retried and carries Graph’s code and message', async () => {
    server.setScript(() => graphError(400, 'BadRequest', 'Invalid filter clause'));
    const graph = createGraphClient({
      baseUrl: server.baseUrl,
      tokenProvider: recordingTokenSource(),
      retry: { baseDelaySeconds: 0 },
    });
    const error = await failure(graph.get('/me/messages', { query: { $filter: 'nonsense' } }));
    expect(server.received).toHaveLength(1);
    expect(error).toMatchObject({
      kind: 'bad-request',
      status: 400,
      code: 'BadRequest',
      requestId: 'rid-BadRequest',
      ambiguous: false,
    });
    expect(error.userMessage).toContain('Invalid filter clause');
  });

  test('429 with Retry-After is retried after the wait Graph asked for, with the same client-request-id', async () => {
    server.setScript((_request, index) =>
      index === 0
        ? graphError(429, 'TooManyRequests', 'slow down', { 'Retry-After': '1' })
        : { status: 200, body: { id: 'm1' } },
    );
    const attempts: GraphRequestInfo[] = [];
    const graph = createGraphClient({
      baseUrl: server.baseUrl,
      tokenProvider: recordingTokenSource(),
      onRequest: (info) => attempts.push(info),
    });
    const message = await graph.get<{ id: string }>('/me/messages/m1');
    expect(message.id).toBe('m1');
    expect(server.received).toHaveLength(2);
    expect(server.received[1].receivedAt - server.received[0].receivedAt).toBeGreaterThanOrEqual(950);
    expect(server.received[1].headers['client-request-id']).toBe(
      server.received[0].headers['client-request-id'],
    );
    expect(attempts.map((attempt) => [attempt.attempt, attempt.status])).toEqual([
      [1, 429],
      [2, 200],
    ]);
  });

  test('retries are bounded: repeated 503 stops after maxRetries and surfaces a server error', async () => {
    server.setScript(() => graphError(503, 'serviceNotAvailable', 'busy', { 'Retry-After': '0' }));
    const graph = createGraphClient({
      baseUrl: server.baseUrl,
      tokenProvider: recordingTokenSource(),
      retry: { maxRetries: 2 },
    });
    const error = await failure(graph.get('/me/events'));
    expect(server.received).toHaveLength(3);
    expect(error).toMatchObject({ kind: 'server', status: 503, code: 'serviceNotAvailable' });
  });

  test('a Retry-After longer than the policy allows is not waited for: the user is told how long to wait', async () => {
    server.setScript(() => graphError(429, 'TooManyRequests', 'slow down', { 'Retry-After': '120' }));
    const graph = createGraphClient({ baseUrl: server.baseUrl, tokenProvider: recordingTokenSource() });
    const error = await failure(graph.get('/me/messages'));
    expect(server.received).toHaveLength(1);
    expect(error).toMatchObject({ kind: 'throttled', retryAfterSeconds: 120 });
    expect(error.userMessage).toContain('120 seconds');
  });

  test('POST is never retried automatically, even on 429 or 503', async () => {
    server.setScript(() => graphError(503, 'serviceNotAvailable', 'busy', { 'Retry-After': '0' }));
    const graph = createGraphClient({ baseUrl: server.baseUrl, tokenProvider: recordingTokenSource() });
    const error = await failure(
      graph.post('/me/sendMail', { message: { subject: 'hi' } }, { scopes: ['Mail.Send'] }),
    );
    expect(server.received).toHaveLength(1);
    expect(error).toMatchObject({ kind: 'server', ambiguous: true });
  });

  test('401 gets one forced token refresh, then the call succeeds', async () => {
    server.setScript((request) =>
      request.headers.authorization === 'Bearer token-1'
        ? graphError(401, 'InvalidAuthenticationToken', 'Access token has expired.')
        : { status: 200, body: { id: 'me' } },
    );
    const tokens = recordingTokenSource();
    const graph = createGraphClient({ baseUrl: server.baseUrl, tokenProvider: tokens });
    await expect(
      graph.post('/me/messages', { subject: 'draft' }, { scopes: ['Mail.ReadWrite'] }),
    ).resolves.toEqual({ id: 'me' });
    expect(tokens.calls).toEqual([
      { scopes: ['Mail.ReadWrite'], forceRefresh: false },
      { scopes: ['Mail.ReadWrite'], forceRefresh: true },
    ]);
    expect(server.received.map((request) => request.headers.authorization)).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  test('401 twice tells the user to sign in again', async () => {
    server.setScript(() => graphError(401, 'InvalidAuthenticationToken', 'nope'));
    const graph = createGraphClient({ baseUrl: server.baseUrl, tokenProvider: recordingTokenSource() });
    const error = await failure(graph.get('/me'));
    expect(server.received).toHaveLength(2);
    expect(error.kind).toBe('unauthorized');
    expect(error.userMessage).toMatch(/Sign in again/);
  });

  test('403 names the permission the call needed', async () => {
    server.setScript(() => graphError(403, 'ErrorAccessDenied', 'Access is denied.'));
    const graph = createGraphClient({ baseUrl: server.baseUrl, tokenProvider: recordingTokenSource() });
    const error = await failure(graph.get('/me/calendar/events', { scopes: ['Calendars.ReadWrite'] }));
    expect(error.kind).toBe('forbidden');
    expect(error.userMessage).toContain('Calendars.ReadWrite');
  });

  test('404 ErrorItemNotFound says the item is gone', async () => {
    server.setScript(() =>
      graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.'),
    );
    const graph = createGraphClient({ baseUrl: server.baseUrl, tokenProvider: recordingTokenSource() });
    const error = await failure(graph.get('/me/messages/AAMk%3D'));
    expect(error).toMatchObject({
      kind: 'not-found',
      code: 'ErrorItemNotFound',
      path: '/me/messages/AAMk%3D',
    });
    expect(error.userMessage).toMatch(/moved or deleted/);
  });

  test('a slow answer becomes a timeout; a cancel becomes cancelled, promptly', async () => {
    server.setScript(() => ({ status: 200, body: {}, delayMs: 2000 }));
    const graph = createGraphClient({
      baseUrl: server.baseUrl,
      tokenProvider: recordingTokenSource(),
      timeoutMs: 200,
    });
    const timedOut = await failure(graph.post('/me/messages/1/send'));
    expect(timedOut).toMatchObject({ kind: 'timeout', ambiguous: true, status: 0 });

    const controller = new AbortController();
    const started = Date.now();
    const pending = failure(
      createGraphClient({ baseUrl: server.baseUrl, tokenProvider: recordingTokenSource() }).get('/me', {
        signal: controller.signal,
      }),
    );
    setTimeout(() => controller.abort(), 50);
    const cancelled = await pending;
    expect(cancelled.kind).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  test('a cancel during a Retry-After wait ends the call without another request', async () => {
    server.setScript(() => graphError(429, 'TooManyRequests', 'slow down', { 'Retry-After': '2' }));
    const graph = createGraphClient({ baseUrl: server.baseUrl, tokenProvider: recordingTokenSource() });
    const controller = new AbortController();
    const pending = failure(graph.get('/me/messages', { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    controller.abort();
    expect((await pending).kind).toBe('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 2200));
    expect(server.received).toHaveLength(1);
  });

  test('an unreachable Graph is a network error', async () => {
    const closed = server.baseUrl;
    await server.close();
    const graph = createGraphClient({ baseUrl: closed, tokenProvider: recordingTokenSource() });
    const error = await failure(graph.get('/me'));
    expect(error.kind).toBe('network');
    expect(error.userMessage).toMatch(/network connection/);
    server = await startScriptedServer();
  });

  test('a token provider failure reaches the caller unchanged', async () => {
    class NeedsSignIn extends Error {}
    const graph = createGraphClient({
      baseUrl: server.baseUrl,
      tokenProvider: { getAccessToken: async () => Promise.reject(new NeedsSignIn('sign in')) },
    });
    await expect(graph.get('/me')).rejects.toBeInstanceOf(NeedsSignIn);
    expect(server.received).toHaveLength(0);
  });

  test('tokens are only attached to the configured Graph origin', async () => {
    const other = await startScriptedServer(() => ({ status: 200, body: { value: [{ id: 2 }] } }));
    server.setScript(() => ({
      status: 200,
      body: { value: [{ id: 1 }], '@odata.nextLink': `${other.baseUrl}/me/messages?$skiptoken=x` },
    }));
    const graph = createGraphClient({ baseUrl: server.baseUrl, tokenProvider: recordingTokenSource() });
    const items = await graph.getPages<{ id: number }>('/me/messages', { maxItems: 10 });
    expect(items.map((item) => item.id)).toEqual([1, 2]);
    expect(server.received[0].headers.authorization).toBeDefined();
    expect(other.received[0].headers.authorization).toBeUndefined();
    await other.close();
  });
});
