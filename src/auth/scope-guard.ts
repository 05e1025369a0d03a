import { AuthError } from './errors';
import type { TokenProvider, TokenRequestOptions } from './types';

/**
 * Refuses scopes the settings do not allow (an area switched off, a category disabled) before any sign-in UI or
 * network call: an area that is off never asks. `allowed` is read per call so settings changes apply at once.
 */
export function guardScopes(provider: TokenProvider, allowed: () => ReadonlySet<string>): TokenProvider {
  return {
    kind: provider.kind,
    signIn: (options) => provider.signIn(options),
    signOut: () => provider.signOut(),
    account: () => provider.account(),
    getAccessToken: (scopes: readonly string[], options?: TokenRequestOptions) => {
      const permitted = allowed();
      const refused = scopes.filter((scope) => !permitted.has(scope));
      if (refused.length > 0) {
        return Promise.reject(
          new AuthError({
            code: 'scope-not-allowed',
            source: refused.join(' '),
            action: { kind: 'open-settings', setting: 'permissions.areas' },
            detail: `Settings do not allow ${refused.join(', ')}.`,
          }),
        );
      }
      return provider.getAccessToken(scopes, options);
    },
  };
}
