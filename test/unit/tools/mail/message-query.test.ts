/**
 * The query builder: every combination of structured criteria becomes a request the simulator (which enforces
 * Graph's $search/$filter/$orderby rules) accepts, and a refused shape is repaired once and retried.
 */
import {
  planMessageQuery,
  kqlValue,
  kqlWords,
  odataString,
  repairPlan,
  searchParameter,
  type MessageCriteria,
} from '../../../../src/tools/mail/message-query';
import { runMessageQuery } from '../../../../src/tools/mail/run-message-query';
import { listMessagesTool, searchMessagesTool } from '../../../../src/tools/mail/list-messages';
import { startMailHarness } from './mail-fixtures';
import { setUpToolHarness } from '../tool-test-setup';

const BERLIN = 'Europe/Berlin';

describe('planMessageQuery (pure)', () => {
  it('uses $filter led by receivedDateTime, in UTC from local dates, when no free words are given', () => {
    const plan = planMessageQuery(
      { after: '2026-11-16', before: '2026-11-18', unread: true, flagged: true },
      { timeZone: BERLIN },
    );
    expect(plan.mode).toBe('filter');
    expect(plan.query.$filter).toBe(
      "receivedDateTime ge 2026-11-15T23:00:00Z and receivedDateTime lt 2026-11-18T23:00:00Z and isRead eq false and flag/flagStatus eq 'flagged'",
    );
    expect(plan.query.$orderby).toBe('receivedDateTime desc');
    expect(plan.query.$search).toBeUndefined();
  });

  it('converts local dates across daylight saving time and in Windows zone names', () => {
    const summer = planMessageQuery({ after: '2026-07-01' }, { timeZone: 'W. Europe Standard Time' });
    expect(summer.query.$filter).toBe('receivedDateTime ge 2026-06-30T22:00:00Z');
    const newYork = planMessageQuery({ before: '2026-11-20' }, { timeZone: 'America/New_York' });
    expect(newYork.query.$filter).toContain('receivedDateTime lt 2026-11-21T05:00:00Z');
  });

  it('doubles single quotes in OData literals', () => {
    const plan = planMessageQuery(
      { from: "liam.o'brien@contoso.example", subject: "O'Brien" },
      { timeZone: BERLIN },
    );
    expect(plan.query.$filter).toContain("from/emailAddress/address eq 'liam.o''brien@contoso.example'");
    expect(plan.query.$filter).toContain("contains(subject,'O''Brien')");
    expect(odataString("it's")).toBe("'it''s'");
  });

  it('switches to KQL $search for free words, sender names and recipients, never with $filter or $orderby', () => {
    const plan = planMessageQuery(
      {
        words: 'budget "Q3 plan" OR forecast',
        from: 'Sam Whitfield',
        to: 'jonas',
        subject: 'review notes',
        hasAttachments: true,
        category: 'Red team',
        importance: 'high',
        unread: false,
      },
      { timeZone: BERLIN, order: 'oldest' },
    );
    expect(plan.mode).toBe('search');
    expect(plan.query.$filter).toBeUndefined();
    expect(plan.query.$orderby).toBeUndefined();
    expect(plan.query.$search).toBe(
      '"budget \\"Q3 plan\\" OR forecast from:\\"Sam Whitfield\\" to:jonas subject:review subject:notes hasAttachments:true importance:high"',
    );
    expect(plan.clientSort).toBe(true);
    expect(plan.clientChecks).toEqual(['unread', 'category']);
  });

  it('widens local dates to whole UTC days in KQL and checks the exact instants and the flag itself', () => {
    const plan = planMessageQuery(
      { words: 'invoice', after: '2026-11-17', flagged: true },
      { timeZone: BERLIN },
    );
    expect(plan.query.$search).toBe('"invoice received>=2026-11-16"');
    expect(plan.clientChecks).toEqual(['range', 'flagged']);
  });

  it('quotes KQL values with spaces, colons or operators and drops quotes it cannot escape', () => {
    expect(kqlValue('sam@northwind.example')).toBe('sam@northwind.example');
    expect(kqlValue('Q3: plan')).toBe('"Q3: plan"');
    expect(kqlValue('say "hi"')).toBe('"say hi"');
    expect(kqlValue('OR')).toBe('"OR"');
    expect(kqlWords('OR alpha OR (beta) NOT')).toEqual(['alpha', 'OR', 'beta']);
    expect(searchParameter('a "b c"')).toBe('"a \\"b c\\""');
  });

  it('rejects a date range that ends before it starts', () => {
    expect(() =>
      planMessageQuery({ after: '2026-11-20', before: '2026-11-10' }, { timeZone: BERLIN }),
    ).toThrow(/must be before/);
  });

  it('repairs InefficientFilter and SearchWithOrderBy by sorting here, SearchWithFilter by checking here; once only', () => {
    const plan = planMessageQuery({ unread: true, hasAttachments: true }, { timeZone: BERLIN });
    const withoutOrder = repairPlan(plan, 'InefficientFilter');
    expect(withoutOrder?.query.$orderby).toBeUndefined();
    expect(withoutOrder?.query.$filter).toBe(plan.query.$filter);
    expect(withoutOrder?.clientSort).toBe(true);
    expect(withoutOrder && repairPlan(withoutOrder, 'InefficientFilter')).toBeUndefined();
    const searchWithFilter = repairPlan(
      { ...plan, query: { ...plan.query, $search: '"x"' } },
      'SearchWithFilter',
    );
    expect(searchWithFilter?.query).toEqual({ $search: '"x"' });
    expect(searchWithFilter?.clientChecks).toEqual(expect.arrayContaining(['unread', 'hasAttachments']));
    expect(repairPlan(plan, 'SomethingElse')).toBeUndefined();
  });
});

