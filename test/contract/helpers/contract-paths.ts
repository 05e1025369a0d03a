/** Where the reference contract lives (`../shared/graph` next to the checkout); override with GRAPH_CONTRACT_DIR. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CONTRACT_DIR = process.env.GRAPH_CONTRACT_DIR ?? resolve(__dirname, '../../../../shared/graph');
export const OPENAPI_PATH = join(CONTRACT_DIR, 'graph-v1.0-subset.openapi.json');

export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
}

const cache = new Map<string, OpenApiDocument>();

export function loadOpenApi(path = OPENAPI_PATH): OpenApiDocument {
  let document = cache.get(path);
  if (!document) {
    document = JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument;
    cache.set(path, document);
  }
  return document;
}

export interface GraphExample {
  operation: string;
  title: string;
  openapiPath: string | null;
  request: {
    method: string;
    url: string;
    path: string;
    query: string | null;
    headers: Record<string, string>;
    bodyFormat: 'json' | 'text' | 'none';
    body: unknown;
  };
  response: {
    status: number;
    headers: Record<string, string>;
    bodyFormat: 'json' | 'text' | 'none';
    body: unknown;
    truncatedInDocs?: boolean;
  };
}

/** The examples of one docs page, e.g. `loadExamples('json-batching')`. */
export function loadExamples(operation: string): GraphExample[] {
  return JSON.parse(
    readFileSync(join(CONTRACT_DIR, 'examples', `${operation}.json`), 'utf8'),
  ) as GraphExample[];
}

/**
 * Operations Graph documents without a path template in the subset (README, last section). Path-addressed
 * OneDrive routes declare the `items/{driveItem-id}` template they map to, so they need no entry here.
 */
export const NON_TEMPLATE_OPERATIONS: readonly string[] = [
  'GET /me/mailboxSettings',
  'GET /me/mailboxSettings/timeZone',
];
