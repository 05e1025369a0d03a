/**
 * Runs one Graph request (`/v1.0/...`, or one step of a `$batch`) through the pipeline: log → faults → auth →
 * route → scopes → OData parsing → handler → Prefer → headers. Every failure becomes Graph's error shape.
 */
import type { TokenRegistry } from './auth';
import { hasAnyScope } from './auth';
import { GraphError, graphErrorBody, isGraphError } from './errors';
import type { FaultInjector, FaultRule } from './faults';
import { defaultErrorFor } from './faults';
import type { IdFactory } from './ids';
import type { HttpMethod, SimRequest, SimResponse } from './messages';
import { jsonResponse } from './messages';
import { applyPreferences, parsePrefer } from './prefer';
import { createReply } from './reply';
import { createRequestBody } from './request-body';
import type { RequestLog } from './request-log';
import { summariseBody, summariseHeaders } from './request-log';
import type { RouteContext } from './route';
import type { Router } from './router';
import { decodePath } from './router';
import { parseODataQuery } from '../odata/query-options';
import type { GraphStore } from '../store/store';

export interface DispatchRuntime {
  store(): GraphStore;
  ids(): IdFactory;
  router: Router;
  tokens: TokenRegistry;
  faults: FaultInjector;
  log: RequestLog;
}

function delay(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, milliseconds);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('The client aborted the request.', 'AbortError'));
    });
  });
}

function hang(signal?: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    signal?.addEventListener('abort', () =>
      reject(new DOMException('The client aborted the request.', 'AbortError')),
    );
  });
}

function faultError(rule: FaultRule): GraphError {
  const [code, message] = defaultErrorFor(rule.status as number);
  const headers: Record<string, string> =
    rule.retryAfter !== undefined ? { 'retry-after': String(rule.retryAfter) } : {};
  return new GraphError(rule.status as number, rule.code ?? code, rule.message ?? message, headers);
}

export function createDispatcher(runtime: DispatchRuntime): (request: SimRequest) => Promise<SimResponse> {
  return async (request) => {
    const ids = runtime.ids();
    const requestId = ids.requestId();
    const clientRequestId = request.headers['client-request-id'] ?? requestId;
    const searchParams = new URLSearchParams(request.query);
    const decodedPath = (() => {
      try {
        return `/${decodePath(request.path).join('/')}`;
      } catch (_error) {
        return request.path;
      }
    })();
    const entry = runtime.log.add({
      receivedAt: new Date().toISOString(),
      method: request.method.toUpperCase(),
      path: decodedPath,
      query: Object.fromEntries(searchParams),
      headers: summariseHeaders(request.headers),
      body: summariseBody(request.body, request.headers['content-type']),
      status: 0,
      ...(request.batchStepId !== undefined ? { batchStepId: request.batchStepId } : {}),
    });
    const finish = (response: SimResponse): SimResponse => {
      response.headers['request-id'] = requestId;
      response.headers['client-request-id'] = clientRequestId;
      entry.status = response.status;
      return response;
    };
    const store = runtime.store();
    try {
      const fault = runtime.faults.decide(request.method, decodedPath);
      if (fault?.rule.latencyMs) await delay(fault.rule.latencyMs, request.signal);
      if (fault?.rule.timeout) await hang(request.signal);
      if (fault?.rule.status) throw faultError(fault.rule);

      const scopes = runtime.tokens.authenticate(request.headers.authorization);
      const match = runtime.router.resolve(request.method, request.path);
      if (!hasAnyScope(scopes, match.route.scopes)) {
        throw new GraphError(
          403,
          match.route.accessDeniedCode ?? 'ErrorAccessDenied',
          `Access is denied. Check credentials and try again. This operation needs one of: ${match.route.scopes.join(', ')}.`,
        );
      }
      const query = parseODataQuery(searchParams);
      const prefer = parsePrefer(request.headers.prefer);
      const graphBaseUrl = `${request.origin}/v1.0`;
      const context: RouteContext = {
        method: request.method.toUpperCase() as HttpMethod,
        path: decodedPath,
        params: match.params,
        query,
        headers: request.headers,
        body: createRequestBody(request.body, request.headers['content-type']),
        store,
        ids,
        now: () => new Date(store.now),
        prefer,
        scopes,
        requestId,
        graphBaseUrl,
        reply: createReply({
          query,
          path: decodedPath,
          rawPath: request.path,
          graphBaseUrl,
          userId: store.user.id,
          template: match.route.template,
        }),
      };
      const response = await match.route.handle(context);
      const supported = match.route.prefer ?? [];
      if (supported.length > 0) {
        let applied: string[] = [];
        if (response.body.kind === 'json' && response.body.value && typeof response.body.value === 'object') {
          const result = applyPreferences(response.body.value as Record<string, unknown>, prefer, supported);
          response.body = { kind: 'json', value: result.body };
          applied = result.applied;
        } else if (supported.includes('immutable-id') && prefer.immutableId)
          applied = ['IdType="ImmutableId"'];
        if (applied.length > 0) response.headers['preference-applied'] = applied.join(', ');
      }
      return finish(response);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        entry.status = 0;
        throw error;
      }
      const graphError = isGraphError(error)
        ? error
        : new GraphError(
            500,
            'generalException',
            `The simulator failed: ${error instanceof Error ? error.message : String(error)}`,
          );
      return finish(
        jsonResponse(
          graphError.status,
          graphErrorBody(
            graphError.code,
            graphError.message,
            requestId,
            clientRequestId,
            new Date(store.now),
          ),
          { ...graphError.headers },
        ),
      );
    }
  };
}
