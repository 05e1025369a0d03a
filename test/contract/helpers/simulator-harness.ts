/**
 * Test harness around an in-process simulator: tokens per scope list and a small `graph()` call helper that returns
 * status, headers and parsed body. Area contract tests build on this.
 */
import { createGraphSimulator } from '../../../src/simulators/graph';
import type { GraphSimulator, GraphSimulatorOptions } from '../../../src/simulators/graph';

export interface GraphCallResult<T = unknown> {
  status: number;
  headers: Record<string, string>;
  body: T;
}

export interface GraphCallOptions {
  /** Scopes of the token to send; `null` sends no Authorization header. @default all scopes */
  scopes?: readonly string[] | null;
  headers?: Record<string, string>;
  /** Objects go as JSON; strings and bytes as is. */
  body?: unknown;
}

export const ALL_SCOPES = [
  'User.Read',
  'Mail.ReadWrite',
  'Mail.Send',
  'MailboxSettings.ReadWrite',
  'Calendars.ReadWrite',
  'Files.ReadWrite.All',
  'Notes.ReadWrite.All',
  'Tasks.ReadWrite',
];

export interface TestSimulator {
  simulator: GraphSimulator;
  /** `graph('GET', '/me/messages?$top=5')` — the path is after `/v1.0` (absolute nextLinks also work). */
  graph<T = unknown>(
    method: string,
    pathOrUrl: string,
    options?: GraphCallOptions,
  ): Promise<GraphCallResult<T>>;
  token(scopes: readonly string[]): string;
}

export function createTestSimulator(options: GraphSimulatorOptions = {}): TestSimulator {
  const simulator = createGraphSimulator(options);
  const tokens = new Map<string, string>();
  const token = (scopes: readonly string[]): string => {
    const key = [...scopes].sort().join(' ');
    if (!tokens.has(key)) tokens.set(key, simulator.issueToken(scopes));
    return tokens.get(key) as string;
  };
  return {
    simulator,
    token,
    graph: async <T>(
      method: string,
      pathOrUrl: string,
      callOptions: GraphCallOptions = {},
    ): Promise<GraphCallResult<T>> => {
      const pathAndQuery = /^https?:/.test(pathOrUrl)
        ? pathOrUrl.replace(/^https?:\/\/[^/]+/, '')
        : `/v1.0${pathOrUrl}`;
      const headers: Record<string, string> = { ...callOptions.headers };
      const scopes = callOptions.scopes === undefined ? ALL_SCOPES : callOptions.scopes;
      if (scopes !== null) headers.authorization = `Bearer ${token(scopes)}`;
      const response = await simulator.request(method, pathAndQuery, { headers, body: callOptions.body });
      const body =
        response.body.kind === 'json'
          ? response.body.value
          : response.body.kind === 'text'
            ? response.body.value
            : response.body.kind === 'bytes'
              ? response.body.value
              : undefined;
      return { status: response.status, headers: response.headers, body: body as T };
    },
  };
}
