import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server received it. */
export interface ReceivedRequest {
  method: string;
  /** Path and query exactly as sent on the wire. */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  receivedAt: number;
}

export interface ScriptedReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Hold the answer this long (to provoke client timeouts). */
  delayMs?: number;
}

export type Script = (request: ReceivedRequest, index: number) => ScriptedReply | Promise<ScriptedReply>;

export interface ScriptedServer {
  origin: string;
  /** Graph root at `${origin}/v1.0`. */
  baseUrl: string;
  received: ReceivedRequest[];
  setScript(script: Script): void;
  close(): Promise<void>;
}

/** A throwaway loopback HTTP server that answers from a script and records what it received. */
export async function startScriptedServer(
  script: Script = () => ({ status: 200, body: {} }),
): Promise<ScriptedServer> {
  const received: ReceivedRequest[] = [];
  let current = script;
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', async () => {
      const request: ReceivedRequest = {
        method: incoming.method ?? 'GET',
        url: incoming.url ?? '/',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        receivedAt: Date.now(),
      };
      received.push(request);
      const reply = await current(request, received.length - 1);
      if (reply.delayMs) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, reply.delayMs);
          timers.add(timer);
        });
      }
      if (outgoing.destroyed) return;
      const isBytes = reply.body instanceof Uint8Array;
      const headers: Record<string, string> = { ...reply.headers };
      if (reply.body !== undefined && !isBytes && typeof reply.body !== 'string')
        headers['content-type'] ??= 'application/json';
      outgoing.writeHead(reply.status, headers);
      if (reply.body === undefined) outgoing.end();
      else if (isBytes || typeof reply.body === 'string') outgoing.end(reply.body);
      else outgoing.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    baseUrl: `${origin}/v1.0`,
    received,
    setScript: (next) => (current = next),
    close: () =>
      new Promise<void>((resolve) => {
        timers.forEach((timer) => clearTimeout(timer));
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A token source that hands out numbered tokens and records what it was asked for. */
export function recordingTokenSource() {
  const calls: { scopes: readonly string[]; forceRefresh: boolean }[] = [];
  let issued = 0;
  return {
    calls,
    getAccessToken: async (scopes: readonly string[], options?: { forceRefresh?: boolean }) => {
      calls.push({ scopes, forceRefresh: options?.forceRefresh ?? false });
      issued += 1;
      return `token-${issued}`;
    },
  };
}

export function graphError(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): ScriptedReply {
  return { status, headers, body: { error: { code, message, innerError: { 'request-id': `rid-${code}` } } } };
}
