import { isGraphRequestError } from '../graph/errors';

/** Stable codes for sign-in problems; each maps to a message and an action the pane offers. */
export type AuthErrorCode =
  | 'not-configured'
  | 'consent-missing'
  | 'admin-consent-required'
  | 'account-type-not-allowed'
  | 'confidential-client'
  | 'invalid-client'
  | 'redirect-uri-mismatch'
  | 'interaction-required'
  | 'user-cancelled'
  | 'dialog-blocked'
  | 'dialog-untrusted-domain'
  | 'dialog-failed'
  | 'insufficient-privileges'
  | 'scope-not-allowed'
  | 'network'
  | 'unknown';

/** What the pane offers next to the message. */
export type AuthAction =
  | { kind: 'sign-in' }
  | { kind: 'retry' }
  | { kind: 'consent-link'; url: string }
  | { kind: 'contact-admin' }
  | { kind: 'fix-registration'; setting: string }
  | { kind: 'open-settings'; setting: string };

export interface AuthErrorDetails {
  code: AuthErrorCode;
  /** Where it came from: AADSTS number, MSAL `errorCode`, Office error code. */
  source?: string;
  action: AuthAction;
  /** The technical message (MSAL's or Office's), for logs. */
  detail?: string;
  cause?: unknown;
}

/** A sign-in problem with a message that says what to do. */
export class AuthError extends Error {
  override readonly name = 'AuthError';
  readonly code: AuthErrorCode;
  readonly source?: string;
  readonly action: AuthAction;
  readonly userMessage: string;

  constructor(details: AuthErrorDetails, userMessage: string = USER_MESSAGES[details.code]) {
    super(
      `${details.code}${details.source ? ` (${details.source})` : ''}: ${details.detail ?? userMessage}`,
      { cause: details.cause },
    );
    this.code = details.code;
    this.source = details.source;
    this.action = details.action;
    this.userMessage = userMessage;
  }
}

export function isAuthError(error: unknown): error is AuthError {
  return (
    error instanceof AuthError || (error instanceof Error && error.name === 'AuthError' && 'action' in error)
  );
}

const USER_MESSAGES: Record<AuthErrorCode, string> = {
  'not-configured':
    'Sign-in is not set up: enter the application (client) ID of your Azure app registration in Settings → Account.',
  'consent-missing':
    'The add-in has not been given permission to your Microsoft 365 data yet. Open the consent link to grant it (an administrator may have to approve it for your organisation).',
  'admin-consent-required':
    'Your organisation requires an administrator to approve this add-in. Send the consent link to your administrator, then sign in again.',
  'account-type-not-allowed':
    "This account type can't sign in to the add-in's app registration. Use an account from the allowed organisation, or change the registration's supported account types (and the tenant in Settings → Account) to include it.",
  'confidential-client':
    "The app registration is set up as a confidential (web) client. In Azure, add the redirect URIs under the 'Single-page application' platform (not 'Web') and enable public client flows.",
  'invalid-client':
    'The application (client) ID was not recognised. Check it in Settings → Account against the app registration in Azure, and that the registration exists in this tenant and cloud.',
  'redirect-uri-mismatch':
    "The add-in's address is not a redirect URI of the app registration. Add it (and brk-multihub://<your add-in domain>) under the 'Single-page application' platform in Azure.",
  'interaction-required': 'You need to sign in (or approve a new permission) to continue. Select Sign in.',
  'user-cancelled': 'Sign-in was cancelled. Select Sign in to try again.',
  'dialog-blocked':
    'The sign-in window was blocked. Allow pop-ups for Outlook on the web (or close any other add-in dialog that is open), then select Sign in again.',
  'dialog-untrusted-domain':
    "The sign-in page is not on a domain the add-in's manifest trusts. The add-in's administrator must list it in the manifest's AppDomains and serve it over HTTPS.",
  'dialog-failed': 'The sign-in window could not load. Check your connection and select Sign in again.',
  'insufficient-privileges':
    "Your account doesn't have the privileges this needs, or your organisation has blocked it. Ask your administrator to grant access.",
  'scope-not-allowed':
    'This area is switched off in Settings, so the add-in will not ask for its permissions. Turn the area on to use it.',
  network: "Couldn't reach the Microsoft sign-in service. Check your network connection and try again.",
  unknown: 'Sign-in failed. Try again; if it keeps failing, sign out and sign in again.',
};

export interface AuthErrorContext {
  /** For the consent link: `https://login.microsoftonline.com/{tenant}`. */
  authority?: string;
  clientId?: string;
  scopes?: readonly string[];
  redirectUri?: string;
}

/** Admin consent for the scopes asked (v2 endpoint: only those scopes, not every configured permission). */
export function adminConsentUrl(context: AuthErrorContext): string | undefined {
  if (!context.authority || !context.clientId) return undefined;
  const url = new URL(`${context.authority.replace(/\/+$/, '')}/v2.0/adminconsent`);
  url.searchParams.set('client_id', context.clientId);
  if (context.scopes && context.scopes.length > 0) url.searchParams.set('scope', context.scopes.join(' '));
  if (context.redirectUri) url.searchParams.set('redirect_uri', context.redirectUri);
  return url.toString();
}

/** Fields MSAL errors carry (AuthError, ServerError, InteractionRequiredAuthError, BrowserAuthError). */
interface MsalLikeError {
  errorCode?: string;
  errorMessage?: string;
  subError?: string;
  message?: string;
  name?: string;
}

