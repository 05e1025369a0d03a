/**
 * `ctx.reply`: builders for Graph-shaped responses. `entity` and `collection` apply `$select` (and the collection
 * engine for lists), add `@odata.context` and paging links, so routes only produce full wire JSON.
 */
import { GraphError } from './errors';
import type { SimResponse } from './messages';
import { jsonResponse } from './messages';
import { applyCollectionQuery } from '../odata/collection';
import type { CollectionProfile } from '../odata/profiles';
import type { ODataQuery } from '../odata/query-options';
import { knownProperties, projectEntity, validateSelect } from '../odata/select';

type Wire = Record<string, unknown>;

export interface EntityOptions {
  status?: number;
  headers?: Record<string, string>;
  /** `@odata.context` after `$metadata#`; default derived from the path (`users('id')/messages/$entity`). */
  context?: string;
  /** Every property the type has, to validate `$select`; default: the entity's own keys. */
  properties?: readonly string[];
  /** Type name for `$select` errors. @default 'microsoft.graph.entity' */
  entityType?: string;
  /** Properties left out unless `$select`ed. */
  selectOnly?: readonly string[];
}

export interface CollectionReplyOptions {
  context?: string;
  properties?: readonly string[];
  /** Extra top-level annotations, e.g. `@odata.deltaLink`. */
  annotations?: Record<string, unknown>;
}

export interface Reply {
  /** 200 (or `status`) with one entity. */
  entity(value: Wire, options?: EntityOptions): SimResponse;
  /** 201 with the created entity and a `Location` header. */
  created(value: Wire, options?: EntityOptions & { location?: string }): SimResponse;
  /** A page of a collection after `$filter`/`$search`/`$orderby`/paging/`$select`, with nextLink and count. */
  collection(
    items: readonly Wire[],
    profile: CollectionProfile,
    options?: CollectionReplyOptions,
  ): SimResponse;
  noContent(headers?: Record<string, string>): SimResponse;
  accepted(headers?: Record<string, string>): SimResponse;
  /** JSON as given, no envelope. */
  json(status: number, value: unknown, headers?: Record<string, string>): SimResponse;
  text(status: number, text: string, contentType?: string, headers?: Record<string, string>): SimResponse;
  bytes(
    status: number,
    bytes: Uint8Array,
    contentType: string,
    headers?: Record<string, string>,
  ): SimResponse;
  redirect(location: string, status?: number): SimResponse;
  /** Throws a Graph error (never returns). */
  error(status: number, code: string, message: string, headers?: Record<string, string>): never;
}

export interface ReplyInput {
  query: ODataQuery;
  /** Decoded path after /v1.0. */
  path: string;
  /** Raw (encoded) path after /v1.0, for links. */
  rawPath: string;
  graphBaseUrl: string;
  userId: string;
  /** Template the route matched, to tell entity paths from collection paths. */
  template: string;
}

/** `users('uid')/mailFolders('inbox')/messages` from `/me/mailFolders/inbox/messages`. */
function contextPath(input: ReplyInput, entity: boolean): string {
  const templateSegments = input.template.split('/').slice(1);
  const pathSegments = input.path.split('/').slice(1);
  const parts: string[] = [];
  pathSegments.forEach((segment, index) => {
    const templateSegment = templateSegments[index] ?? '';
    if (index === 0 && segment === 'me') parts.push(`users('${input.userId}')`);
    else if (/^\{[^}]+\}$/.test(templateSegment))
      parts[parts.length - 1] += `('${segment.replace(/'/g, "''")}')`;
    else parts.push(segment);
  });
  if (entity) {
    const last = parts[parts.length - 1] ?? '';
    if (/\('.*'\)$/.test(last)) parts[parts.length - 1] = last.replace(/\('.*'\)$/, '');
    if (parts.length === 1 && parts[0]?.startsWith('users(')) return 'users/$entity';
    return `${parts.join('/')}/$entity`;
  }
  return parts.join('/');
}

