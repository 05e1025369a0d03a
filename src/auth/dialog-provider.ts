import type { AuthenticationResult } from '@azure/msal-browser';
import { AuthError, toAuthError } from './errors';
import { acquireWithMsal, lazyMsalApp, toAccountInfo, type MsalProviderOptions } from './msal-common';
import { authDialogUrl, runAuthDialog, type DialogUi } from './office-dialog';
import type { AccountInfo, TokenProvider } from './types';

export interface DialogTokenProviderOptions extends MsalProviderOptions {
  /** The auth page (dist/auth-dialog.html), on the add-in's own origin. */
  dialogPageUrl: string;
  ui: DialogUi;
}

/**
 * Where nested app authentication is unavailable: MSAL runs a redirect sign-in inside an Office dialog (popups are
 * blocked in Outlook's webviews). The dialog shares the pane's origin, so MSAL's localStorage cache it fills serves
 * the pane's silent calls afterwards. The dialog also sends the token it got; the pane uses it for the request that
 * opened the dialog, in case the host keeps the dialog's storage apart.
 */
export function createDialogTokenProvider(options: DialogTokenProviderOptions): TokenProvider {
  const msalApp = lazyMsalApp(options, (msal, configuration) =>
    msal.createStandardPublicClientApplication(configuration),
  );
  let current: AccountInfo | null = null;
  const app = () => msalApp.get();

  async function viaDialog(
    scopes: string[],
    loginHint: string | undefined,
    signal?: AbortSignal,
  ): Promise<AuthenticationResult> {
    const url = authDialogUrl(options.dialogPageUrl, {
      clientId: options.account.clientId,
      authority: options.account.authority,
      knownAuthorities: options.account.knownAuthorities,
      scopes,
      loginHint,
    });
    const message = await runAuthDialog(options.ui, url, signal);
    if (message.status === 'error')
      throw toAuthError(message, {
        authority: options.account.authority,
        clientId: options.account.clientId,
        scopes,
      });
    // The dialog filled MSAL's localStorage cache, but this instance read the cache before that and hears of the
    // dialog's writes only over an asynchronous BroadcastChannel: the next silent call could miss the account and
    // open the dialog again. A fresh instance reads what the dialog stored.
    msalApp.reset();
    const account = {
      ...message.account,
      environment: new URL(options.account.authorityHost).host,
      localAccountId: message.account.homeAccountId.split('.')[0],
    };
    return {
      accessToken: message.accessToken,
      expiresOn: new Date(message.expiresOn),
      scopes: message.scopes,
      account,
      authority: options.account.authority,
      uniqueId: account.localAccountId,
      tenantId: account.tenantId ?? '',
      idToken: '',
      idTokenClaims: {},
      fromCache: false,
      tokenType: 'Bearer',
      correlationId: '',
    } as AuthenticationResult;
  }

  async function acquire(
    scopes: readonly string[],
    requestOptions: Parameters<TokenProvider['getAccessToken']>[1] = {},
  ) {
    const { msal, app: instance } = await app();
    const result = await acquireWithMsal(msal, instance, options.account, scopes, requestOptions, (request) =>
      viaDialog(request.scopes, request.loginHint, requestOptions.signal),
    );
    if (result.account) current = toAccountInfo(result.account);
    return result;
  }

  return {
    kind: 'office-dialog',
    async getAccessToken(scopes, requestOptions) {
      return (await acquire(scopes, requestOptions)).accessToken;
    },
    async signIn(signInOptions) {
      const result = await acquire(options.signInScopes, {
        signal: signInOptions?.signal,
        interactive: true,
      });
      if (!result.account)
        throw new AuthError({
          code: 'unknown',
          action: { kind: 'sign-in' },
          detail: 'Sign-in returned no account.',
        });
      return toAccountInfo(result.account);
    },
    async signOut() {
      const { app: instance } = await app();
      // Forget the tokens here; ending the Microsoft session too would need another dialog, and the user may be
      // signed in to other apps with it.
      await instance.clearCache();
      instance.setActiveAccount(null);
      current = null;
    },
    account: () => current,
  };
}