const OFFICE_DIALOG_CODES: Record<number, AuthErrorCode> = {
  12002: 'dialog-failed',
  12003: 'dialog-untrusted-domain',
  12004: 'dialog-untrusted-domain',
  12005: 'dialog-untrusted-domain',
  12006: 'user-cancelled',
  12007: 'dialog-blocked',
  12009: 'dialog-blocked',
  12011: 'dialog-blocked',
};

/** An Office dialog error code (from `displayDialogAsync` or `DialogEventReceived`) as an AuthError. */
export function authErrorFromOfficeDialog(code: number, detail?: string): AuthError {
  const mapped = OFFICE_DIALOG_CODES[code] ?? 'dialog-failed';
  return new AuthError({
    code: mapped,
    source: String(code),
    action: mapped === 'dialog-untrusted-domain' ? { kind: 'contact-admin' } : { kind: 'sign-in' },
    detail,
  });
}

/**
 * Maps whatever a token provider threw (MSAL errors, bridge errors, Office dialog errors, fetch failures) to an
 * AuthError. AADSTS numbers are read from the message because MSAL reports them there.
 */
export function toAuthError(error: unknown, context: AuthErrorContext = {}): AuthError {
  if (isAuthError(error)) return error;
  if (isGraphRequestError(error) && error.kind === 'forbidden') {
    const consentLink = adminConsentUrl({ ...context, scopes: error.scopes ?? context.scopes });
    return new AuthError(
      {
        code: 'insufficient-privileges',
        source: `Graph 403 ${error.code}`,
        action: consentLink ? { kind: 'consent-link', url: consentLink } : { kind: 'contact-admin' },
        detail: error.message,
        cause: error,
      },
      error.userMessage,
    );
  }
  const msal = (typeof error === 'object' && error !== null ? error : {}) as MsalLikeError;
  const text = `${msal.errorCode ?? ''} ${msal.subError ?? ''} ${msal.errorMessage ?? ''} ${msal.message ?? ''}`;
  const aadsts = /AADSTS(\d+)/.exec(text)?.[0];
  const errorCode = (msal.errorCode ?? '').toLowerCase();
  const detail = msal.errorMessage || msal.message || String(error);
  const make = (code: AuthErrorCode, action: AuthAction) =>
    new AuthError({ code, source: aadsts ?? (msal.errorCode || undefined), action, detail, cause: error });
  const consentLink = adminConsentUrl(context);

  switch (aadsts) {
    case 'AADSTS65001':
      return make(
        'consent-missing',
        consentLink ? { kind: 'consent-link', url: consentLink } : { kind: 'sign-in' },
      );
    case 'AADSTS90094':
    case 'AADSTS90008':
    case 'AADSTS65004':
      return make(
        'admin-consent-required',
        consentLink ? { kind: 'consent-link', url: consentLink } : { kind: 'contact-admin' },
      );
    case 'AADSTS50020':
    case 'AADSTS50194':
      return make('account-type-not-allowed', {
        kind: 'fix-registration',
        setting: 'Supported account types',
      });
    case 'AADSTS7000218':
    case 'AADSTS9002326':
      return make('confidential-client', {
        kind: 'fix-registration',
        setting: 'Authentication → Single-page application',
      });
    case 'AADSTS700016':
    case 'AADSTS900144':
      return make('invalid-client', { kind: 'open-settings', setting: 'account.clientId' });
    case 'AADSTS50011':
      return make('redirect-uri-mismatch', {
        kind: 'fix-registration',
        setting: 'Authentication → Redirect URIs',
      });
    case 'AADSTS53003':
    case 'AADSTS50105':
      return make('insufficient-privileges', { kind: 'contact-admin' });
  }
  if (errorCode === 'consent_required')
    return make(
      'consent-missing',
      consentLink ? { kind: 'consent-link', url: consentLink } : { kind: 'sign-in' },
    );
  if (errorCode === 'invalid_client' || errorCode === 'unauthorized_client')
    return make('invalid-client', { kind: 'open-settings', setting: 'account.clientId' });
  if (
    msal.name === 'InteractionRequiredAuthError' ||
    [
      'interaction_required',
      'login_required',
      'no_tokens_found',
      'no_account_error',
      'no_account_in_silent_request',
      'no_account_found',
      'user_interaction_required',
      'refresh_token_expired',
      'native_account_unavailable',
    ].includes(errorCode)
  ) {
    return make('interaction-required', { kind: 'sign-in' });
  }
  if (
    ['user_cancelled', 'user_canceled', 'user_cancel', 'popup_window_error', 'empty_window_error'].includes(
      errorCode,
    )
  ) {
    return errorCode.startsWith('user')
      ? make('user-cancelled', { kind: 'sign-in' })
      : make('dialog-blocked', { kind: 'sign-in' });
  }
  if (
    errorCode === 'access_denied' ||
    errorCode === 'insufficient_privileges' ||
    /Authorization_RequestDenied|insufficient privileges/i.test(text)
  ) {
    return make('insufficient-privileges', { kind: 'contact-admin' });
  }
  if (
    [
      'no_network_connectivity',
      'no_network',
      'endpoints_resolution_error',
      'network_error',
      'post_request_failed',
      'get_request_failed',
    ].includes(errorCode) ||
    (error instanceof TypeError && /fetch/i.test(error.message))
  ) {
    return make('network', { kind: 'retry' });
  }
  return make('unknown', { kind: 'sign-in' });
}
