/**
 * `POST /$batch` (concepts/json-batching.md): up to 20 steps with unique (case-insensitive) ids, relative URLs,
 * `dependsOn` ordering, 424 for dependents of a failed step. Each step goes through the same dispatcher, so faults
 * and throttling apply per step. Independent steps run up to 4 at a time (Outlook's limit); responses come back in
 * completion order, which differs from request order whenever `dependsOn` reorders steps.
 */
import { GraphError } from './errors';
import type { SimRequest, SimResponse } from './messages';
import { serializeBody } from './messages';

interface BatchStep {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

interface BatchResult {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

const MAX_STEPS = 20;
const CONCURRENCY = 4;

function invalid(message: string): GraphError {
  return new GraphError(400, 'BadRequest', message);
}

function parseSteps(payload: unknown): BatchStep[] {
  const requests = (payload as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests)) throw invalid('Invalid batch payload format.');
  if (requests.length === 0) throw invalid('Invalid batch payload format: the requests array is empty.');
  if (requests.length > MAX_STEPS)
    throw invalid(`The number of requests in a batch cannot exceed ${MAX_STEPS}.`);
  const seen = new Set<string>();
  const steps = requests.map((raw: unknown): BatchStep => {
    const step = raw as Record<string, unknown>;
    if (typeof step.id !== 'string' && typeof step.id !== 'number')
      throw invalid('Invalid batch payload format: every request needs an id.');
    const id = String(step.id);
    if (seen.has(id.toLowerCase())) throw invalid(`Batch request ids must be unique. '${id}' is duplicated.`);
    seen.add(id.toLowerCase());
    if (typeof step.method !== 'string' || typeof step.url !== 'string')
      throw invalid(`Invalid batch payload format: request '${id}' needs method and url.`);
    if (/^https?:/i.test(step.url))
      throw invalid(`Request '${id}': the url must be relative, e.g. /me/messages.`);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries((step.headers as Record<string, unknown> | undefined) ?? {}))
      headers[name.toLowerCase()] = String(value);
    if (step.body !== undefined && headers['content-type'] === undefined)
      throw invalid(`Write request id : ${id} does not contain Content-Type header or body.`);
    const dependsOn = Array.isArray(step.dependsOn) ? step.dependsOn.map(String) : [];
    return { id, method: step.method.toUpperCase(), url: step.url, headers, body: step.body, dependsOn };
  });
  for (const step of steps) {
    for (const dependency of step.dependsOn) {
      if (!seen.has(dependency.toLowerCase()))
        throw invalid(`Request '${step.id}' depends on unknown request '${dependency}'.`);
    }
  }
  return steps;
}

function stepBody(step: BatchStep): Uint8Array {
  if (step.body === undefined) return new Uint8Array();
  if ((step.headers['content-type'] ?? '').includes('json'))
    return Buffer.from(JSON.stringify(step.body), 'utf8');
  // Non-JSON bodies travel base64-encoded inside the batch.
  return typeof step.body === 'string'
    ? Buffer.from(step.body, 'base64')
    : Buffer.from(JSON.stringify(step.body), 'utf8');
}

const HEADER_NAMES: Record<string, string> = {
  'cache-control': 'Cache-Control',
  'odata-version': 'OData-Version',
  'content-type': 'Content-Type',
  location: 'Location',
  'retry-after': 'Retry-After',
  'preference-applied': 'Preference-Applied',
  etag: 'ETag',
};

function toResult(id: string, response: SimResponse): BatchResult {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers))
    if (HEADER_NAMES[name]) headers[HEADER_NAMES[name] as string] = value;
  const result: BatchResult = { id, status: response.status, headers };
  if (response.body.kind === 'json') result.body = response.body.value;
  else if (response.body.kind !== 'none')
    result.body = Buffer.from(serializeBody(response.body)).toString('base64');
  return result;
}

function failedDependency(id: string, dependency: string): BatchResult {
  return {
    id,
    status: 424,
    headers: { 'Content-Type': 'application/json' },
    body: {
      error: {
        code: 'FailedDependency',
        message: `The request '${id}' could not be run because request '${dependency}' failed.`,
      },
    },
  };
}

export async function runBatch(
  payload: unknown,
  outer: SimRequest,
  dispatch: (request: SimRequest) => Promise<SimResponse>,
): Promise<{ responses: BatchResult[] }> {
  const steps = parseSteps(payload);
  const results = new Map<string, BatchResult>();
  const order: BatchResult[] = [];
  const pending = new Set(steps.map((step) => step.id));
  while (pending.size > 0) {
    const ready = steps.filter(
      (step) =>
        pending.has(step.id) && step.dependsOn.every((dependency) => results.has(dependency.toLowerCase())),
    );
    if (ready.length === 0) throw invalid('The dependsOn chain of the batch contains a cycle.');
    for (let start = 0; start < ready.length; start += CONCURRENCY) {
      const group = ready.slice(start, start + CONCURRENCY);
      const groupResults = await Promise.all(
        group.map(async (step) => {
          const failed = step.dependsOn.find(
            (dependency) => (results.get(dependency.toLowerCase())?.status ?? 0) >= 400,
          );
          if (failed) return failedDependency(step.id, failed);
          const url = step.url.startsWith('/') ? step.url : `/${step.url}`;
          const [path = '/', query = ''] = url.split(/\?(.*)/s, 2);
          const headers = { ...step.headers };
          if (outer.headers.authorization) headers.authorization = outer.headers.authorization;
          const response = await dispatch({
            method: step.method,
            path,
            query,
            headers,
            body: stepBody(step),
            signal: outer.signal,
            origin: outer.origin,
            batchStepId: step.id,
          });
          return toResult(step.id, response);
        }),
      );
      for (const result of groupResults) {
        results.set(result.id.toLowerCase(), result);
        pending.delete(result.id);
        order.push(result);
      }
    }
  }
  return { responses: order };
}
