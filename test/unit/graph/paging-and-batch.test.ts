import { createGraphClient } from '../../../src/graph/graph-client';
import { planBatchChunks } from '../../../src/graph/batch';
import { preferHeaders } from '../../../src/graph/prefer-headers';
import type { GraphBatchItem } from '../../../src/graph/types';
import { recordingTokenSource, startScriptedServer, type ScriptedServer } from './helpers/scripted-server';

let server: ScriptedServer;
beforeEach(async () => {
  server = await startScriptedServer();
});
afterEach(() => server.close());

describe('paging with @odata.nextLink', () => {
  test('follows nextLink byte for byte and stops at maxItems', async () => {
    // An opaque link with characters a re-serialiser would change (order, case, encoding).
    const nextLink = (page: number) =>
      `${server.baseUrl}/me/messages?%24skiptoken=Zz%3D%3D${page}&$top=2&$select=id`;
    server.setScript((request) => {
      const page = request.url.includes('skiptoken') ? Number(request.url.split('%3D%3D')[1][0]) : 0;
      return {
        status: 200,
        body: { value: [{ id: `${page}a` }, { id: `${page}b` }], '@odata.nextLink': nextLink(page + 1) },
      };
    });
    const graph = createGraphClient({ baseUrl: server.baseUrl, tokenProvider: recordingTokenSource() });
    const items = await graph.getPages<{ id: string }>('/me/messages', {
      maxItems: 5,
      query: { $top: 2, $select: 'id' },
      scopes: ['Mail.Read'],
    });
    expect(items.map((item) => item.id)).toEqual(['0a', '0b', '1a', '1b', '2a']);
    expect(server.received.map((request) => request.url)).toEqual([
      '/v1.0/me/messages?$top=2&$select=id',
      '/v1.0/me/messages?%24skiptoken=Zz%3D%3D1&$top=2&$select=id',
      '/v1.0/me/messages?%24skiptoken=Zz%3D%3D2&$top=2&$select=id',
    ]);
  });

  test('a server that never stops paging is cut off at maxPages', async () => {
    server.setScript(() => ({
      status: 200,
      body: { value: [], '@odata.nextLink': `${server.baseUrl}/me/messages?$skiptoken=again` },
    }));
    const graph = createGraphClient({ baseUrl: server.baseUrl, tokenProvider: recordingTokenSource() });
    const items = await graph.getPages('/me/messages', { maxItems: 100, maxPages: 4 });
    expect(items).toEqual([]);
    expect(server.received).toHaveLength(4);
  });
});

function item(id: string, extra: Partial<GraphBatchItem> = {}): GraphBatchItem {
  return { id, method: 'GET', url: `/me/messages/${id}`, ...extra };
}

