/**
 * The public face of the Graph simulator (dev-only). The core is one in-memory implementation; it runs
 * in-process (jest), behind a Node HTTP server (`npm run graph-sim`), and mounted inside the workbench server.
 * The handler serves `/v1.0/...` (Graph) and `/_sim/...` (test controls) relative to its mount point.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface GraphSimulatorOptions {
  /** Seed for the deterministic demo tenant (and for fault injection). @default 1 */
  seed?: number;
  /** The simulator's "now" (ISO 8601); the demo tenant's dates are generated around it. @default '2026-11-20T09:00:00Z' */
  now?: string;
  /** A tenant in the documented seed format instead of the generated demo tenant. */
  tenant?: unknown;
  /** Origins allowed by CORS. @default any http(s)://127.0.0.1 or localhost origin */
  corsOrigins?: string[];
}

export interface GraphSimulator {
  /** Node request handler for `/v1.0/*` and `/_sim/*`; `basePath` is stripped first (e.g. '/graph' when mounted). */
  handle(request: IncomingMessage, response: ServerResponse, basePath?: string): void;
  /** Issues a dev bearer token for these scopes (what `POST /_sim/token` does). */
  issueToken(scopes: readonly string[]): string;
  /** The whole store as JSON (what `GET /_sim/state` returns). */
  state(): unknown;
  reset(): void;
}

export interface RunningGraphSimulator extends GraphSimulator {
  /** e.g. http://127.0.0.1:4100 — Graph is at `${origin}/v1.0`. */
  origin: string;
  close(): Promise<void>;
}
