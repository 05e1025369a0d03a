import { toAuthError } from './errors';
import { acquireWithMsal, lazyMsalApp, toAccountInfo, type MsalProviderOptions } from './msal-common';
import type { AccountInfo, TokenProvider, TokenRequestOptions } from './types';

/**
 * Nested app authentication: MSAL asks Outlook (the host) for tokens over `window.nestedAppAuthBridge`, so the
 * user signs in once, to Outlook. Interactive requests (`acquireTokenPopup`) are proxied to the host's own UI —
 * no popup window is opened by the pane.
 */
export function createNestedAppAuthProvider(options: MsalProviderOptions): TokenProvider {
  const msalApp = lazyMsalApp(options, (msal, configuration) =>
    msal.createNestablePublicClientApplication(configuration),
  );
  let current: AccountInfo | null = null;
  const app = () => msalApp.get();

  async function acquire(scopes: readonly string[], requestOptions: TokenRequestOptions) {
    const { msal, app: instance } = await app();
    const result = await acquireWithMsal(msal, instance, options.account, scopes, requestOptions, (request) =>
      instance.acquireTokenPopup(request),
    );
    if (result.account) current = toAccountInfo(result.account);
    return result;
  }

  return {
    kind: 'nested-app-auth',
    async getAccessToken(scopes, requestOptions = {}) {
      return (await acquire(scopes, requestOptions)).accessToken;
    },
    async signIn(signInOptions) {
      const result = await acquire(options.signInScopes, {
        signal: signInOptions?.signal,
        interactive: true,
      });
      if (!result.account) throw toAuthError(new Error('The host returned no account.'));
      return toAccountInfo(result.account);
    },
    async signOut() {
      // The account belongs to Outlook: signing out of the add-in forgets its tokens, not the Outlook session.
      const { app: instance } = await app();
      await instance.clearCache({ account: instance.getActiveAccount() ?? undefined });
      instance.setActiveAccount(null);
      current = null;
    },
    account: () => current,
  };
}
