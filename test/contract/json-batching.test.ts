import { loadExamples } from './helpers/contract-paths';
import { engineTestRoutes } from './helpers/engine-test-routes';
import { replayExample } from './helpers/replay-example';
import { createTestSimulator } from './helpers/simulator-harness';
import { mailboxTenant } from './helpers/tenants';
import { validateAgainstSchema } from './helpers/validate-against-schema';

type BatchBody = {
  responses: {
    id: string;
    status: number;
    headers: Record<string, string>;
    body: { error?: { code: string } } & Record<string, unknown>;
  }[];
};
type ErrorBody = { error: { code: string; message: string } };

describe('JSON batching (BEHAVIOUR.md: JSON batching)', () => {
  const harness = createTestSimulator({ tenant: mailboxTenant(3), extraRoutes: engineTestRoutes });
  const batch = (requests: unknown[]) => harness.graph<BatchBody>('POST', '/$batch', { body: { requests } });

  it.each(loadExamples('json-batching').map((example) => [example.title, example] as const))(
    'replays the docs example: %s',
    async (_title, example) => {
      // The example's steps target directory APIs the simulator does not serve (so their bodies are errors here);
      // the batch itself must be accepted and answer one response per step in the documented envelope.
      const result = await replayExample(harness, example, { ignore: ['body', 'x-ms-resource-unit'] });
      expect(result.differences).toEqual([]);
      const body = result.response.body as BatchBody;
      expect(body.responses.map((response) => response.id).sort()).toEqual(['1', '2', '3', '4', '5']);
      expect(validateAgainstSchema('/$batch', 'POST', 200, body).errors).toEqual([]);
    },
  );

  it('runs steps through the same router with per-step status, headers and body', async () => {
    const response = await batch([
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: 'me/messages?$top=1&$select=subject' },
      { id: '3', method: 'GET', url: '/me/messages/AAMkNOPE=' },
    ]);
    expect(response.status).toBe(200);
    const byId = Object.fromEntries(response.body.responses.map((step) => [step.id, step]));
    expect(byId['1']?.status).toBe(200);
    expect((byId['2']?.body.value as unknown[]).length).toBe(1);
    expect(byId['2']?.headers['Content-Type']).toMatch(/^application\/json/);
    expect([byId['3']?.status, byId['3']?.body.error?.code]).toEqual([404, 'ErrorItemNotFound']);
  });

  it('orders by dependsOn and answers 424 for dependents of a failed step', async () => {
    const response = await batch([
      { id: 'a', method: 'GET', url: '/me', dependsOn: ['b'] },
      { id: 'b', method: 'GET', url: '/me/nothing' },
      { id: 'c', method: 'GET', url: '/me' },
    ]);
    const order = response.body.responses.map((step) => step.id);
    expect(order.indexOf('a')).toBeGreaterThan(order.indexOf('b'));
    expect(response.body.responses.find((step) => step.id === 'a')?.status).toBe(424);
    expect(response.body.responses.find((step) => step.id === 'c')?.status).toBe(200);
    // Responses are not in request order when dependencies reorder the steps.
    expect(order).not.toEqual(['a', 'b', 'c']);
  });

  it('rejects more than 20 steps, duplicate ids (case-insensitively) and bodies without Content-Type', async () => {
    const many = await batch(
      Array.from({ length: 21 }, (_unused, index) => ({ id: String(index), method: 'GET', url: '/me' })),
    );
    expect(many.status).toBe(400);
    expect(
      (
        await batch(
          Array.from({ length: 20 }, (_unused, index) => ({ id: String(index), method: 'GET', url: '/me' })),
        )
      ).status,
    ).toBe(200);
    const duplicate = await harness.graph<ErrorBody>('POST', '/$batch', {
      body: {
        requests: [
          { id: 'x', method: 'GET', url: '/me' },
          { id: 'X', method: 'GET', url: '/me' },
        ],
      },
    });
    expect(duplicate.status).toBe(400);
    const noHeader = await harness.graph<ErrorBody>('POST', '/$batch', {
      body: { requests: [{ id: '1', method: 'POST', url: '/me/messages', body: { subject: 'x' } }] },
    });
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.error.message).toBe(
      'Write request id : 1 does not contain Content-Type header or body.',
    );
    expect(
      (await batch([{ id: '1', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me' }])).status,
    ).toBe(400);
    expect(
      (
        await harness.graph('POST', '/$batch', {
          body: '{not json',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(400);
  });

  it('throttles steps one by one (inner 429 with Retry-After) and checks each step’s scopes', async () => {
    harness.simulator.configureFaults({
      seed: 3,
      rules: [{ path: '/me/messages', status: 429, retryAfter: 7 }],
    });
    try {
      const response = await batch([
        { id: '1', method: 'GET', url: '/me' },
        { id: '2', method: 'GET', url: '/me/messages' },
      ]);
      const throttled = response.body.responses.find((step) => step.id === '2');
      expect([response.status, throttled?.status, throttled?.headers['Retry-After']]).toEqual([
        200,
        429,
        '7',
      ]);
    } finally {
      harness.simulator.configureFaults({ rules: [] });
    }
    const limited = await harness.graph<BatchBody>('POST', '/$batch', {
      scopes: ['User.Read'],
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/me/messages' },
          { id: '2', method: 'GET', url: '/me' },
        ],
      },
    });
    expect(limited.body.responses.map((step) => [step.id, step.status]).sort()).toEqual([
      ['1', 403],
      ['2', 200],
    ]);
  });
});
