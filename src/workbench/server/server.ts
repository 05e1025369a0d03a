import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGraphSimulator } from '../../simulators/graph';
import type { GraphSimulator, GraphSimulatorOptions } from '../../simulators/graph/api';
import { serveStatic } from './static-files';

export interface WorkbenchServerOptions {
  /** 0 picks a free port. @default 3000 */
  port?: number;
  /** Loopback only: the workbench has no authentication. @default '127.0.0.1' */
  host?: string;
  /** The webpack output with `workbench/`. @default '<repo>/dist' */
  distDir?: string;
  simulatorOptions?: GraphSimulatorOptions;
}

export interface RunningWorkbenchServer {
  /** e.g. http://127.0.0.1:3000 */
  origin: string;
  /** The workbench page. */
  workbenchUrl: string;
  /** What the pane gets as its Graph base URL: `<origin>/graph/v1.0`. */
  graphBaseUrl: string;
  simulator: GraphSimulator;
  close(): Promise<void>;
}

export const GRAPH_MOUNT = '/graph';
const DEFAULT_DIST = path.resolve(__dirname, '../../../dist');

/** Serves dist/ and mounts the Graph simulator at /graph on one loopback origin. */
export async function startWorkbenchServer(
  options: WorkbenchServerOptions = {},
): Promise<RunningWorkbenchServer> {
  const distDir = path.resolve(options.distDir ?? DEFAULT_DIST);
  if (!existsSync(path.join(distDir, 'workbench', 'index.html'))) {
    throw new Error(`No workbench build in ${distDir}. Run "npm run build" first.`);
  }
  const host = options.host ?? '127.0.0.1';
  const simulator = createGraphSimulator(options.simulatorOptions ?? {});

  const server: Server = createServer((request, response) => {
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    if (pathname === GRAPH_MOUNT || pathname.startsWith(`${GRAPH_MOUNT}/`)) {
      simulator.handle(request, response, GRAPH_MOUNT);
      return;
    }
    if (pathname === '/') {
      response.writeHead(302, { Location: '/workbench/index.html' }).end();
      return;
    }
    serveStatic(distDir, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    workbenchUrl: `${origin}/workbench/index.html`,
    graphBaseUrl: `${origin}${GRAPH_MOUNT}/v1.0`,
    simulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
