import { AuditLog } from '../../../src/agent/audit-log';
import { redactSecrets } from '../../../src/agent/redact';
import { settingsWith } from '../../helpers/test-tools';
import { harness } from './session-harness';

describe('the audit log', () => {
  it('records every call with decision, outcome, duration and the Graph request ids the tool reported', async () => {
    const { session } = harness(
      [
        [
          { type: 'tool-call', id: 'ok', name: 'mail_search_slow', args: { label: 'a', ms: 0 } },
          { type: 'tool-call', id: 'bad', name: 'mail_search_slow', args: { label: 'a' } },
          {
            type: 'tool-call',
            id: 'draft',
            name: 'mail_create_draft',
            args: { to: ['bob@contoso.com'], subject: 'S', body: 'Token: Bearer abcdefghijklmnop' },
          },
        ],
        [{ type: 'text', text: 'Done.' }],
      ],
      { settings: settingsWith({ draft: 'always' }), graphRequestIds: ['req-123'] },
    );
    await session.run('Search a and draft to bob@contoso.com');
    const entries = session.audit.entries();
    expect(entries.map((entry) => [entry.toolCallId, entry.decision, entry.outcome.status])).toEqual([
      ['bad', 'invalid', 'not-run'],
      ['ok', 'auto', 'ok'],
      ['draft', 'auto', 'ok'],
    ]);
    expect(entries[1]).toMatchObject({
      tool: 'mail_search_slow',
      category: 'read',
      graphRequestIds: ['req-123'],
      time: '2026-03-03T14:05:00.000Z',
    });
    expect(typeof entries[1].durationMs).toBe('number');
    expect(entries[2].arguments).toMatchObject({ body: 'Token: Bearer [redacted]' });
    const exported = JSON.parse(session.audit.exportJson());
    expect(exported).toHaveLength(3);
  });

  it('redacts secret-named keys, bearer tokens, JWTs and API keys', () => {
    expect(
      redactSecrets({
        apiKey: 'abc',
        nested: {
          Authorization: 'Bearer xyz',
          password: 'hunter2',
          note: 'use sk-abcdefghijklmnopqrstuvwx please',
        },
        list: ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJlMTIz'],
      }),
    ).toEqual({
      apiKey: '[redacted]',
      nested: { Authorization: '[redacted]', password: '[redacted]', note: 'use [redacted] please' },
      list: ['[redacted]'],
    });
  });

  it('is bounded, keeps the newest entries, and round-trips through JSON', () => {
    const log = new AuditLog(3);
    for (let index = 0; index < 5; index += 1) {
      log.record({
        time: `t${index}`,
        turnId: 't',
        toolCallId: `c${index}`,
        tool: 'x',
        arguments: {},
        decision: 'auto',
        outcome: { status: 'ok' },
        durationMs: 1,
        graphRequestIds: [],
      });
    }
    expect(log.entries().map((entry) => entry.toolCallId)).toEqual(['c2', 'c3', 'c4']);
    const restored = AuditLog.fromJSON(JSON.parse(JSON.stringify(log)));
    expect(restored.entries()).toEqual(log.entries());
    expect(restored.capacity).toBe(3);
  });
});
