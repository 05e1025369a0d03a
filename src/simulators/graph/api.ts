/**
 * The public face of the Graph simulator (dev-only). The core is one in-memory implementation; it runs
 * in-process (jest), behind a Node HTTP server (`npm run graph-sim`), and mounted inside the workbench server.
 * The handler serves `/v1.0/...` (Graph) and `/_sim/...` (test controls) relative to its mount point.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggedRequest } from './core/request-log';
import type { RouteDefinition } from './core/route';
import type { SimResponse } from './core/messages';
import type { GraphStore } from './store/store';

export interface GraphSimulatorOptions {
  /** Seed for the deterministic demo tenant (and for fault injection). @default 1 */
  seed?: number;
  /** The simulator's "now" (ISO 8601); the demo tenant's dates are generated around it. @default '2026-11-20T09:00:00Z' */
  now?: string;
  /** A tenant in the documented seed format instead of the generated demo tenant. */
  tenant?: unknown;
  /** Origins allowed by CORS. @default any http(s)://127.0.0.1 or localhost origin */
  corsOrigins?: string[];
  /** Routes that take precedence over the area routes (tests use this to exercise the engine with their own collections). */
  extraRoutes?: readonly RouteDefinition[];
}

/** Body for `GraphSimulator.request`: an object is sent as JSON, a string or bytes as is. */
export interface InProcessRequestInit {
  headers?: Record<string, string>;
  body?: unknown;
}

export interface GraphSimulator {
  /** Node request handler for `/v1.0/*` and `/_sim/*`; `basePath` is stripped first (e.g. '/graph' when mounted). */
  handle(request: IncomingMessage, response: ServerResponse, basePath?: string): void;
  /** Issues a dev bearer token for these scopes (what `POST /_sim/token` does). */
  issueToken(scopes: readonly string[], expiresInSeconds?: number): string;
  /** The whole store as JSON (what `GET /_sim/state` returns). */
  state(): unknown;
  /** Back to the last loaded tenant (options or `loadTenant`); clears faults and the request log. Tokens survive. */
  reset(): void;
  /** A WHATWG `fetch` served in-process (no port): `${origin}/v1.0/...` and `${origin}/_sim/...`. */
  fetch: typeof fetch;
  /** In-process request without HTTP, e.g. `request('GET', '/v1.0/me', { headers: { authorization } })`. */
  request(method: string, pathAndQuery: string, init?: InProcessRequestInit): Promise<SimResponse>;
  /** The live store (typed), for tests that arrange or assert state directly. */
  store(): GraphStore;
  /** Every registered route (for the contract test). */
  routes(): readonly RouteDefinition[];
  /** Loads a tenant in the seed format (what `POST /_sim/seed` does); `now` overrides the seed's clock. */
  loadTenant(seed: unknown, now?: string): void;
  /** What `POST /_sim/faults` does. */
  configureFaults(config: unknown): void;
  /** What `GET /_sim/requests?since=N` returns. */
  requests(since?: number): LoggedRequest[];
}

export interface StartGraphSimulatorOptions extends GraphSimulatorOptions {
  /** 0 = an ephemeral port. @default 4100 */
  port?: number;
  /** Loopback only. @default '127.0.0.1' */
  host?: '127.0.0.1' | 'localhost';
}

export interface RunningGraphSimulator extends GraphSimulator {
  /** e.g. http://127.0.0.1:4100 — Graph is at `${origin}/v1.0`. */
  origin: string;
  close(): Promise<void>;
}