function withSelect(context: string, select: readonly string[] | undefined): string {
  if (!select || select.length === 0) return context;
  if (context.endsWith('/$entity'))
    return `${context.slice(0, -'/$entity'.length)}(${select.join(',')})/$entity`;
  return `${context}(${select.join(',')})`;
}

function encodeQueryValue(value: string): string {
  return encodeURIComponent(value)
    .replace(/%24/g, '$')
    .replace(/%2C/gi, ',')
    .replace(/%2F/gi, '/')
    .replace(/%3A/gi, ':')
    .replace(/%40/g, '@');
}

/** The next-page URL: the original options kept in order, `$skip`/`$skiptoken` replaced. */
export function buildNextLink(input: ReplyInput, next: { name: string; value: string }): string {
  const parts: string[] = [];
  let replaced = false;
  input.query.raw.forEach((value, key) => {
    const lower = key.toLowerCase();
    if (lower === next.name.toLowerCase()) {
      if (!replaced) parts.push(`${next.name}=${encodeQueryValue(next.value)}`);
      replaced = true;
    } else if (!(next.name === '$skiptoken' && lower === '$skip'))
      parts.push(`${key}=${encodeQueryValue(value)}`);
  });
  if (!replaced) parts.push(`${next.name}=${encodeQueryValue(next.value)}`);
  return `${input.graphBaseUrl}${input.rawPath}?${parts.join('&')}`;
}

export function createReply(input: ReplyInput): Reply {
  const metadata = `${input.graphBaseUrl}/$metadata#`;
  const entity = (value: Wire, options: EntityOptions = {}): SimResponse => {
    const select = input.query.select;
    if (select)
      validateSelect(
        select,
        knownProperties([value], [...(options.properties ?? []), ...(options.selectOnly ?? [])]),
        options.entityType ?? 'microsoft.graph.entity',
      );
    const context = options.context ?? withSelect(contextPath(input, true), select);
    const body = {
      '@odata.context': `${metadata}${context}`,
      ...projectEntity(value, select, options.selectOnly),
    };
    return jsonResponse(options.status ?? 200, body, options.headers);
  };
  return {
    entity,
    created: (value, options = {}) => {
      const id = typeof value.id === 'string' ? value.id : undefined;
      const location =
        options.location ??
        (id ? `${input.graphBaseUrl}${input.rawPath}('${encodeURIComponent(id)}')` : undefined);
      return entity(value, {
        ...options,
        status: options.status ?? 201,
        headers: { ...(location ? { location } : {}), ...options.headers },
      });
    },
    collection: (items, profile, options = {}) => {
      const page = applyCollectionQuery(items, input.query, profile, { properties: options.properties });
      const body: Wire = {
        '@odata.context': `${metadata}${options.context ?? withSelect(contextPath(input, false), input.query.select)}`,
      };
      if (input.query.count) body['@odata.count'] = page.count;
      Object.assign(body, options.annotations);
      body.value = page.value;
      if (page.next) body['@odata.nextLink'] = buildNextLink(input, page.next);
      return jsonResponse(200, body);
    },
    noContent: (headers = {}) => ({ status: 204, headers, body: { kind: 'none' } }),
    accepted: (headers = {}) => ({ status: 202, headers, body: { kind: 'none' } }),
    json: (status, value, headers = {}) => jsonResponse(status, value, headers),
    text: (status, text, contentType = 'text/plain', headers = {}) => ({
      status,
      headers: { 'content-type': contentType, ...headers },
      body: { kind: 'text', value: text },
    }),
    bytes: (status, bytes, contentType, headers = {}) => ({
      status,
      headers: { 'content-type': contentType, ...headers },
      body: { kind: 'bytes', value: bytes },
    }),
    redirect: (location, status = 302) => ({ status, headers: { location }, body: { kind: 'none' } }),
    error: (status, code, message, headers) => {
      throw new GraphError(status, code, message, headers);
    },
  };
}
