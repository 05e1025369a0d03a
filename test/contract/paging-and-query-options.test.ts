import { engineTestRoutes } from './helpers/engine-test-routes';
import { createTestSimulator } from './helpers/simulator-harness';
import { mailboxTenant } from './helpers/tenants';

type Page = {
  value: Record<string, unknown>[];
  '@odata.nextLink'?: string;
  '@odata.count'?: number;
  '@odata.context': string;
};
type ErrorBody = { error: { code: string; message: string } };

describe('paging and query options (BEHAVIOUR.md: paging and query options)', () => {
  const harness = createTestSimulator({ tenant: mailboxTenant(25), extraRoutes: engineTestRoutes });

  it('pages messages 10 at a time with $skip nextLinks that keep the original options', async () => {
    const first = await harness.graph<Page>(
      'GET',
      '/me/messages?$select=subject,from&$filter=isRead eq true',
    );
    expect(first.body.value).toHaveLength(10);
    expect(first.body['@odata.context']).toMatch(/users\('[^']+'\)\/messages\(subject,from\)$/);
    const next = first.body['@odata.nextLink'] as string;
    expect(next).toMatch(
      /^http:\/\/graph\.sim\.localhost\/v1\.0\/me\/messages\?\$select=subject,from&\$filter=isRead%20eq%20true&\$skip=10$/,
    );
    const second = await harness.graph<Page>('GET', next);
    expect(second.body.value).toHaveLength(3);
    expect(second.body['@odata.nextLink']).toBeUndefined();
    expect(Object.keys(second.body.value[0] ?? {}).sort()).toEqual(['@odata.etag', 'from', 'id', 'subject']);
  });

  it('collects every item exactly once by following nextLinks with $top', async () => {
    const seen: string[] = [];
    let url: string | undefined = '/me/messages?$top=7';
    while (url) {
      const page: { body: Page } = await harness.graph<Page>('GET', url);
      seen.push(...page.body.value.map((message) => message.id as string));
      url = page.body['@odata.nextLink'];
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
  });

  it('pages non-Outlook collections with an opaque $skiptoken', async () => {
    const first = await harness.graph<Page>('GET', '/me/todo/lists?$top=2');
    expect(first.body['@odata.nextLink']).toMatch(/\$skiptoken=[A-Za-z0-9+/]+$/);
    expect(first.body['@odata.nextLink']).not.toContain('$skip=');
    const second = await harness.graph<Page>('GET', first.body['@odata.nextLink'] as string);
    expect(second.body.value.map((list) => list.displayName)).toEqual(['List 1', 'List 2']); // 'Tasks' (the default list) comes first
  });

  it('enforces $top limits: 1000 is fine, 1001 is a 400, and $skip may exceed the page size', async () => {
    expect((await harness.graph('GET', '/me/messages?$top=1000')).status).toBe(200);
    const tooMany = await harness.graph<ErrorBody>('GET', '/me/messages?$top=1001');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toMatch(/limit of '1000'/);
    expect((await harness.graph<ErrorBody>('GET', '/me/messages?$top=-1')).status).toBe(400);
    const far = await harness.graph<Page>('GET', '/me/messages?$skip=24');
    expect(far.body.value).toHaveLength(1);
  });

  it('$select always keeps id, hides select-only properties by default, and rejects unknown properties', async () => {
    const selected = await harness.graph<Page>('GET', '/me/messages?$select=subject&$top=1');
    expect(Object.keys(selected.body.value[0] ?? {}).sort()).toEqual(['@odata.etag', 'id', 'subject']);
    const full = await harness.graph<Page>('GET', '/me/messages?$top=1');
    expect(full.body.value[0]).not.toHaveProperty('uniqueBody');
    expect(
      (await harness.graph<Page>('GET', '/me/messages?$top=1&$select=uniqueBody')).body.value[0],
    ).toHaveProperty('uniqueBody');
    const unknown = await harness.graph<ErrorBody>('GET', '/me/messages?$select=subject,notAProperty');
    expect([unknown.status, unknown.body.error.message]).toEqual([
      400,
      "Could not find a property named 'notAProperty' on type 'microsoft.graph.message'.",
    ]);
  });

  it('orders by several keys, nested paths and directions', async () => {
    const page = await harness.graph<Page>(
      'GET',
      '/me/messages?$orderby=from/emailAddress/address desc,receivedDateTime&$top=25&$select=from,receivedDateTime',
    );
    const keys = page.body.value.map(
      (message) =>
        `${(message.from as { emailAddress: { address: string } }).emailAddress.address} ${message.receivedDateTime as string}`,
    );
    const expected = [...keys].sort((left, right) => {
      const [leftAddress, leftDate] = left.split(' ') as [string, string];
      const [rightAddress, rightDate] = right.split(' ') as [string, string];
      return leftAddress === rightAddress
        ? leftDate.localeCompare(rightDate)
        : rightAddress.localeCompare(leftAddress);
    });
    expect(keys).toEqual(expected);
  });

  it('filters with lambdas, functions and $count', async () => {
    const page = await harness.graph<Page>(
      'GET',
      "/me/messages?$filter=categories/any(c:c eq 'Customer') and startswith(from/emailAddress/address,'ana')&$count=true&$top=100",
    );
    expect(page.body['@odata.count']).toBe(page.body.value.length);
    expect(page.body.value.length).toBeGreaterThan(0);
    for (const message of page.body.value) expect(message.categories).toContain('Customer');
    expect((await harness.graph<ErrorBody>('GET', "/me/messages?$filter=subject has 'x'")).status).toBe(400);
  });

  it('rejects $orderby properties that do not lead the $filter with InefficientFilter', async () => {
    const bad = await harness.graph<ErrorBody>(
      'GET',
      '/me/messages?$filter=isRead eq false&$orderby=receivedDateTime desc',
    );
    expect([bad.status, bad.body.error.code, bad.body.error.message]).toEqual([
      400,
      'InefficientFilter',
      'The restriction or sort order is too complex for this operation.',
    ]);
    const good = await harness.graph<Page>(
      'GET',
      '/me/messages?$filter=receivedDateTime ge 2026-01-01T00:00:00Z and isRead eq false&$orderby=receivedDateTime desc',
    );
    expect(good.status).toBe(200);
  });

  it('rejects $search with $orderby (SearchWithOrderBy) and with $filter', async () => {
    const ordered = await harness.graph<ErrorBody>('GET', '/me/messages?$search="pizza"&$orderby=subject');
    expect([ordered.status, ordered.body.error.code]).toEqual([400, 'SearchWithOrderBy']);
    expect(ordered.body.error.message).toBe(
      "The query parameter '$orderBy' is not supported with '$search'.",
    );
    expect((await harness.graph('GET', '/me/messages?$search="pizza"&$filter=isRead eq true')).status).toBe(
      400,
    );
  });

  it('$search matches from/subject/body, sorts by sent date descending and honours KQL properties', async () => {
    const pizza = await harness.graph<Page>('GET', '/me/messages?$search="pizza"&$top=50');
    expect(pizza.body.value.map((message) => message.subject)).toEqual([
      'Message 000 pizza',
      'Message 005 pizza',
      'Message 010 pizza',
      'Message 015 pizza',
      'Message 020 pizza',
    ]);
    const fromAna = await harness.graph<Page>(
      'GET',
      '/me/messages?$search="from:ana AND hasAttachments:true"&$top=50',
    );
    expect(fromAna.body.value.length).toBeGreaterThan(0);
    for (const message of fromAna.body.value)
      expect([
        message.hasAttachments,
        (message.from as { emailAddress: { address: string } }).emailAddress.address,
      ]).toEqual([true, 'ana@contoso.example']);
    const attachmentName = await harness.graph<Page>('GET', '/me/messages?$search="attachment:file-12"');
    expect(attachmentName.body.value.map((message) => message.subject)).toEqual(['Message 012']);
  });

  it('accepts option names case-insensitively ($orderBy, $Top)', async () => {
    const page = await harness.graph<Page>('GET', '/me/messages?$Top=2&$orderBy=subject');
    expect(page.body.value.map((message) => message.subject)).toEqual(['Message 000 pizza', 'Message 001']);
  });
});
