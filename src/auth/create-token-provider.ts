import type { Settings } from '../settings/schema';
import { resolveAccount } from './clouds';
import { createDialogTokenProvider } from './dialog-provider';
import { createNestedAppAuthProvider } from './nested-app-auth-provider';
import type { DialogUi } from './office-dialog';
import { guardScopes } from './scope-guard';
import { allowedScopes, signInScopes } from './scopes';
import { createSimulatorTokenProvider } from './simulator-provider';
import type { TokenProvider } from './types';

export interface TokenProviderEnvironment {
  /** `Office.context.requirements`, when Office.js is loaded. */
  requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  /** `Office.context.ui`, for the dialog fallback. */
  ui?: DialogUi;
  /** Absolute URL of auth-dialog.html on the add-in's origin. */
  dialogPageUrl: string;
  /** Settings are read per token request so switching an area off applies at once. */
  settings: () => Settings;
}

/**
 * Which way to sign in:
 * - no client id and a loopback Graph base URL → the simulator's dev tokens (the workbench);
 * - the host supports `NestedAppAuth` 1.1 → nested app authentication;
 * - otherwise → MSAL in an Office dialog.
 * Every provider is wrapped so it never asks for a scope the settings do not allow.
 */
export function createTokenProvider(environment: TokenProviderEnvironment): TokenProvider {
  const settings = environment.settings();
  const account = resolveAccount(settings.account);
  const base = { account, signInScopes: signInScopes(settings) };
  let provider: TokenProvider;
  if (account.clientId === '' && account.graphIsLoopback) {
    provider = createSimulatorTokenProvider({
      graphBaseUrl: account.graphBaseUrl,
      signInScopes: base.signInScopes,
    });
  } else if (environment.requirements?.isSetSupported('NestedAppAuth', '1.1')) {
    provider = createNestedAppAuthProvider(base);
  } else {
    if (!environment.ui) throw new TypeError('The dialog fallback needs Office.context.ui.');
    provider = createDialogTokenProvider({
      ...base,
      ui: environment.ui,
      dialogPageUrl: environment.dialogPageUrl,
    });
  }
  return guardScopes(provider, () => allowedScopes(environment.settings()));
}
