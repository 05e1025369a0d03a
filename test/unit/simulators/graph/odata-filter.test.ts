import { matchesFilter } from '../../../../src/simulators/graph/odata/filter-evaluate';
import { filterPropertyPaths, parseFilter } from '../../../../src/simulators/graph/odata/filter-parser';
import { GraphError } from '../../../../src/simulators/graph/core/errors';

const message = {
  id: 'AAMkAD-1=',
  subject: "Let's meet on Friday",
  isRead: false,
  importance: 'high',
  receivedDateTime: '2026-11-19T10:00:00Z',
  from: { emailAddress: { name: 'Jonas Berg', address: 'jonas.berg@lumenlabs.example' } },
  categories: ['Customer', 'Follow up'],
  flag: { flagStatus: 'flagged' },
  parentFolderId: null,
  size: 2048,
};

const matches = (filter: string): boolean => matchesFilter(parseFilter(filter), message);

describe('$filter parser and evaluator', () => {
  it('compares with eq/ne/gt/ge/lt/le on strings, numbers, booleans and datetimes', () => {
    expect(matches("importance eq 'high'")).toBe(true);
    expect(matches("importance eq 'HIGH'")).toBe(true);
    expect(matches("importance ne 'high'")).toBe(false);
    expect(matches('isRead eq false')).toBe(true);
    expect(matches('size gt 1000 and size le 2048')).toBe(true);
    expect(matches('size lt 2048')).toBe(false);
    expect(matches('receivedDateTime ge 2026-11-19T00:00:00Z')).toBe(true);
    expect(matches('receivedDateTime lt 2026-11-19T09:59:59Z')).toBe(false);
    expect(matches('receivedDateTime ge 2026-11-19')).toBe(true);
  });

  it('combines with and/or/not and parentheses, with and binding tighter than or', () => {
    expect(matches("isRead eq true or importance eq 'high' and size gt 10")).toBe(true);
    expect(matches("(isRead eq true or importance eq 'low') and size gt 10")).toBe(false);
    expect(matches('not (isRead eq true)')).toBe(true);
    expect(matches('not isRead eq false')).toBe(false);
  });

  it('supports startswith/endswith/contains (case-insensitive) and tolower', () => {
    expect(matches("startswith(subject, 'let''s')")).toBe(true);
    expect(matches("endswith(from/emailAddress/address, '@lumenlabs.example')")).toBe(true);
    expect(matches("contains(subject, 'FRIDAY')")).toBe(true);
    expect(matches("contains(subject, 'Monday')")).toBe(false);
    expect(matches("tolower(from/emailAddress/name) eq 'jonas berg'")).toBe(true);
  });

  it('reads doubled quotes inside string literals', () => {
    expect(matches("subject eq 'Let''s meet on Friday'")).toBe(true);
  });

  it('evaluates categories/any(c:c eq X) lambdas and nested paths', () => {
    expect(matches("categories/any(c:c eq 'Customer')")).toBe(true);
    expect(matches("categories/any(c: c eq 'Red category')")).toBe(false);
    expect(matches("flag/flagStatus eq 'flagged'")).toBe(true);
    expect(matches("from/emailAddress/address eq 'jonas.berg@lumenlabs.example'")).toBe(true);
  });

  it('treats null as a value', () => {
    expect(matches('parentFolderId eq null')).toBe(true);
    expect(matches('subject ne null')).toBe(true);
    expect(matches('missingProperty eq null')).toBe(true);
  });

  it('rejects unsupported syntax with a 400 instead of matching everything', () => {
    for (const bad of [
      "subject has 'x'",
      "unknownfn(subject, 'x')",
      "subject eq 'unterminated",
      'subject eq',
      '(isRead eq true',
      "subject in ('a','b')",
      '',
    ]) {
      let error: unknown;
      try {
        parseFilter(bad);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(GraphError);
      expect((error as GraphError).status).toBe(400);
    }
  });

  it('lists referenced properties in order of first appearance', () => {
    expect(
      filterPropertyPaths(
        parseFilter(
          "receivedDateTime ge 2026-01-01 and from/emailAddress/address eq 'a' and categories/any(c:c eq 'x') and receivedDateTime le 2026-12-01",
        ),
      ),
    ).toEqual(['receivedDateTime', 'from/emailAddress/address', 'categories']);
  });
});
