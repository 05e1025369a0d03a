import { resolveAccount } from '../auth/clouds';
import { createNestedAppAuthProvider } from '../auth/nested-app-auth-provider';
import { guardScopes } from '../auth/scope-guard';
import { allowedScopes, signInScopes } from '../auth/scopes';
import { createSimulatorTokenProvider } from '../auth/simulator-provider';
import type { TokenProvider } from '../auth/types';
import type { Settings } from '../settings/schema';

/**
 * The token provider the settings call for: the simulator's dev tokens when no client id is set and Graph is on
 * loopback (the workbench, tests); otherwise MSAL with nested app authentication (MSAL itself falls back to a
 * standard browser client where the host offers no bridge). Every provider is wrapped in the scope guard, so an
 * area switched off in settings never asks for its scopes.
 */
export function tokenProviderFor(settings: Settings, currentSettings: () => Settings): TokenProvider {
  const account = resolveAccount(settings.account);
  const scopes = signInScopes(settings);
  const provider =
    account.clientId === '' && account.graphIsLoopback
      ? createSimulatorTokenProvider({ graphBaseUrl: account.graphBaseUrl, signInScopes: scopes })
      : createNestedAppAuthProvider({ account, signInScopes: scopes });
  return guardScopes(provider, () => allowedScopes(currentSettings()));
}

/** The part of the settings the token provider depends on; a change rebuilds it. */
export function accountKey(settings: Settings): string {
  return JSON.stringify(settings.account);
}