describe('query shapes against the simulator (Graph rules enforced)', () => {
  const harness = setUpToolHarness(startMailHarness, { resetTenant: false });

  const fields: MessageCriteria[] = [
    {},
    { from: 'sam@northwind.example' },
    { from: 'Sam' },
    { from: "liam.o'brien@contoso.example" },
    { to: 'jonas.berg@lumenlabs.example' },
    { subject: 'Invoice' },
    { subject: "O'Brien contract" },
    { after: '2026-11-16' },
    { before: '2026-11-18' },
    { after: '2026-11-14', before: '2026-11-19' },
    { unread: true },
    { unread: false },
    { flagged: true },
    { flagged: false },
    { hasAttachments: true },
    { category: 'Customer' },
    { importance: 'high' },
  ];
  const combinations: MessageCriteria[] = [];
  fields.forEach((first, index) =>
    fields.slice(index).forEach((second) => combinations.push({ ...first, ...second })),
  );

  it.each([
    ['list', 'newest'],
    ['list', 'oldest'],
    ['search', 'newest'],
    ['search', 'oldest'],
  ] as const)('every pair of criteria (%s, %s) is accepted without a 400', async (tool, order) => {
    for (const criteria of combinations) {
      const args =
        tool === 'search'
          ? { ...criteria, words: criteria.subject ? undefined : 'invoice OR lunch', order }
          : { ...criteria, order };
      await harness.run(tool === 'search' ? searchMessagesTool : listMessagesTool, args);
    }
    const requests = harness.requests();
    expect(requests.length).toBeGreaterThanOrEqual(combinations.length);
    expect(requests.filter((request) => request.status >= 400)).toEqual([]);
  });

  it('finds what the criteria say (filter and search forms agree)', async () => {
    const names = async (tool: typeof listMessagesTool | typeof searchMessagesTool, args: object) =>
      ((await harness.run(tool, args)).content as { messages: { subject: string }[] }).messages.map(
        (message) => harness.marker.split(message.subject).inside.join(''),
      );
    expect(await names(listMessagesTool, { from: 'sam@northwind.example' })).toEqual([
      'RE: Invoice 4471 for November',
      'Invoice 4471 for November',
    ]);
    expect(await names(searchMessagesTool, { from: 'Sam Whitfield', folder: 'inbox' })).toEqual([
      'RE: Invoice 4471 for November',
      'Invoice 4471 for November',
    ]);
    expect(await names(listMessagesTool, { unread: true, order: 'oldest' })).toEqual([
      'Roadmap review',
      "O'Brien contract renewal",
      'RE: Invoice 4471 for November',
    ]);
    expect(await names(listMessagesTool, { flagged: true })).toEqual(['Invoice 4471 for November']);
    expect(await names(searchMessagesTool, { words: 'invoice', flagged: true })).toEqual([
      'Invoice 4471 for November',
    ]);
    // Local Berlin dates: 2026-11-17 is the invoice (10:00 local), nothing else that day.
    expect(await names(listMessagesTool, { after: '2026-11-17', before: '2026-11-17' })).toEqual([
      'Invoice 4471 for November',
    ]);
    expect(
      await names(searchMessagesTool, { words: 'invoice', after: '2026-11-17', before: '2026-11-17' }),
    ).toEqual(['Invoice 4471 for November']);
    expect(await names(listMessagesTool, { subject: "O'Brien" })).toEqual(["O'Brien contract renewal"]);
    expect(await names(listMessagesTool, { from: "liam.o'brien@contoso.example" })).toEqual([
      "O'Brien contract renewal",
    ]);
    expect(await names(listMessagesTool, { category: 'urgent' })).toEqual(['Roadmap review']);
    expect(await names(searchMessagesTool, { to: 'priya' })).toEqual(['Team lunch Friday']);
    expect(await names(searchMessagesTool, { words: 'renewal OR review', category: 'urgent' })).toEqual([
      'Roadmap review',
    ]);
    expect(await names(searchMessagesTool, { words: 'invoice', unread: true })).toEqual([
      'RE: Invoice 4471 for November',
    ]);
  });

  it('repairs an InefficientFilter 400 once: the retry drops $orderby and the results are sorted here', async () => {
    const plan = planMessageQuery({ unread: true }, { timeZone: BERLIN });
    const refusedShape = {
      ...plan,
      query: { $filter: 'isRead eq false', $orderby: 'receivedDateTime desc' },
    };
    const outcome = await runMessageQuery(
      harness.context(),
      '/me/mailFolders/inbox/messages',
      refusedShape,
      10,
    );
    const requests = harness.requests();
    expect(
      requests.map((request) => [request.status, (request.query as Record<string, string>).$orderby]),
    ).toEqual([
      [400, 'receivedDateTime desc'],
      [200, undefined],
    ]);
    expect(outcome.plan.repairedFrom).toBe('InefficientFilter');
    expect(outcome.messages.map((message) => message.subject)).toEqual([
      'RE: Invoice 4471 for November',
      "O'Brien contract renewal",
      'Roadmap review',
    ]);
  });

  it('repairs SearchWithOrderBy and SearchWithFilter the same way', async () => {
    const plan = planMessageQuery({ words: 'invoice' }, { timeZone: BERLIN });
    const ordered = await runMessageQuery(
      harness.context(),
      '/me/messages',
      { ...plan, query: { ...plan.query, $orderby: 'receivedDateTime asc' }, order: 'oldest' },
      5,
    );
    expect(ordered.plan.repairedFrom).toBe('SearchWithOrderBy');
    expect(ordered.messages[0]?.subject).toBe('Invoice 4471 for November');
    const unreadPlan = planMessageQuery({ words: 'invoice', unread: true }, { timeZone: BERLIN });
    const filtered = await runMessageQuery(
      harness.context(),
      '/me/messages',
      { ...unreadPlan, query: { $search: '"invoice"', $filter: 'isRead eq false' } },
      5,
    );
    expect(filtered.plan.repairedFrom).toBe('SearchWithFilter');
    expect(filtered.messages.map((message) => message.subject)).toEqual(['RE: Invoice 4471 for November']);
    expect(harness.requests().map((request) => request.status)).toEqual([400, 200, 400, 200]);
  });
});
