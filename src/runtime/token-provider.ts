import { createTokenProvider } from '../auth/create-token-provider';
import type { DialogUi } from '../auth/office-dialog';
import type { TokenProvider } from '../auth/types';
import type { Settings } from '../settings/schema';

/** The Office.js surface sign-in needs, when Office.js is loaded (absent in unit tests without a host). */
function officeContext(): { requirements?: Office.RequirementSetSupport; ui?: DialogUi } {
  return typeof Office !== 'undefined' && Office.context ? Office.context : {};
}

/**
 * The token provider the settings and the host call for (see `createTokenProvider`): the simulator's dev tokens
 * when no client id is set and Graph is on loopback (the workbench, tests); nested app authentication where the
 * host supports it; otherwise MSAL in an Office dialog (`auth-dialog.html` beside the pane's page). Every provider
 * is wrapped in the scope guard, so an area switched off in settings never asks for its scopes.
 */
export function tokenProviderFor(currentSettings: () => Settings): TokenProvider {
  const context = officeContext();
  return createTokenProvider({
    settings: currentSettings,
    requirements: context.requirements,
    ui: context.ui,
    dialogPageUrl: new URL('auth-dialog.html', globalThis.location?.href ?? 'https://localhost:3000/').href,
  });
}

/** The part of the settings the token provider depends on; a change rebuilds it. */
export function accountKey(settings: Settings): string {
  return JSON.stringify(settings.account);
}
