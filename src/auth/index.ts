export type { AccountInfo, AccessTokenSource, TokenProvider, TokenRequestOptions } from './types';
export { createTokenProvider, type TokenProviderEnvironment } from './create-token-provider';
export {
  AuthError,
  isAuthError,
  toAuthError,
  adminConsentUrl,
  authErrorFromOfficeDialog,
  type AuthErrorCode,
  type AuthAction,
} from './errors';
export { scopesFor, allowedScopes, signInScopes, allKnownScopes, SIGN_IN_SCOPES } from './scopes';
export {
  CLOUD_ENDPOINTS,
  resolveAccount,
  qualifyScopes,
  isLoopbackUrl,
  type ResolvedAccount,
} from './clouds';
export { getMe, type Me } from './get-me';
