import { abortableSleep } from './abort';
import { parseRetryAfter } from './errors';
import type { GraphBatchItem, GraphBatchResult } from './types';

/** Graph's limit on requests per `$batch`. */
export const MAX_BATCH_SIZE = 20;
/** An inner 429 is retried once when Graph asks to wait at most this long; longer waits surface as 429. */
export const MAX_BATCH_RETRY_AFTER_SECONDS = 30;
const DEFAULT_BATCH_RETRY_AFTER_SECONDS = 1;
const RETRYABLE_INNER_METHODS = new Set(['GET', 'PUT', 'PATCH', 'DELETE']);

export interface BatchRequestPayload {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

/** Sends one `$batch` body (≤ 20 requests) and returns Graph's `responses`. */
export type PostBatch = (
  requests: BatchRequestPayload[],
  options: { allGets: boolean },
) => Promise<GraphBatchResult[]>;

/**
 * Splits into `$batch` requests of at most 20, keeping every `dependsOn` chain inside one request (Graph resolves
 * dependencies only within a batch), and maps the results back to the order of `items`.
 */
export async function runBatch(
  items: readonly GraphBatchItem[],
  postBatch: PostBatch,
  signal?: AbortSignal,
): Promise<GraphBatchResult[]> {
  const chunks = planBatchChunks(items);
  const results = new Map<string, GraphBatchResult>();
  for (const chunk of chunks) {
    for (const result of await postBatch(chunk.map(toPayload), {
      allGets: chunk.every((item) => item.method === 'GET'),
    })) {
      results.set(result.id, result);
    }
    await retryThrottledOnce(chunk, results, postBatch, signal);
  }
  return items.map(
    (item) =>
      results.get(item.id) ?? {
        id: item.id,
        status: 502,
        headers: {},
        body: {
          error: {
            code: 'missingBatchResponse',
            message: `Graph's $batch answer held no response for request '${item.id}'.`,
          },
        },
      },
  );
}

/** Groups items connected by `dependsOn`, then packs the groups in order into chunks of at most 20. */
export function planBatchChunks(items: readonly GraphBatchItem[]): GraphBatchItem[][] {
  const indexById = new Map<string, number>();
  items.forEach((item, index) => {
    if (indexById.has(item.id))
      throw new TypeError(`Batch request ids must be unique; '${item.id}' appears twice.`);
    indexById.set(item.id, index);
  });
  const parent = items.map((_, index) => index);
  const root = (index: number): number =>
    parent[index] === index ? index : (parent[index] = root(parent[index]));
  items.forEach((item, index) => {
    for (const dependency of item.dependsOn ?? []) {
      const other = indexById.get(dependency);
      if (other === undefined)
        throw new TypeError(`Batch request '${item.id}' depends on unknown request '${dependency}'.`);
      parent[root(index)] = root(other);
    }
  });
  const groups = new Map<number, GraphBatchItem[]>();
  items.forEach((item, index) => {
    const key = root(index);
    const group = groups.get(key) ?? [];
    group.push(item);
    groups.set(key, group);
  });
  const chunks: GraphBatchItem[][] = [];
  let current: GraphBatchItem[] = [];
  for (const group of groups.values()) {
    if (group.length > MAX_BATCH_SIZE) {
      throw new TypeError(
        `A dependsOn chain of ${group.length} requests cannot fit in one $batch (at most ${MAX_BATCH_SIZE}).`,
      );
    }
    if (current.length + group.length > MAX_BATCH_SIZE) {
      chunks.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

async function retryThrottledOnce(
  chunk: readonly GraphBatchItem[],
  results: Map<string, GraphBatchResult>,
  postBatch: PostBatch,
  signal: AbortSignal | undefined,
): Promise<void> {
  const retry = new Set<string>();
  let waitSeconds = 0;
  for (const item of chunk) {
    const result = results.get(item.id);
    if (result?.status !== 429 || !RETRYABLE_INNER_METHODS.has(item.method)) continue;
    const retryAfter =
      parseRetryAfter(headerValue(result.headers, 'retry-after')) ?? DEFAULT_BATCH_RETRY_AFTER_SECONDS;
    if (retryAfter > MAX_BATCH_RETRY_AFTER_SECONDS) continue;
    retry.add(item.id);
    waitSeconds = Math.max(waitSeconds, retryAfter);
  }
  if (retry.size === 0) return;
  // Requests that failed only because a throttled dependency failed (424) go again with it.
  for (let grew = true; grew;) {
    grew = false;
    for (const item of chunk) {
      if (retry.has(item.id) || results.get(item.id)?.status !== 424) continue;
      if ((item.dependsOn ?? []).some((dependency) => retry.has(dependency))) {
        retry.add(item.id);
        grew = true;
      }
    }
  }
  await abortableSleep(waitSeconds * 1000, signal);
  const again = chunk
    .filter((item) => retry.has(item.id))
    .map((item) => ({ ...item, dependsOn: item.dependsOn?.filter((dependency) => retry.has(dependency)) }));
  for (const result of await postBatch(again.map(toPayload), {
    allGets: again.every((item) => item.method === 'GET'),
  })) {
    results.set(result.id, result);
  }
}

function toPayload(item: GraphBatchItem): BatchRequestPayload {
  const payload: BatchRequestPayload = { id: item.id, method: item.method, url: item.url };
  const headers = { ...item.headers };
  if (item.body !== undefined) {
    payload.body = item.body;
    if (headerValue(headers, 'content-type') === undefined) headers['Content-Type'] = 'application/json';
  }
  if (Object.keys(headers).length > 0) payload.headers = headers;
  if (item.dependsOn && item.dependsOn.length > 0) payload.dependsOn = item.dependsOn;
  return payload;
}

function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}