describe('$batch', () => {
  test('45 requests go out as 20 + 20 + 5 and come back in request order', async () => {
    server.setScript((request) => {
      const { requests } = JSON.parse(request.body) as { requests: { id: string }[] };
      // Graph answers in any order: reverse to prove results are mapped back by id.
      return {
        status: 200,
        body: {
          responses: requests
            .map((inner) => ({ id: inner.id, status: 200, body: { echo: inner.id } }))
            .reverse(),
        },
      };
    });
    const graph = createGraphClient({ baseUrl: server.baseUrl, tokenProvider: recordingTokenSource() });
    const items = Array.from({ length: 45 }, (_, index) => item(`r${index}`));
    const results = await graph.batch(items, { scopes: ['Mail.Read'] });
    expect(
      server.received.map((request) => (JSON.parse(request.body) as { requests: unknown[] }).requests.length),
    ).toEqual([20, 20, 5]);
    expect(
      server.received.every((request) => request.url === '/v1.0/$batch' && request.method === 'POST'),
    ).toBe(true);
    expect(results.map((result) => (result.body as { echo: string }).echo)).toEqual(
      items.map((entry) => entry.id),
    );
  });

  test('a dependsOn chain stays in one batch and is passed through; bodies get a JSON content type', async () => {
    server.setScript((request) => {
      const { requests } = JSON.parse(request.body) as { requests: { id: string }[] };
      return {
        status: 200,
        body: { responses: requests.map((inner) => ({ id: inner.id, status: 201, body: {} })) },
      };
    });
    const graph = createGraphClient({ baseUrl: server.baseUrl, tokenProvider: recordingTokenSource() });
    const items = [
      ...Array.from({ length: 18 }, (_, index) => item(`g${index}`)),
      item('create', { method: 'POST', url: '/me/todo/lists', body: { displayName: 'Trip' } }),
      item('task1', {
        method: 'POST',
        url: '/me/todo/lists/x/tasks',
        body: { title: 'a' },
        dependsOn: ['create'],
      }),
      item('task2', {
        method: 'POST',
        url: '/me/todo/lists/x/tasks',
        body: { title: 'b' },
        dependsOn: ['create'],
      }),
    ];
    await graph.batch(items);
    const bodies = server.received.map(
      (request) => (JSON.parse(request.body) as { requests: Record<string, unknown>[] }).requests,
    );
    expect(bodies.map((requests) => requests.length)).toEqual([18, 3]);
    expect(bodies[1]).toEqual([
      {
        id: 'create',
        method: 'POST',
        url: '/me/todo/lists',
        body: { displayName: 'Trip' },
        headers: { 'Content-Type': 'application/json' },
      },
      {
        id: 'task1',
        method: 'POST',
        url: '/me/todo/lists/x/tasks',
        body: { title: 'a' },
        headers: { 'Content-Type': 'application/json' },
        dependsOn: ['create'],
      },
      {
        id: 'task2',
        method: 'POST',
        url: '/me/todo/lists/x/tasks',
        body: { title: 'b' },
        headers: { 'Content-Type': 'application/json' },
        dependsOn: ['create'],
      },
    ]);
  });

  test('an inner 429 is retried once after its Retry-After; an inner POST 429 is not', async () => {
    server.setScript((request, index) => {
      const { requests } = JSON.parse(request.body) as { requests: { id: string }[] };
      return {
        status: 200,
        body: {
          responses: requests.map((inner) =>
            index === 0 && (inner.id === 'b' || inner.id === 'post')
              ? {
                  id: inner.id,
                  status: 429,
                  headers: { 'Retry-After': '1' },
                  body: { error: { code: 'TooManyRequests', message: 'x' } },
                }
              : { id: inner.id, status: 200, body: { attempt: index } },
          ),
        },
      };
    });
    const graph = createGraphClient({ baseUrl: server.baseUrl, tokenProvider: recordingTokenSource() });
    const results = await graph.batch([
      item('a'),
      item('b'),
      item('post', { method: 'POST', url: '/me/sendMail', body: {} }),
    ]);
    expect(server.received).toHaveLength(2);
    expect(
      (JSON.parse(server.received[1].body) as { requests: { id: string }[] }).requests.map(
        (inner) => inner.id,
      ),
    ).toEqual(['b']);
    expect(server.received[1].receivedAt - server.received[0].receivedAt).toBeGreaterThanOrEqual(950);
    expect(results.map((result) => [result.id, result.status])).toEqual([
      ['a', 200],
      ['b', 200],
      ['post', 429],
    ]);
  });

  test('plans reject duplicate ids, unknown dependencies and chains longer than 20', () => {
    expect(() => planBatchChunks([item('a'), item('a')])).toThrow(/unique/);
    expect(() => planBatchChunks([item('a', { dependsOn: ['z'] })])).toThrow(/unknown request 'z'/);
    const chain = Array.from({ length: 21 }, (_, index) =>
      item(`c${index}`, index > 0 ? { dependsOn: [`c${index - 1}`] } : {}),
    );
    expect(() => planBatchChunks(chain)).toThrow(/cannot fit/);
  });
});

describe('Prefer headers', () => {
  test('text bodies, time zone and immutable ids in one header', () => {
    expect(preferHeaders({ textBody: true, timeZone: 'Europe/Paris', immutableIds: true })).toEqual({
      Prefer: 'outlook.body-content-type="text", outlook.timezone="Europe/Paris", IdType="ImmutableId"',
    });
    expect(preferHeaders({})).toEqual({});
  });

  test('reach Graph on the request', async () => {
    server.setScript(() => ({ status: 200, body: {} }));
    const graph = createGraphClient({ baseUrl: server.baseUrl, tokenProvider: recordingTokenSource() });
    await graph.get('/me/messages/1', { headers: preferHeaders({ textBody: true }) });
    expect(server.received[0].headers.prefer).toBe('outlook.body-content-type="text"');
  });
});
