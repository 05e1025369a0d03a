import { engineTestRoutes } from './helpers/engine-test-routes';
import { createTestSimulator } from './helpers/simulator-harness';
import { mailboxTenant } from './helpers/tenants';

type Page = { value: Record<string, unknown>[] };

describe('Prefer headers (BEHAVIOUR.md: Prefer headers)', () => {
  const tenant = {
    ...mailboxTenant(2),
    calendar: { events: [{ subject: 'Sync', start: '2026-11-20T09:00:00Z', end: '2026-11-20T09:30:00Z' }] },
  };
  const harness = createTestSimulator({ tenant, extraRoutes: engineTestRoutes });

  it('returns HTML bodies by default and text with outlook.body-content-type="text", echoing Preference-Applied', async () => {
    const html = await harness.graph<Page>('GET', '/me/messages?$select=body');
    expect(html.body.value[0]?.body).toEqual({
      contentType: 'html',
      content: '<p>Body of message <b>0</b></p>',
    });
    expect(html.headers['preference-applied']).toBeUndefined();
    const text = await harness.graph<Page>('GET', '/me/messages?$select=body', {
      headers: { prefer: 'outlook.body-content-type="text"' },
    });
    expect(text.body.value[0]?.body).toEqual({ contentType: 'text', content: 'Body of message 0' });
    expect(text.headers['preference-applied']).toBe('outlook.body-content-type="text"');
  });

  it('returns event times in UTC by default and in the outlook.timezone zone when asked (Windows or IANA names)', async () => {
    const utc = await harness.graph<Page>('GET', '/me/events');
    expect(utc.body.value[0]?.start).toEqual({ dateTime: '2026-11-20T09:00:00.0000000', timeZone: 'UTC' });
    const pacific = await harness.graph<Page>('GET', '/me/events', {
      headers: { prefer: 'outlook.timezone="Pacific Standard Time"' },
    });
    expect(pacific.body.value[0]?.start).toEqual({
      dateTime: '2026-11-20T01:00:00.0000000',
      timeZone: 'Pacific Standard Time',
    });
    expect(pacific.headers['preference-applied']).toBe('outlook.timezone="Pacific Standard Time"');
    const tokyo = await harness.graph<Page>('GET', '/me/events', {
      headers: { prefer: 'outlook.timezone="Asia/Tokyo"' },
    });
    expect(tokyo.body.value[0]?.end).toEqual({
      dateTime: '2026-11-20T18:30:00.0000000',
      timeZone: 'Asia/Tokyo',
    });
  });

  it('returns immutable ids for the request that carries IdType="ImmutableId" only', async () => {
    const message = harness.simulator.store().mail.messages[0];
    const immutable = await harness.graph<Page>('GET', '/me/messages?$top=1', {
      headers: { prefer: 'IdType="ImmutableId"' },
    });
    expect(immutable.body.value[0]?.id).toBe(message?.immutableId);
    expect(immutable.body.value[0]?.id).toMatch(/^AAkALgAA/);
    expect(immutable.headers['preference-applied']).toBe('IdType="ImmutableId"');
    const regular = await harness.graph<Page>('GET', '/me/messages?$top=1');
    expect(regular.body.value[0]?.id).toBe(message?.id);
  });
});
