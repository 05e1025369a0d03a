/** Public entry of the Graph simulator: `createGraphSimulator` (in-process) and `startGraphSimulator` (HTTP). */
import { createServer } from 'node:http';
import type {
  GraphSimulator,
  GraphSimulatorOptions,
  RunningGraphSimulator,
  StartGraphSimulatorOptions,
} from './api';
import { createGraphSimulator as create } from './core/simulator';

export type {
  GraphSimulator,
  GraphSimulatorOptions,
  RunningGraphSimulator,
  StartGraphSimulatorOptions,
} from './api';
export { defineRoute } from './core/route';
export type { RouteContext, RouteDefinition } from './core/route';
export { GraphError, graphErrors } from './core/errors';
export { collectionProfiles } from './odata/profiles';
export { drivePathMatcher } from './core/path-addressing';
export { buildDemoTenant, tenantSeedSchema } from './seed/tenant';
export type { TenantSeed } from './seed/tenant';
export type { GraphStore } from './store/store';

export function createGraphSimulator(options: GraphSimulatorOptions = {}): GraphSimulator {
  return create(options);
}

/** Serves the simulator on loopback; resolves once listening. `port: 0` picks a free port (see `origin`). */
export function startGraphSimulator(
  options: StartGraphSimulatorOptions = {},
): Promise<RunningGraphSimulator> {
  const simulator = create(options);
  const server = createServer((request, response) => simulator.handle(request, response));
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4100, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        ...simulator,
        origin: `http://${host}:${port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
  });
}
