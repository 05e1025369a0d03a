/**
 * Parses the OData system query options of a request once, up front, so a malformed `$filter` or `$top` is a
 * 400 before any route logic runs. Option names are matched case-insensitively (`$orderBy` works); Graph v1.0
 * requires the `$` prefix, so `top=5` is just an unknown custom parameter.
 */
import { GraphError } from '../core/errors';
import type { FilterExpression } from './filter-parser';
import { parseFilter } from './filter-parser';
import type { KqlExpression } from './kql';
import { parseKql } from './kql';

export interface OrderByKey {
  /** `from/emailAddress/address` → ['from', 'emailAddress', 'address'] */
  segments: string[];
  descending: boolean;
}

export interface ODataQuery {
  select?: string[];
  expand?: string[];
  top?: number;
  skip?: number;
  skipToken?: string;
  orderBy?: OrderByKey[];
  filter?: FilterExpression;
  /** The raw `$filter` text, for error messages and logs. */
  filterText?: string;
  search?: KqlExpression;
  searchText?: string;
  count: boolean;
  /** Every query parameter as received (decoded), e.g. `startDateTime` on calendarView. */
  raw: URLSearchParams;
  /** Case-insensitive access to any parameter. */
  get(name: string): string | undefined;
}

function queryError(message: string): GraphError {
  return new GraphError(400, 'BadRequest', message);
}

function parseInteger(name: string, value: string): number {
  if (!/^\d+$/.test(value.trim()))
    throw queryError(
      `Invalid value '${value}' for ${name} query option found. The ${name} query option requires a non-negative integer value.`,
    );
  return Number(value.trim());
}

function parseList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function parseOrderBy(value: string): OrderByKey[] {
  return parseList(value).map((clause) => {
    const parts = clause.split(/\s+/);
    const direction = (parts[1] ?? 'asc').toLowerCase();
    if (
      parts.length > 2 ||
      (direction !== 'asc' && direction !== 'desc') ||
      !/^[\w@.]+(\/[\w@.]+)*$/.test(parts[0] as string)
    ) {
      throw queryError(`Syntax error in $orderby clause '${clause}'.`);
    }
    return { segments: (parts[0] as string).split('/'), descending: direction === 'desc' };
  });
}

export function parseODataQuery(raw: URLSearchParams): ODataQuery {
  const lookup = new Map<string, string>();
  raw.forEach((value, key) => {
    if (!lookup.has(key.toLowerCase())) lookup.set(key.toLowerCase(), value);
  });
  const get = (name: string): string | undefined => lookup.get(name.toLowerCase());
  const query: ODataQuery = { count: false, raw, get };
  const select = get('$select');
  if (select !== undefined) query.select = parseList(select);
  const expand = get('$expand');
  if (expand !== undefined) query.expand = parseList(expand);
  const top = get('$top');
  if (top !== undefined) query.top = parseInteger('$top', top);
  const skip = get('$skip');
  if (skip !== undefined) query.skip = parseInteger('$skip', skip);
  const skipToken = get('$skiptoken');
  if (skipToken !== undefined) query.skipToken = skipToken;
  const orderBy = get('$orderby');
  if (orderBy !== undefined) query.orderBy = parseOrderBy(orderBy);
  const filter = get('$filter');
  if (filter !== undefined) {
    query.filterText = filter;
    query.filter = parseFilter(filter);
  }
  const search = get('$search');
  if (search !== undefined) {
    query.searchText = search;
    query.search = parseKql(search);
  }
  const count = get('$count');
  if (count !== undefined) {
    if (count !== 'true' && count !== 'false')
      throw queryError(
        `Invalid value '${count}' for $count query option found. Valid values are 'true' and 'false'.`,
      );
    query.count = count === 'true';
  }
  return query;
}
