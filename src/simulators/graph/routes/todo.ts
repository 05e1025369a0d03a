/**
 * Todo routes. Empty for now: the todo area fills this list.
 *
 * How to add a route (full guide: docs/graph-simulator.md, "Adding routes"):
 *   1. Pick the operation's template and method from ../shared/graph/graph-v1.0-subset.openapi.json
 *      (the contract test fails for a template that is not there).
 *   2. Push `defineRoute({ method, template, scopes, prefer?, handle })` onto `todoRoutes`.
 *   3. In `handle(ctx)` read/modify `ctx.store.*`, convert records to wire JSON and answer with
 *      `ctx.reply.entity(...)` / `ctx.reply.collection(items, collectionProfiles.X)` / `ctx.reply.created(...)` /
 *      `ctx.reply.noContent()`, or throw `graphErrors.itemNotFound()` and friends.
 */
import type { RouteDefinition } from '../core/route';

export const todoRoutes: RouteDefinition[] = [];
