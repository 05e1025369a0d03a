import { startGraphSimulator } from '../../src/simulators/graph';
import { engineTestRoutes } from './helpers/engine-test-routes';
import { createTestSimulator } from './helpers/simulator-harness';
import { mailboxTenant } from './helpers/tenants';

type ErrorBody = { error: { code: string; message: string; innerError: Record<string, string> } };

describe('fault injection and throttling (BEHAVIOUR.md: throttling)', () => {
  const harness = createTestSimulator({ tenant: mailboxTenant(3), extraRoutes: engineTestRoutes });
  afterEach(() => harness.simulator.configureFaults({ rules: [] }));

  it('answers a matching rule with Graph’s error shape and Retry-After; other paths are untouched', async () => {
    harness.simulator.configureFaults({
      seed: 1,
      rules: [{ method: 'GET', path: '/me/todo/lists', status: 429, rate: 1, retryAfter: 2 }],
    });
    const throttled = await harness.graph<ErrorBody>('GET', '/me/todo/lists');
    expect([throttled.status, throttled.headers['retry-after'], throttled.body.error.code]).toEqual([
      429,
      '2',
      'TooManyRequests',
    ]);
    expect(throttled.body.error.innerError['request-id']).toBeTruthy();
    expect((await harness.graph('GET', '/me')).status).toBe(200);
    harness.simulator.configureFaults({ rules: [] });
    expect((await harness.graph('GET', '/me/todo/lists')).status).toBe(200);
  });

  it('is deterministic for a seed at a partial rate', async () => {
    const run = async (): Promise<number[]> => {
      harness.simulator.configureFaults({ seed: 42, rules: [{ path: '/me', status: 503, rate: 0.5 }] });
      const statuses: number[] = [];
      for (let index = 0; index < 12; index += 1) statuses.push((await harness.graph('GET', '/me')).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
  });

  it('adds latency, and can stop after N hits', async () => {
    harness.simulator.configureFaults({
      rules: [
        { path: '/me', latencyMs: 120 },
        { path: '/me/messages', status: 500, times: 1 },
      ],
    });
    const started = Date.now();
    expect((await harness.graph('GET', '/me')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    harness.simulator.configureFaults({ rules: [{ path: '/me/messages', status: 500, times: 1 }] });
    expect((await harness.graph('GET', '/me/messages')).status).toBe(500);
    expect((await harness.graph('GET', '/me/messages')).status).toBe(200);
  });

  it('hangs until the client aborts for a timeout rule (over HTTP)', async () => {
    const running = await startGraphSimulator({ port: 0 });
    try {
      await fetch(`${running.origin}/_sim/faults`, {
        method: 'POST',
        body: JSON.stringify({ rules: [{ path: '/me', timeout: true }] }),
      });
      const token = running.issueToken(['User.Read']);
      const started = Date.now();
      await expect(
        fetch(`${running.origin}/v1.0/me`, {
          headers: { authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(300),
        }),
      ).rejects.toThrow();
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      await fetch(`${running.origin}/_sim/faults`, { method: 'POST', body: JSON.stringify({ rules: [] }) });
      expect(
        (await fetch(`${running.origin}/v1.0/me`, { headers: { authorization: `Bearer ${token}` } })).status,
      ).toBe(200);
    } finally {
      await running.close();
    }
  });
});

describe('/_sim controls', () => {
  const harness = createTestSimulator({ tenant: mailboxTenant(3), extraRoutes: engineTestRoutes });
  const control = async (
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }> => {
    const response = await harness.simulator.fetch(`http://sim.localhost${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: response.status === 204 ? null : await response.json() };
  };

  it('issues tokens (including short-lived ones) and rejects a malformed request', async () => {
    const grant = (await control('POST', '/_sim/token', { scopes: ['Mail.Read'], expiresInSeconds: 1 }))
      .body as { access_token: string; expires_in: number };
    expect(grant.expires_in).toBe(1);
    const ok = await harness.graph('GET', '/me/messages', {
      scopes: null,
      headers: { authorization: `Bearer ${grant.access_token}` },
    });
    expect(ok.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const expired = await harness.graph<ErrorBody>('GET', '/me/messages', {
      scopes: null,
      headers: { authorization: `Bearer ${grant.access_token}` },
    });
    expect([expired.status, expired.body.error.code]).toEqual([401, 'InvalidAuthenticationToken']);
    expect((await control('POST', '/_sim/token', { scopes: 'Mail.Read' })).status).toBe(400);
  });

  it('logs requests with Prefer, the auth scheme only, client-request-id and parsed bodies; ?since and DELETE work', async () => {
    await control('DELETE', '/_sim/requests');
    await harness.graph('GET', '/me/messages?$top=1', {
      headers: { prefer: 'outlook.body-content-type="text"', 'client-request-id': 'c-1' },
    });
    const log = (await control('GET', '/_sim/requests')).body as {
      value: Record<string, unknown>[];
      lastSequence: number;
    };
    expect(log.value).toHaveLength(1);
    expect(log.value[0]).toMatchObject({
      method: 'GET',
      path: '/me/messages',
      query: { $top: '1' },
      status: 200,
      headers: {
        prefer: 'outlook.body-content-type="text"',
        authorization: 'Bearer',
        'client-request-id': 'c-1',
      },
    });
    await harness.graph('POST', '/$batch', { body: { requests: [{ id: '1', method: 'GET', url: '/me' }] } });
    const since = (await control('GET', `/_sim/requests?since=${log.lastSequence}`)).body as {
      value: Record<string, unknown>[];
    };
    expect(since.value.map((entry) => [entry.path, entry.batchStepId ?? null])).toEqual([
      ['/$batch', null],
      ['/me', '1'],
    ]);
    expect((since.value[0]?.body as { requests: unknown[] }).requests).toHaveLength(1);
  });

  it('exposes the store, reloads it on reset, loads a custom tenant and moves the clock', async () => {
    harness.simulator.store().mail.messages.length = 0;
    expect(
      ((await control('GET', '/_sim/state')).body as { mail: { messages: unknown[] } }).mail.messages,
    ).toHaveLength(0);
    await control('POST', '/_sim/reset');
    const state = (await control('GET', '/_sim/state')).body as {
      mail: { messages: unknown[]; folders: { wellKnownName: string }[] };
      outbox: unknown[];
      now: string;
    };
    expect(state.mail.messages).toHaveLength(3);
    expect(state.outbox).toEqual([]);
    expect(state.mail.folders.map((folder) => folder.wellKnownName)).toEqual(
      expect.arrayContaining(['inbox', 'drafts', 'sentitems', 'deleteditems', 'archive', 'junkemail']),
    );
    expect(
      (
        await control('POST', '/_sim/seed', {
          user: { displayName: 'Kim Lee', mail: 'kim@example.org' },
          now: '2027-01-01T00:00:00Z',
        })
      ).status,
    ).toBe(204);
    const me = await harness.graph<{ displayName: string }>('GET', '/me');
    expect(me.body.displayName).toBe('Kim Lee');
    expect(harness.simulator.store().now).toBe('2027-01-01T00:00:00.000Z');
    expect((await control('POST', '/_sim/seed', { user: { displayName: 'No mail' } })).status).toBe(400);
    await control('POST', '/_sim/clock', { now: '2027-02-01T10:00:00Z' });
    expect(harness.simulator.store().now).toBe('2027-02-01T10:00:00.000Z');
    expect((await control('GET', '/_sim/nothing')).status).toBe(404);
  });

  it('builds the same tenant (ids included) from the same seed and a different one from another seed', () => {
    const idsOf = (seed: number): string[] =>
      createTestSimulator({ seed })
        .simulator.store()
        .mail.messages.map((message) => message.id);
    expect(idsOf(7)).toEqual(idsOf(7));
    expect(idsOf(7)).not.toEqual(idsOf(8));
    expect(idsOf(7)[0]).toMatch(/^AAMkAD[A-Za-z0-9_-]+AAA=$/);
    const demo = createTestSimulator().simulator.store();
    expect(
      demo.mail.messages.filter(
        (message) =>
          message.parentFolderId === demo.mail.folders.find((folder) => folder.wellKnownName === 'inbox')?.id,
      ).length,
    ).toBeGreaterThanOrEqual(5);
    expect(demo.drive.items.every((item) => /^01[A-Z2-7]{32}$/.test(item.id))).toBe(true);
    expect(demo.onenote.notebooks[0]?.id).toMatch(/^1-[0-9a-f-]{36}$/);
    expect(
      demo.people.some((person) => person.internal) && demo.people.some((person) => !person.internal),
    ).toBe(true);
  });
});
