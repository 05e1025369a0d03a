import { AuthError, toAuthError } from './errors';
import type { AccountInfo, TokenProvider, TokenRequestOptions } from './types';

export interface SimulatorTokenProviderOptions {
  /** The simulator's Graph root, e.g. http://127.0.0.1:4100/v1.0 (controls live beside it at /_sim). */
  graphBaseUrl: string;
  signInScopes: readonly string[];
  /** Injected for tests. @default globalThis.fetch */
  fetch?: typeof fetch;
  now?: () => number;
}

/** Tokens are renewed this long before the simulator says they expire (MSAL uses five minutes; the simulator's are short). */
const RENEW_BEFORE_MS = 5_000;

/** The simulator's control root: the Graph base without its version segment, plus `/_sim`. */
export function simulatorControlUrl(graphBaseUrl: string): string {
  return `${graphBaseUrl.replace(/\/+$/, '').replace(/\/v1\.0$|\/beta$/, '')}/_sim`;
}

/**
 * Dev tokens from the Graph simulator (`POST /_sim/token`), used when the Graph base URL is on loopback and no
 * client id is set. Tokens are memoised per scope set until shortly before they expire — MSAL is not involved.
 */
export function createSimulatorTokenProvider(options: SimulatorTokenProviderOptions): TokenProvider {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  const tokens = new Map<string, { token: string; expiresAt: number }>();
  let signedIn: AccountInfo | null = null;

  async function issue(scopes: readonly string[], signal?: AbortSignal): Promise<string> {
    const key = [...new Set(scopes)].sort().join(' ');
    let response: Response;
    try {
      response = await fetchImpl(`${simulatorControlUrl(options.graphBaseUrl)}/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ scopes: key ? key.split(' ') : [] }),
        signal,
      });
    } catch (error) {
      throw toAuthError(new TypeError(`fetch failed: ${String(error)}`));
    }
    if (!response.ok)
      throw new AuthError({
        code: 'unknown',
        source: `simulator ${response.status}`,
        action: { kind: 'retry' },
        detail: await response.text(),
      });
    const body = (await response.json()) as { access_token?: string; expires_in?: number };
    if (!body.access_token)
      throw new AuthError({
        code: 'unknown',
        source: 'simulator',
        action: { kind: 'retry' },
        detail: 'The simulator issued no access_token.',
      });
    tokens.set(key, { token: body.access_token, expiresAt: now() + (body.expires_in ?? 3600) * 1000 });
    return body.access_token;
  }

  return {
    kind: 'simulator',
    async getAccessToken(scopes: readonly string[], requestOptions?: TokenRequestOptions) {
      const key = [...new Set(scopes)].sort().join(' ');
      const cached = tokens.get(key);
      if (cached && !requestOptions?.forceRefresh && cached.expiresAt - RENEW_BEFORE_MS > now())
        return cached.token;
      return issue(scopes, requestOptions?.signal);
    },
    async signIn(signInOptions) {
      await issue(options.signInScopes, signInOptions?.signal);
      signedIn = { id: 'simulator', username: 'simulated user', name: 'Simulated user' };
      return signedIn;
    },
    async signOut() {
      tokens.clear();
      signedIn = null;
    },
    account: () => signedIn,
  };
}
