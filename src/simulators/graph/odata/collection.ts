/**
 * The generic collection engine every list route uses: restrictions → $filter → $search → $orderby → $count →
 * paging → $select. Works on wire-shaped JSON (what the route would return), so nested paths such as
 * `from/emailAddress/address` need no per-area code.
 */
import { GraphError } from '../core/errors';
import { filterPropertyPaths } from './filter-parser';
import { matchesFilter } from './filter-evaluate';
import { matchesKql } from './kql';
import type { CollectionProfile } from './profiles';
import type { ODataQuery, OrderByKey } from './query-options';
import { knownProperties, projectEntity, validateSelect } from './select';
import { compareValues, readPath } from './values';

type Wire = Record<string, unknown>;

export interface CollectionPage {
  value: Wire[];
  /** Total after filtering/search (for `$count=true`). */
  count: number;
  /** Query parameter to set on the next-page link, when there is a next page. */
  next?: { name: '$skip' | '$skiptoken'; value: string };
}

export function sortEntities(entities: readonly Wire[], keys: readonly OrderByKey[]): Wire[] {
  return entities
    .map((entity, index) => ({ entity, index }))
    .sort((left, right) => {
      for (const key of keys) {
        const order = compareValues(
          readPath(left.entity, key.segments),
          readPath(right.entity, key.segments),
        );
        if (order !== 0) return key.descending ? -order : order;
      }
      return left.index - right.index;
    })
    .map(({ entity }) => entity);
}

export function encodeSkipToken(offset: number): string {
  return Buffer.from(`RFNwdAIAAQAA:${offset}`).toString('base64').replace(/=+$/, '');
}

export function decodeSkipToken(token: string): number {
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const match = /^RFNwdAIAAQAA:(\d+)$/.exec(decoded);
  if (!match) throw new GraphError(400, 'BadRequest', 'The $skiptoken value is invalid or has expired.');
  return Number(match[1]);
}

function checkRestrictions(query: ODataQuery, profile: CollectionProfile): void {
  for (const option of profile.unsupportedOptions ?? []) {
    const present = {
      $top: query.top,
      $skip: query.skip,
      $search: query.search,
      $filter: query.filter,
      $orderby: query.orderBy,
      $count: query.count || undefined,
    }[option];
    if (present !== undefined)
      throw new GraphError(
        400,
        'BadRequest',
        `The query parameter '${option}' is not supported on this collection.`,
      );
  }
  if (query.search) {
    if (!profile.search)
      throw new GraphError(
        400,
        'BadRequest',
        `The query parameter '$search' is not supported on type '${profile.entityType}'.`,
      );
    if (query.orderBy)
      throw new GraphError(
        400,
        'SearchWithOrderBy',
        "The query parameter '$orderBy' is not supported with '$search'.",
      );
    if (query.filter)
      throw new GraphError(
        400,
        'SearchWithFilter',
        "The query parameter '$filter' is not supported with '$search'.",
      );
  }
  if (profile.restrictFilterOrderBy && query.filter && query.orderBy) {
    const filterPaths = filterPropertyPaths(query.filter).map((path) => path.toLowerCase());
    const orderPaths = query.orderBy.map((key) => key.segments.join('/').toLowerCase());
    const leading = orderPaths.every((path, index) => filterPaths[index] === path);
    if (!leading)
      throw new GraphError(
        400,
        'InefficientFilter',
        'The restriction or sort order is too complex for this operation.',
      );
  }
  if (query.top !== undefined && profile.maxTop !== undefined && query.top > profile.maxTop) {
    throw new GraphError(
      400,
      'BadRequest',
      `The limit of '${profile.maxTop}' for Top query has been exceeded. The value from the incoming request is '${query.top}'.`,
    );
  }
}

export interface CollectionOptions {
  /** Every property the entity type has, for `$select` validation; defaults to the keys seen in the items. */
  properties?: readonly string[];
}

export function applyCollectionQuery(
  entities: readonly Wire[],
  query: ODataQuery,
  profile: CollectionProfile,
  options: CollectionOptions = {},
): CollectionPage {
  checkRestrictions(query, profile);
  if (query.select)
    validateSelect(
      query.select,
      knownProperties(entities, [...(options.properties ?? []), ...(profile.selectOnly ?? [])]),
      profile.entityType,
    );
  let matched: Wire[] = [...entities];
  if (query.filter) {
    const filter = query.filter;
    matched = matched.filter((entity) => matchesFilter(filter, entity));
  }
  if (query.search && profile.search) {
    const search = query.search;
    const fields = profile.search;
    matched = sortEntities(
      matched.filter((entity) => matchesKql(search, entity, fields)),
      fields.sortBy,
    ).slice(0, fields.maxResults);
  } else {
    const order = query.orderBy ?? profile.defaultOrderBy;
    if (order) matched = sortEntities(matched, order);
  }
  const offset = query.skipToken !== undefined ? decodeSkipToken(query.skipToken) : (query.skip ?? 0);
  const pageSize = query.top ?? profile.defaultTop ?? matched.length;
  const page = matched.slice(offset, offset + pageSize);
  const result: CollectionPage = {
    value: page.map((entity) => projectEntity(entity, query.select, profile.selectOnly)),
    count: matched.length,
  };
  const nextOffset = offset + pageSize;
  if (pageSize > 0 && nextOffset < matched.length) {
    result.next =
      profile.paging === 'skip'
        ? { name: '$skip', value: String(nextOffset) }
        : { name: '$skiptoken', value: encodeSkipToken(nextOffset) };
  }
  return result;
}
