/** Small seed documents for contract tests (format: docs/graph-simulator.md, "Seed format"). */
import type { TenantSeed } from '../../../src/simulators/graph';

/** A tenant with `count` inbox messages, one per hour back from now, alternating senders. */
export function mailboxTenant(count: number): TenantSeed {
  const senders = ['ana@contoso.example', 'bo@fabrikam.example', 'cy@lumenlabs.example'];
  return {
    now: '2026-11-20T09:00:00Z',
    user: { displayName: 'Test User', mail: 'test.user@lumenlabs.example' },
    people: [{ displayName: 'Ana Silva', address: 'ana@contoso.example' }],
    mail: {
      messages: Array.from({ length: count }, (_unused, index) => ({
        subject: `Message ${String(index).padStart(3, '0')}${index % 5 === 0 ? ' pizza' : ''}`,
        from: senders[index % senders.length] as string,
        receivedDateTime: `now-${index + 1}h`,
        body: `<p>Body of message <b>${index}</b></p>`,
        isRead: index % 2 === 0,
        categories: index % 3 === 0 ? ['Customer'] : [],
        ...(index % 4 === 0 ? { attachments: [{ name: `file-${index}.txt`, contentText: 'x' }] } : {}),
      })),
    },
    todo: { lists: Array.from({ length: 5 }, (_unused, index) => ({ displayName: `List ${index}` })) },
  };
}
