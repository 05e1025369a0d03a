/**
 * Replays a docs example (../shared/graph/examples/*.json) against the simulator and compares the response shape.
 * Area tests map the example's placeholder ids to seeded ones with `rewritePath`/`rewriteBody`, e.g.
 *
 *   const result = await replayExample(harness, example, { rewritePath: (path) => path.replace(/messages\/[^/]+/, `messages/${id}`) });
 *   expect(result.differences).toEqual([]);
 */
import type { GraphExample } from './contract-paths';
import { compareShape, type ShapeOptions } from './compare-shape';
import type { GraphCallResult, TestSimulator } from './simulator-harness';

export interface ReplayOptions extends ShapeOptions {
  rewritePath?: (path: string) => string;
  rewriteBody?: (body: unknown) => unknown;
  scopes?: readonly string[];
  /** Expected status when the docs sample shows a different one than the prose (see BEHAVIOUR.md). */
  expectedStatus?: number;
}

export interface ReplayResult {
  response: GraphCallResult;
  expectedStatus: number;
  differences: string[];
}

const FORWARDED_HEADERS = ['prefer', 'content-type', 'consistencylevel', 'if-match', 'if-none-match'];

/** Some docs examples give the URL relative to the service (`/me/drive/root`); they resolve against v1.0. */
const GRAPH_V1 = 'https://graph.microsoft.com/v1.0/';

export async function replayExample(
  harness: TestSimulator,
  example: GraphExample,
  options: ReplayOptions = {},
): Promise<ReplayResult> {
  const url = new URL(example.request.url.replace(/ /g, '%20'), GRAPH_V1);
  const path = decodeURIComponent(url.pathname).replace(/^\/v1\.0/, '');
  const rewritten = options.rewritePath ? options.rewritePath(path) : path;
  const encoded = rewritten
    .split('/')
    .map((segment) =>
      segment.includes(':') || segment.includes('(') ? segment : encodeURIComponent(segment),
    )
    .join('/');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(example.request.headers ?? {}))
    if (FORWARDED_HEADERS.includes(name.toLowerCase())) headers[name.toLowerCase()] = value;
  let body: unknown = example.request.bodyFormat === 'none' ? undefined : example.request.body;
  if (options.rewriteBody) body = options.rewriteBody(body);
  if (body !== undefined && typeof body === 'object' && !headers['content-type'])
    headers['content-type'] = 'application/json';
  const response = await harness.graph(
    'GET' === example.request.method ? 'GET' : example.request.method,
    `${encoded}${url.search}`,
    { headers, body, scopes: options.scopes },
  );
  const expectedStatus = options.expectedStatus ?? example.response.status;
  const differences: string[] = [];
  if (response.status !== expectedStatus)
    differences.push(
      `status: expected ${expectedStatus}, got ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`,
    );
  else if (example.response.bodyFormat === 'json')
    differences.push(...compareShape(example.response.body, response.body, options));
  return { response, expectedStatus, differences };
}
