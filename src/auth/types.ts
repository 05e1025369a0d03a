/** The signed-in account as the pane shows it. */
export interface AccountInfo {
  /** Stable id (MSAL `homeAccountId`, or `sim` for the simulator). */
  id: string;
  username: string;
  name?: string;
  tenantId?: string;
}

export interface TokenRequestOptions {
  signal?: AbortSignal;
  /**
   * May the provider show UI (consent, sign-in) when a silent attempt cannot succeed? When false, it throws
   * an `AuthError` with code `interaction-required` instead. @default true
   */
  interactive?: boolean;
  /** Skip cached tokens (after Graph answered 401 to a token that looked valid). @default false */
  forceRefresh?: boolean;
}

/** What the Graph client needs from auth: a bearer token for these scopes. */
export interface AccessTokenSource {
  getAccessToken(scopes: readonly string[], options?: TokenRequestOptions): Promise<string>;
}

/**
 * One interface for every way the pane signs in: nested app authentication, the Office-dialog fallback and the
 * simulator's dev tokens. Scopes are asked incrementally: each call names the minimum it needs.
 */
export interface TokenProvider extends AccessTokenSource {
  readonly kind: 'nested-app-auth' | 'office-dialog' | 'simulator';
  /** Interactive sign-in with the base scopes (`User.Read` and `Mail.Read`). */
  signIn(options?: { signal?: AbortSignal }): Promise<AccountInfo>;
  signOut(): Promise<void>;
  account(): AccountInfo | null;
}
