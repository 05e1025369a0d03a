import { compareShape } from './helpers/compare-shape';
import { validateAgainstSchema } from './helpers/validate-against-schema';

describe('contract helpers', () => {
  it('validateAgainstSchema accepts nullable values and rejects wrong types, using the status range', () => {
    const message = {
      id: 'AAMk=',
      subject: null,
      isRead: true,
      toRecipients: [{ emailAddress: { name: 'A', address: 'a@x.example' } }],
      receivedDateTime: '2026-11-20T09:00:00Z',
    };
    expect(validateAgainstSchema('/me/messages/{message-id}', 'GET', 200, message)).toMatchObject({
      valid: true,
      schema: 'openapi#/components/schemas/microsoft.graph.message',
    });
    const wrong = validateAgainstSchema('/me/messages/{message-id}', 'GET', 200, {
      ...message,
      isRead: 'yes',
      receivedDateTime: 'yesterday',
    });
    expect(wrong.valid).toBe(false);
    expect(wrong.errors.join('\n')).toMatch(/\/isRead/);
    expect(validateAgainstSchema('/me/messages', 'GET', 401, { error: { message: 'no code' } }).valid).toBe(
      false,
    );
    expect(validateAgainstSchema('/me/nowhere', 'GET', 200, {}).errors[0]).toMatch(/No JSON response schema/);
  });

  it('compareShape reports missing properties and type changes, compares arrays by first element', () => {
    expect(
      compareShape(
        { a: 1, b: { c: 'x' }, list: [{ d: true }] },
        { a: 2, b: { c: 'y' }, list: [{ d: false }], extra: 1 },
      ),
    ).toEqual([]);
    expect(
      compareShape({ a: 1, b: { c: 'x' }, list: [{ d: true }] }, { a: '2', b: {}, list: [{ d: 'no' }] }),
    ).toEqual([
      '$.a: expected number, got string',
      '$.b.c: missing',
      '$.list[0].d: expected boolean, got string',
    ]);
    expect(compareShape({ a: 1 }, { a: 1, extra: 1 }, { strict: true })).toEqual([
      '$.extra: not in the example',
    ]);
    expect(compareShape({ a: null }, { a: 'anything' })).toEqual([]);
  });
});
