/** Composes store, router, auth, faults, log and controls into one simulator (`createGraphSimulator`). */
import type { GraphSimulator, GraphSimulatorOptions } from '../api';
import { TokenRegistry } from './auth';
import { runBatch } from './batch';
import { createDispatcher } from './dispatcher';
import type { FaultConfig } from './faults';
import { FaultInjector, faultConfigSchema } from './faults';
import { createInProcessFetch, createNodeHandler, routeRequest } from './http';
import type { IdFactory } from './ids';
import type { SimRequest, SimResponse } from './messages';
import { RequestLog } from './request-log';
import type { RouteDefinition } from './route';
import { defineRoute } from './route';
import { Router } from './router';
import { handleSimControl } from './sim-controls';
import { areaRoutes } from '../routes';
import { handleDriveTransfer } from '../routes/onedrive-transfer';
import { buildDemoTenant, DEFAULT_NOW, loadTenant, parseTenantSeed } from '../seed/tenant';
import type { TenantSeed } from '../seed/tenant';
import type { GraphStore } from '../store/store';

/** Origin used by the in-process `fetch` when a caller passes a relative URL. */
export const IN_PROCESS_ORIGIN = 'http://graph.sim.localhost';

export function createGraphSimulator(options: GraphSimulatorOptions = {}): GraphSimulator {
  const seedNumber = options.seed ?? 1;
  let tenant: TenantSeed = options.tenant === undefined ? buildDemoTenant() : parseTenantSeed(options.tenant);
  let tenantNow: string | undefined = options.now ?? (options.tenant === undefined ? DEFAULT_NOW : undefined);
  let store: GraphStore;
  let ids: IdFactory;
  const load = (): void => {
    ({ store, ids } = loadTenant(tenant, { seed: seedNumber, now: tenantNow }));
  };
  load();

  const tokens = new TokenRegistry();
  const faults = new FaultInjector();
  const log = new RequestLog();
  let dispatch: (request: SimRequest) => Promise<SimResponse> = () => Promise.reject(new Error('not ready'));
  const batchRoute = defineRoute({
    method: 'POST',
    template: '/$batch',
    scopes: [],
    handle: async (context) => {
      const outer: SimRequest = {
        method: 'POST',
        path: '/$batch',
        query: '',
        headers: context.headers,
        body: context.body.bytes,
        origin: context.graphBaseUrl.replace(/\/v1\.0$/, ''),
      };
      return context.reply.json(200, await runBatch(context.body.json(), outer, dispatch));
    },
  });
  // Extra routes come first so a test's own route wins over an area route with the same template.
  const routes: RouteDefinition[] = [...(options.extraRoutes ?? []), ...areaRoutes(), batchRoute];
  const router = new Router(routes);
  dispatch = createDispatcher({ store: () => store, ids: () => ids, router, tokens, faults, log });

  const target = {
    dispatch: (request: SimRequest) => dispatch(request),
    transfer: (request: SimRequest) =>
      handleDriveTransfer({ store: () => store, ids: () => ids, log }, request),
    control: (method: string, path: string, query: URLSearchParams, body: Uint8Array) =>
      handleSimControl(
        {
          issueToken: (scopes, expiresInSeconds) => tokens.issue(scopes, expiresInSeconds),
          state: () => store,
          reset: () => simulator.reset(),
          loadTenant: (seed, now) => simulator.loadTenant(seed, now),
          setNow: (now) => {
            store.now = new Date(Date.parse(now)).toISOString();
          },
          configureFaults: (config) => simulator.configureFaults(config as FaultConfig),
          faults: () => faults.current(),
          requests: (since) => ({ value: log.since(since), lastSequence: log.lastSequence }),
          clearRequests: () => log.clear(),
        },
        method,
        path,
        query,
        body,
      ),
  };

  const simulator: GraphSimulator = {
    handle: createNodeHandler(target, options.corsOrigins),
    fetch: createInProcessFetch(target, IN_PROCESS_ORIGIN),
    request: (method, pathAndQuery, init = {}) => {
      const body =
        init.body === undefined
          ? new Uint8Array()
          : typeof init.body === 'string'
            ? Buffer.from(init.body)
            : init.body instanceof Uint8Array
              ? init.body
              : Buffer.from(JSON.stringify(init.body));
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
      if (init.body !== undefined && typeof init.body === 'object' && !(init.body instanceof Uint8Array))
        headers['content-type'] ??= 'application/json';
      return routeRequest(target, method, pathAndQuery, headers, body, IN_PROCESS_ORIGIN);
    },
    issueToken: (scopes, expiresInSeconds) => tokens.issue(scopes, expiresInSeconds).access_token,
    state: () => store,
    store: () => store,
    routes: () => routes,
    reset: () => {
      load();
      faults.configure({ rules: [] });
      log.clear();
    },
    loadTenant: (seed, now) => {
      tenant = parseTenantSeed(seed);
      tenantNow = now;
      load();
    },
    configureFaults: (config) => faults.configure(faultConfigSchema.parse(config)),
    requests: (since = 0) => log.since(since),
  };
  return simulator;
}
