/**
 * The simulator's own test controls under `/_sim` (never under `/v1.0`; no auth):
 *   POST   /_sim/token     {"scopes": [...], "expiresInSeconds"?: n} → {"access_token","token_type","expires_in","scope"}
 *   GET    /_sim/state     the whole store as JSON (incl. `outbox`)
 *   POST   /_sim/reset     back to the last loaded tenant; clears faults and the request log
 *   POST   /_sim/seed      load a tenant in the seed format (docs/graph-simulator.md); `?now=` or `"now"` sets the clock
 *   POST   /_sim/clock     {"now": "2026-11-20T09:00:00Z"} moves the tenant's clock
 *   POST   /_sim/faults    {"seed": 1, "rules": [...]}; `{"rules": []}` clears.  GET returns the current rules.
 *   GET    /_sim/requests  the request log (`?since=N`); DELETE clears it
 */
import { faultConfigSchema } from './faults';
import type { SimResponse } from './messages';
import { jsonResponse } from './messages';

export interface SimControlsTarget {
  issueToken(scopes: readonly string[], expiresInSeconds?: number): { access_token: string };
  state(): unknown;
  reset(): void;
  loadTenant(seed: unknown, now?: string): void;
  setNow(now: string): void;
  configureFaults(config: unknown): void;
  faults(): unknown;
  requests(since: number): { value: unknown[]; lastSequence: number };
  clearRequests(): void;
}

function problem(status: number, message: string): SimResponse {
  return jsonResponse(status, { error: { code: status === 404 ? 'NotFound' : 'BadRequest', message } });
}

function parseJson(body: Uint8Array): unknown {
  return body.length === 0 ? {} : JSON.parse(Buffer.from(body).toString('utf8'));
}

export function handleSimControl(
  target: SimControlsTarget,
  method: string,
  path: string,
  query: URLSearchParams,
  body: Uint8Array,
): SimResponse {
  const route = `${method.toUpperCase()} ${path.replace(/\/+$/, '')}`;
  try {
    switch (route) {
      case 'POST /_sim/token': {
        const payload = parseJson(body) as { scopes?: unknown; expiresInSeconds?: unknown };
        if (!Array.isArray(payload.scopes) || !payload.scopes.every((scope) => typeof scope === 'string'))
          return problem(400, 'Body must be {"scopes": ["Mail.Read", ...]}.');
        const expires = typeof payload.expiresInSeconds === 'number' ? payload.expiresInSeconds : undefined;
        return jsonResponse(200, target.issueToken(payload.scopes as string[], expires));
      }
      case 'GET /_sim/state':
        return jsonResponse(200, target.state());
      case 'POST /_sim/reset':
        target.reset();
        return { status: 204, headers: {}, body: { kind: 'none' } };
      case 'POST /_sim/seed':
        target.loadTenant(parseJson(body), query.get('now') ?? undefined);
        return { status: 204, headers: {}, body: { kind: 'none' } };
      case 'POST /_sim/clock': {
        const payload = parseJson(body) as { now?: unknown };
        if (typeof payload.now !== 'string' || Number.isNaN(Date.parse(payload.now)))
          return problem(400, 'Body must be {"now": "<ISO 8601>"}.');
        target.setNow(payload.now);
        return { status: 204, headers: {}, body: { kind: 'none' } };
      }
      case 'POST /_sim/faults': {
        const parsed = faultConfigSchema.safeParse(parseJson(body));
        if (!parsed.success)
          return problem(
            400,
            `Invalid fault configuration: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
          );
        target.configureFaults(parsed.data);
        return jsonResponse(200, parsed.data);
      }
      case 'GET /_sim/faults':
        return jsonResponse(200, target.faults());
      case 'GET /_sim/requests':
        return jsonResponse(200, target.requests(Number(query.get('since') ?? 0) || 0));
      case 'DELETE /_sim/requests':
        target.clearRequests();
        return { status: 204, headers: {}, body: { kind: 'none' } };
      default:
        return problem(404, `No simulator control ${route}. See docs/graph-simulator.md.`);
    }
  } catch (error) {
    return problem(400, error instanceof Error ? error.message : String(error));
  }
}
