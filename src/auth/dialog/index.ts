/**
 * The Office-dialog sign-in page. First visit: remember the request, then MSAL redirects to the authority (PKCE).
 * Return visit: MSAL completes the redirect, caches the tokens (localStorage, shared with the pane) and the page
 * sends the result to the pane with `messageParent`. It never renders anything from the authority.
 */
import type { AuthenticationResult } from '@azure/msal-browser';
import {
  readAuthDialogParameters,
  type AuthDialogMessage,
  type AuthDialogParameters,
} from '../office-dialog';

const PARAMETERS_KEY = 'auth-dialog.parameters';

function setStatus(text: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

function officeReady(): Promise<void> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve();
  return Office.onReady().then(() => undefined);
}

function sendToPane(message: AuthDialogMessage): void {
  if (typeof Office === 'undefined' || !Office.context?.ui?.messageParent) {
    setStatus('This page only works inside the add-in. Close it and sign in from the task pane.');
    return;
  }
  Office.context.ui.messageParent(JSON.stringify(message));
}

/** The request survives the round trip to the authority in sessionStorage (the redirect URI carries no query). */
function requestParameters(): AuthDialogParameters | undefined {
  const fromQuery = readAuthDialogParameters(window.location.search);
  if (fromQuery) {
    sessionStorage.setItem(PARAMETERS_KEY, JSON.stringify(fromQuery));
    return fromQuery;
  }
  const stored = sessionStorage.getItem(PARAMETERS_KEY);
  return stored ? (JSON.parse(stored) as AuthDialogParameters) : undefined;
}

function success(result: AuthenticationResult): AuthDialogMessage {
  return {
    status: 'success',
    accessToken: result.accessToken,
    expiresOn: (result.expiresOn ?? new Date()).toISOString(),
    scopes: result.scopes,
    account: {
      homeAccountId: result.account.homeAccountId,
      username: result.account.username,
      name: result.account.name,
      tenantId: result.account.tenantId,
    },
  };
}

async function main(): Promise<void> {
  await officeReady();
  const parameters = requestParameters();
  if (!parameters) {
    sendToPane({
      status: 'error',
      errorCode: 'invalid_request',
      errorMessage: 'The sign-in page was opened without a client id and authority.',
    });
    return;
  }
  const msal = await import('@azure/msal-browser');
  const app = await msal.createStandardPublicClientApplication({
    auth: {
      clientId: parameters.clientId,
      authority: parameters.authority,
      redirectUri: `${window.location.origin}${window.location.pathname}`,
      ...(parameters.knownAuthorities.length > 0 ? { knownAuthorities: parameters.knownAuthorities } : {}),
    },
    cache: { cacheLocation: 'localStorage' },
    system: {
      // This page only ever runs as the Office dialog, and a host may show that dialog in an iframe (Outlook on
      // the web with displayInIframe, the workbench): MSAL refuses redirects in frames unless told.
      allowRedirectInIframe: true,
      ...(parameters.knownAuthorities.length > 0 ? { protocolMode: 'OIDC' as const } : {}),
    },
  });
  const result = await app.handleRedirectPromise();
  if (result) {
    sessionStorage.removeItem(PARAMETERS_KEY);
    setStatus('Signed in. You can close this window.');
    sendToPane(success(result));
    return;
  }
  setStatus('Redirecting to sign-in…');
  await app.loginRedirect({ scopes: parameters.scopes, loginHint: parameters.loginHint });
}

main().catch((error: unknown) => {
  const failure = error as { errorCode?: string; errorMessage?: string; subError?: string; message?: string };
  setStatus('Sign-in failed. Close this window and try again.');
  sendToPane({
    status: 'error',
    errorCode: failure.errorCode,
    errorMessage: failure.errorMessage ?? failure.message ?? String(error),
    subError: failure.subError,
  });
});
