import { startGraphSimulator } from '../../src/simulators/graph';
import { engineTestRoutes } from './helpers/engine-test-routes';
import { createTestSimulator } from './helpers/simulator-harness';
import { mailboxTenant } from './helpers/tenants';
import { validateAgainstSchema } from './helpers/validate-against-schema';

type ErrorBody = { error: { code: string; message: string; innerError: Record<string, string> } };

describe('response envelope, errors and auth (BEHAVIOUR.md: envelope, errors)', () => {
  const harness = createTestSimulator({ tenant: mailboxTenant(3), extraRoutes: engineTestRoutes });

  it('returns single entities with @odata.context and a body that validates against the user schema', async () => {
    const response = await harness.graph<Record<string, unknown>>('GET', '/me');
    expect(response.status).toBe(200);
    expect(response.body['@odata.context']).toMatch(/\/v1\.0\/\$metadata#users\/\$entity$/);
    expect(validateAgainstSchema('/me', 'GET', 200, response.body)).toMatchObject({ valid: true });
  });

  it('returns collections as {@odata.context, value} with etags on Outlook items', async () => {
    const response = await harness.graph<{ value: Record<string, unknown>[] }>('GET', '/me/messages');
    expect(Object.keys(response.body)).toEqual(['@odata.context', 'value']);
    expect(response.body.value[0]?.['@odata.etag']).toMatch(/^W\/"CQAAABYAAAA/);
    const validation = validateAgainstSchema('/me/messages', 'GET', 200, response.body);
    expect(validation.errors).toEqual([]);
  });

  it('answers errors in Graph shape with request-id and echoes client-request-id', async () => {
    const response = await harness.graph<ErrorBody>('GET', '/me/messages/AAMkNOPE=', {
      headers: { 'client-request-id': 'my-correlation-1' },
    });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('ErrorItemNotFound');
    expect(response.body.error.innerError['client-request-id']).toBe('my-correlation-1');
    expect(response.body.error.innerError['request-id']).toBe(response.headers['request-id']);
    expect(response.body.error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(response.headers['client-request-id']).toBe('my-correlation-1');
    expect(validateAgainstSchema('/me/messages/{message-id}', 'GET', 404, response.body).valid).toBe(true);
  });

  it('gives 400 for an unknown segment and 405 for a known path with another method', async () => {
    expect((await harness.graph<ErrorBody>('GET', '/me/nothingHere')).body.error.message).toBe(
      "Resource not found for the segment 'nothingHere'.",
    );
    expect((await harness.graph('DELETE', '/me')).status).toBe(405);
  });

  it('401s without a token, with an unknown token, and with an expired one', async () => {
    const missing = await harness.graph<ErrorBody>('GET', '/me', { scopes: null });
    expect([missing.status, missing.body.error.code]).toEqual([401, 'InvalidAuthenticationToken']);
    const unknown = await harness.graph<ErrorBody>('GET', '/me', {
      scopes: null,
      headers: { authorization: 'Bearer not-a-token' },
    });
    expect([unknown.status, unknown.body.error.code]).toEqual([401, 'InvalidAuthenticationToken']);
    const expired = harness.simulator.issueToken(['User.Read'], 0);
    const late = await harness.graph<ErrorBody>('GET', '/me', {
      scopes: null,
      headers: { authorization: `Bearer ${expired}` },
    });
    expect(late.status).toBe(401);
    expect(late.body.error.message).toMatch(/expired/);
  });

  it('403s when the token lacks the scope, with ReadWrite implying Read', async () => {
    const denied = await harness.graph<ErrorBody>('GET', '/me/messages', { scopes: ['User.Read'] });
    expect([denied.status, denied.body.error.code]).toEqual([403, 'ErrorAccessDenied']);
    expect((await harness.graph('GET', '/me/messages', { scopes: ['Mail.ReadWrite'] })).status).toBe(200);
    expect((await harness.graph('GET', '/me/todo/lists', { scopes: ['Tasks.ReadWrite'] })).status).toBe(200);
    expect(
      (await harness.graph<ErrorBody>('GET', '/me/drive/items/x', { scopes: ['Mail.Read'] })).body.error.code,
    ).toBe('accessDenied');
    const settings = await harness.graph<ErrorBody>('GET', '/me?$select=mailboxSettings', {
      scopes: ['User.Read'],
    });
    expect(settings.status).toBe(403);
    expect(
      (await harness.graph('GET', '/me/mailboxSettings', { scopes: ['MailboxSettings.ReadWrite'] })).status,
    ).toBe(200);
  });

  it('routes ids holding =, -, _, ! and percent-encoded / and + (case-sensitively)', async () => {
    const message = harness.simulator.store().mail.messages[0];
    if (!message) throw new Error('seed has no message');
    message.id = 'AAMkAD/x+y_z-w!1==';
    const found = await harness.graph<{ id: string }>(
      'GET',
      `/me/messages/${encodeURIComponent(message.id)}`,
    );
    expect([found.status, found.body.id]).toEqual([200, message.id]);
    expect(
      (await harness.graph('GET', `/me/messages/${encodeURIComponent(message.id.toLowerCase())}`)).status,
    ).toBe(404);
  });

  it('routes OneDrive path-based addressing through a custom matcher', async () => {
    const byPath = await harness.graph('GET', '/me/drive/root:/Documents/Q4%20plan.docx:');
    expect(byPath.body).toEqual({ addressedBy: 'path', path: 'Documents/Q4 plan.docx', parent: null });
    const byParent = await harness.graph('GET', '/me/drive/items/01ABC!12:/notes.txt:');
    expect(byParent.body).toEqual({ addressedBy: 'path', path: 'notes.txt', parent: '01ABC!12' });
  });

  it('serves /me/mailboxSettings and /me?$select=mailboxSettings with the seeded time zone', async () => {
    const settings = await harness.graph<{ timeZone: string }>('GET', '/me/mailboxSettings');
    expect(settings.body.timeZone).toBe('W. Europe Standard Time');
    const selected = await harness.graph<Record<string, unknown>>('GET', '/me?$select=mailboxSettings');
    expect(Object.keys(selected.body).sort()).toEqual(['@odata.context', 'id', 'mailboxSettings']);
    expect(validateAgainstSchema('/me', 'GET', 200, selected.body).errors).toEqual([]);
  });

  it('serves over HTTP on an ephemeral port with CORS for loopback origins', async () => {
    const running = await startGraphSimulator({ port: 0 });
    try {
      const preflight = await fetch(`${running.origin}/v1.0/me`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:3000',
          'access-control-request-headers': 'authorization,prefer',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
      expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization,prefer');
      const grant = (await (
        await fetch(`${running.origin}/_sim/token`, {
          method: 'POST',
          body: JSON.stringify({ scopes: ['User.Read'] }),
        })
      ).json()) as { access_token: string; token_type: string };
      expect(grant.token_type).toBe('Bearer');
      const me = await fetch(`${running.origin}/v1.0/me`, {
        headers: { authorization: `Bearer ${grant.access_token}`, origin: 'http://127.0.0.1:5173' },
      });
      expect(me.status).toBe(200);
      expect(me.headers.get('access-control-expose-headers')).toContain('request-id');
      const foreign = await fetch(`${running.origin}/v1.0/me`, {
        headers: { authorization: `Bearer ${grant.access_token}`, origin: 'https://evil.example' },
      });
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await running.close();
    }
  });
});
