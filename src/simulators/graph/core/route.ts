/**
 * The route-registration API area modules use:
 *
 *   export const mailRoutes = [
 *     defineRoute({
 *       method: 'GET',
 *       template: '/me/messages/{message-id}',   // the OpenAPI subset's template (a contract test checks it)
 *       scopes: ['Mail.Read'],                    // any one suffices; ReadWrite implies Read
 *       prefer: ['body-content-type', 'immutable-id'],
 *       handle: (ctx) => ctx.reply.entity(toWire(findMessage(ctx, ctx.params['message-id']))),
 *     }),
 *   ];
 *
 * Handlers return a `SimResponse` built with `ctx.reply`, or throw a `GraphError` (see `graphErrors`).
 */
import type { IdFactory } from './ids';
import type { HttpMethod, SimResponse } from './messages';
import type { PreferenceName, Preferences } from './prefer';
import type { RequestBody } from './request-body';
import type { Reply } from './reply';
import type { ODataQuery } from '../odata/query-options';
import type { GraphStore } from '../store/store';

export interface RouteContext {
  method: HttpMethod;
  /** Decoded path after `/v1.0`. */
  path: string;
  /** Template parameters, percent-decoded (`message-id` → the id as stored). */
  params: Record<string, string>;
  /** Parsed OData options plus every raw parameter (`ctx.query.get('startDateTime')`). */
  query: ODataQuery;
  /** Request headers, names lower-cased. */
  headers: Record<string, string>;
  body: RequestBody;
  /** The live tenant; mutate it directly. */
  store: GraphStore;
  /** Mints ids for new objects (deterministic per simulator seed). */
  ids: IdFactory;
  /** The simulator's clock. */
  now(): Date;
  /** Parsed `Prefer` header. Preferences listed in the route's `prefer` are applied to the reply automatically. */
  prefer: Preferences;
  /** Scopes the bearer token carries (already checked against the route's `scopes`). */
  scopes: readonly string[];
  requestId: string;
  /** e.g. `http://127.0.0.1:4100/v1.0` — for Location headers and links. */
  graphBaseUrl: string;
  reply: Reply;
}

export interface RouteDefinition {
  method: HttpMethod;
  /** OpenAPI path template, e.g. `/me/messages/{message-id}` or `/me/drive/root/search(q='{q}')`. */
  template: string;
  /** Delegated scopes, any one of which allows the call; `X.ReadWrite` satisfies `X.Read`. */
  scopes: readonly string[];
  /** Prefer headers this operation honours; the dispatcher applies them and sets `Preference-Applied`. */
  prefer?: readonly PreferenceName[];
  /**
   * Custom matcher for paths a template cannot express (OneDrive `root:/{path}:`). Gets the decoded path after
   * `/v1.0` and returns params or undefined. `template` must still name the equivalent OpenAPI operation.
   */
  match?: (path: string) => Record<string, string> | undefined;
  /** 403 code when a scope is missing. @default 'ErrorAccessDenied' (OneDrive/OneNote routes: 'accessDenied') */
  accessDeniedCode?: string;
  handle(context: RouteContext): SimResponse | Promise<SimResponse>;
}

/** Identity helper that gives route literals their type (and a place to add checks later). */
export function defineRoute(route: RouteDefinition): RouteDefinition {
  return route;
}
