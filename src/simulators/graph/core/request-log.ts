/** `GET /_sim/requests`: what the simulated Graph received, so tests can assert on calls and not only on results. */
export interface LoggedRequest {
  /** Increasing sequence number; `?since=N` returns entries after N. */
  sequence: number;
  receivedAt: string;
  method: string;
  /** Decoded path after `/v1.0`. */
  path: string;
  /** Decoded query parameters. */
  query: Record<string, string>;
  /** Headers that matter: prefer, content-type, client-request-id, if-match, authorization (scheme only). */
  headers: Record<string, string>;
  /** Parsed JSON body, text for text bodies, `{ bytes: n }` for binary. */
  body: unknown;
  /** Response status (filled in when the response is produced; 0 for a hang). */
  status: number;
  /** Set for requests inside a `$batch`: the step id. */
  batchStepId?: string;
}

const RELEVANT_HEADERS = [
  'prefer',
  'content-type',
  'client-request-id',
  'if-match',
  'if-none-match',
  'consistencylevel',
  'range',
];

export function summariseHeaders(headers: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of RELEVANT_HEADERS)
    if (headers[name] !== undefined) result[name] = headers[name] as string;
  if (headers.authorization !== undefined) result.authorization = headers.authorization.split(/\s+/)[0] ?? '';
  return result;
}

export function summariseBody(bytes: Uint8Array, contentType: string | undefined): unknown {
  if (bytes.length === 0) return null;
  const text = Buffer.from(bytes).toString('utf8');
  if ((contentType ?? '').includes('json')) {
    try {
      return JSON.parse(text);
    } catch (_error) {
      return text;
    }
  }
  if (/^(text\/|application\/(xhtml|xml))/.test(contentType ?? '') || contentType === undefined)
    return text.length > 20000 ? `${text.slice(0, 20000)}…` : text;
  return { bytes: bytes.length, contentType };
}

export class RequestLog {
  private entries: LoggedRequest[] = [];
  private sequence = 0;

  add(entry: Omit<LoggedRequest, 'sequence'>): LoggedRequest {
    this.sequence += 1;
    const logged = { sequence: this.sequence, ...entry };
    this.entries.push(logged);
    if (this.entries.length > 5000) this.entries.splice(0, this.entries.length - 5000);
    return logged;
  }

  since(sequence = 0): LoggedRequest[] {
    return this.entries.filter((entry) => entry.sequence > sequence);
  }

  clear(): void {
    this.entries = [];
  }

  get lastSequence(): number {
    return this.sequence;
  }
}
