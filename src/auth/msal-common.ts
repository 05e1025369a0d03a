import type {
  AccountInfo as MsalAccount,
  AuthenticationResult,
  Configuration,
  IPublicClientApplication,
} from '@azure/msal-browser';
import { raceAbort } from '../graph/abort';
import { qualifyScopes, type ResolvedAccount } from './clouds';
import { AuthError, toAuthError } from './errors';
import type { AccountInfo, TokenRequestOptions } from './types';

/** MSAL is ~70 KB gzip: it loads on the first token request, never with the pane's first paint. */
export type MsalModule = typeof import('@azure/msal-browser');
export const loadMsal = (): Promise<MsalModule> => import('@azure/msal-browser');

export interface MsalProviderOptions {
  account: ResolvedAccount;
  signInScopes: readonly string[];
  /** Where MSAL returns after redirects; the pane's own URL by default. */
  redirectUri?: string;
  /** Injected for tests. @default dynamic import of @azure/msal-browser */
  loadMsal?: () => Promise<MsalModule>;
}

export interface LoadedMsal {
  msal: MsalModule;
  app: IPublicClientApplication;
}

/**
 * The MSAL client of one provider, created on the first token request (never with the pane's first paint) and
 * created again after a failure or a `reset()`. `create` picks the kind: nestable (nested app auth) or standard.
 */
export function lazyMsalApp(
  options: MsalProviderOptions,
  create: (msal: MsalModule, configuration: Configuration) => Promise<IPublicClientApplication>,
): { get(): Promise<LoadedMsal>; reset(): void } {
  let loaded: Promise<LoadedMsal> | undefined;
  return {
    get() {
      if (!options.account.clientId) return Promise.reject(notConfigured());
      loaded ??= (async () => {
        const msal = await (options.loadMsal ?? loadMsal)();
        return { msal, app: await create(msal, msalConfiguration(options)) };
      })().catch((error: unknown) => {
        loaded = undefined;
        throw toAuthError(error, {
          authority: options.account.authority,
          clientId: options.account.clientId,
        });
      });
      return loaded;
    },
    reset() {
      loaded = undefined;
    },
  };
}

export function msalConfiguration(options: MsalProviderOptions): Configuration {
  const { account } = options;
  const configuration: Configuration = {
    auth: {
      clientId: account.clientId,
      authority: account.authority,
      redirectUri: options.redirectUri,
    },
    // localStorage: the dialog fallback's window and the pane share it (same origin), so the pane's silent calls
    // find what the dialog's sign-in cached; MSAL encrypts it and syncs windows over a BroadcastChannel.
    cache: { cacheLocation: 'localStorage' },
  };
  if (account.knownAuthorities.length > 0) {
    // A non-Microsoft authority (custom cloud, the loopback identity provider in tests) speaks plain OpenID Connect.
    configuration.auth.knownAuthorities = account.knownAuthorities;
    configuration.system = { protocolMode: 'OIDC' };
  }
  return configuration;
}

export function toAccountInfo(account: MsalAccount): AccountInfo {
  return {
    id: account.homeAccountId,
    username: account.username,
    name: account.name,
    tenantId: account.tenantId,
  };
}

/**
 * Silent first (MSAL's cache, then its refresh token or the host), interaction only when MSAL says it is required
 * (`InteractionRequiredAuthError`: consent for a new scope, expired session) and the caller allows it.
 */
export async function acquireWithMsal(
  msal: MsalModule,
  app: IPublicClientApplication,
  account: ResolvedAccount,
  scopes: readonly string[],
  options: TokenRequestOptions,
  interactive: (request: {
    scopes: string[];
    loginHint?: string;
    account?: MsalAccount;
  }) => Promise<AuthenticationResult>,
): Promise<AuthenticationResult> {
  const qualified = qualifyScopes(scopes, account.graphResource);
  const current = app.getActiveAccount() ?? app.getAllAccounts()[0] ?? undefined;
  const errorContext = { authority: account.authority, clientId: account.clientId, scopes: qualified };
  const work = (async () => {
    try {
      return await app.acquireTokenSilent({
        scopes: qualified,
        account: current,
        forceRefresh: options.forceRefresh ?? false,
      });
    } catch (error) {
      if (!(error instanceof msal.InteractionRequiredAuthError) && !isNoAccount(error))
        throw toAuthError(error, errorContext);
      if (options.interactive === false) throw toAuthError(error, errorContext);
    }
    try {
      return await interactive({ scopes: qualified, account: current, loginHint: current?.username });
    } catch (error) {
      throw toAuthError(error, errorContext);
    }
  })();
  const result = options.signal ? await raceAbort(work, options.signal) : await work;
  if (result.account) app.setActiveAccount(result.account);
  return result;
}

function isNoAccount(error: unknown): boolean {
  const code = (error as { errorCode?: string } | null)?.errorCode;
  return code === 'no_account_error' || code === 'no_account_in_silent_request';
}

export function notConfigured(): AuthError {
  return new AuthError({
    code: 'not-configured',
    action: { kind: 'open-settings', setting: 'account.clientId' },
  });
}
