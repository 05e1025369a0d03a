// The Graph client against the Graph simulator over HTTP: what the simulator logged is the evidence.
import { startGraphSimulator } from '../../../src/simulators/graph';
import type { RunningGraphSimulator } from '../../../src/simulators/graph';
import { createSimulatorTokenProvider } from '../../../src/auth/simulator-provider';
import { getMe } from '../../../src/auth/get-me';
import { createGraphClient } from '../../../src/graph/graph-client';
import { isGraphRequestError } from '../../../src/graph/errors';

interface Logged {
  method: string;
  path: string;
  status: number;
  receivedAt: string;
  headers: Record<string, string>;
  batchStepId?: string;
}

let sim: RunningGraphSimulator;
beforeAll(async () => {
  sim = await startGraphSimulator({ port: 0 });
});
afterAll(() => sim.close());
beforeEach(async () => {
  await fetch(`${sim.origin}/_sim/reset`, { method: 'POST' });
});

async function control(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(
    `${sim.origin}/_sim/${path}`,
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
  );
  return response.json();
}
const logged = async () => ((await control('requests')) as { value: Logged[] }).value;
const client = () =>
  createGraphClient({
    baseUrl: `${sim.origin}/v1.0`,
    tokenProvider: createSimulatorTokenProvider({
      graphBaseUrl: `${sim.origin}/v1.0`,
      signInScopes: ['User.Read'],
    }),
  });

describe('the Graph client against the simulator', () => {
  test('"signed in as …" from /me', async () => {
    const me = await getMe(client());
    expect(me.displayName).not.toBe('');
    expect(me.address).toContain('@');
  });

  test('429 with Retry-After: one retry after the wait, same client-request-id', async () => {
    await control('faults', {
      seed: 1,
      rules: [{ method: 'GET', path: '/me/messages', status: 429, retryAfter: 1, times: 1 }],
    });
    const page = await client().get<{ value: unknown[] }>('/me/messages', {
      query: { $top: 3, $select: 'id' },
      scopes: ['Mail.Read'],
    });
    expect(page.value.length).toBe(3);
    const calls = (await logged()).filter((entry) => entry.path === '/me/messages');
    expect(calls.map((entry) => entry.status)).toEqual([429, 200]);
    expect(Date.parse(calls[1].receivedAt) - Date.parse(calls[0].receivedAt)).toBeGreaterThanOrEqual(950);
    expect(calls[1].headers['client-request-id']).toBe(calls[0].headers['client-request-id']);
  });

  test('400 is not retried', async () => {
    await control('faults', { seed: 1, rules: [{ method: 'GET', path: '/me/messages', status: 400 }] });
    const error = await client()
      .get('/me/messages', { scopes: ['Mail.Read'] })
      .catch((caught: unknown) => caught);
    expect(isGraphRequestError(error) && error.kind).toBe('bad-request');
    expect((await logged()).filter((entry) => entry.path === '/me/messages')).toHaveLength(1);
  });

  test('POST is not retried on 503', async () => {
    await control('faults', {
      seed: 1,
      rules: [{ method: 'POST', path: '/me/messages', status: 503, retryAfter: 0 }],
    });
    const error = await client()
      .post('/me/messages', { subject: 'draft' }, { scopes: ['Mail.ReadWrite'] })
      .catch((caught: unknown) => caught);
    expect(isGraphRequestError(error) && [error.kind, error.ambiguous]).toEqual(['server', true]);
    expect(
      (await logged()).filter((entry) => entry.method === 'POST' && entry.path === '/me/messages'),
    ).toHaveLength(1);
  });

  test('paging follows nextLink and stops at maxItems', async () => {
    const items = await client().getPages<{ id: string }>('/me/messages', {
      query: { $top: 2, $select: 'id' },
      maxItems: 5,
      scopes: ['Mail.Read'],
    });
    expect(items).toHaveLength(5);
    expect(new Set(items.map((item) => item.id)).size).toBe(5);
    expect((await logged()).filter((entry) => entry.path === '/me/messages')).toHaveLength(3);
  });

  test('$batch maps results back in request order', async () => {
    const results = await client().batch(
      [
        { id: 'folders', method: 'GET', url: '/me/mailFolders?$select=id' },
        { id: 'me', method: 'GET', url: '/me?$select=displayName' },
        { id: 'missing', method: 'GET', url: '/me/messages/does-not-exist' },
      ],
      { scopes: ['User.Read', 'Mail.Read'] },
    );
    expect(results.map((result) => [result.id, result.status])).toEqual([
      ['folders', 200],
      ['me', 200],
      ['missing', 404],
    ]);
  });

  test('a token that expires mid-run is refreshed silently and the call succeeds', async () => {
    let issued = 0;
    const tokenProvider = {
      getAccessToken: async (scopes: readonly string[]) => {
        issued += 1;
        // The first token lives one second; the refresh gets a normal one.
        const grant = (await control('token', { scopes, expiresInSeconds: issued === 1 ? 1 : 3600 })) as {
          access_token: string;
        };
        return grant.access_token;
      },
    };
    let cached: string | undefined;
    const memoising = {
      getAccessToken: async (scopes: readonly string[], options?: { forceRefresh?: boolean }) => {
        if (!cached || options?.forceRefresh) cached = await tokenProvider.getAccessToken(scopes);
        return cached;
      },
    };
    const run = createGraphClient({ baseUrl: `${sim.origin}/v1.0`, tokenProvider: memoising });
    await getMe(run);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await expect(getMe(run)).resolves.toMatchObject({ address: expect.stringContaining('@') });
    const calls = (await logged()).filter((entry) => entry.path === '/me');
    expect(calls.map((entry) => entry.status)).toEqual([200, 401, 200]);
    expect(issued).toBe(2);
  });
});
