import { AuthError, authErrorFromOfficeDialog } from './errors';

/** The part of `Office.context.ui` the dialog fallback uses (the workbench's host emulator provides it too). */
export interface DialogUi {
  displayDialogAsync(
    startAddress: string,
    options: Office.DialogOptions,
    callback: (result: Office.AsyncResult<Office.Dialog>) => void,
  ): void;
}

/** What the auth dialog page sends back with `messageParent`. */
export type AuthDialogMessage =
  | {
      status: 'success';
      accessToken: string;
      /** ISO 8601 */
      expiresOn: string;
      scopes: string[];
      account: { homeAccountId: string; username: string; name?: string; tenantId?: string };
    }
  | { status: 'error'; errorCode?: string; errorMessage?: string; subError?: string };

/**
 * Opens the auth page in an Office dialog and resolves with the first message it sends. Office callbacks never
 * throw: every outcome settles the promise (dialog closed → user-cancelled, blocked → dialog-blocked).
 */
export function runAuthDialog(ui: DialogUi, url: string, signal?: AbortSignal): Promise<AuthDialogMessage> {
  return new Promise((resolve, reject) => {
    let dialog: Office.Dialog | undefined;
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      try {
        dialog?.close();
      } catch {
        // Closing an already closed dialog throws in some hosts; the outcome is already known.
      }
      outcome();
    };
    const onAbort = () =>
      finish(() =>
        reject(
          new AuthError({
            code: 'user-cancelled',
            action: { kind: 'sign-in' },
            detail: 'Sign-in was cancelled by the caller.',
          }),
        ),
      );
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          finish(() => reject(authErrorFromOfficeDialog(result.error.code, result.error.message)));
          return;
        }
        dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (event) => {
          if (!('message' in event)) return;
          let message: AuthDialogMessage;
          try {
            message = JSON.parse(event.message) as AuthDialogMessage;
          } catch {
            finish(() =>
              reject(
                new AuthError({
                  code: 'dialog-failed',
                  action: { kind: 'sign-in' },
                  detail: 'The sign-in page sent an unreadable message.',
                }),
              ),
            );
            return;
          }
          finish(() => resolve(message));
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (event) => {
          if ('error' in event) finish(() => reject(authErrorFromOfficeDialog(event.error)));
        });
      });
    } catch (error) {
      finish(() =>
        reject(
          new AuthError({
            code: 'dialog-failed',
            action: { kind: 'sign-in' },
            detail: String(error),
            cause: error,
          }),
        ),
      );
    }
  });
}

/** Query parameters the dialog page reads (nothing secret: ids, hosts and scopes). */
export interface AuthDialogParameters {
  clientId: string;
  authority: string;
  knownAuthorities: string[];
  scopes: string[];
  loginHint?: string;
}

export function authDialogUrl(pageUrl: string, parameters: AuthDialogParameters): string {
  const url = new URL(pageUrl);
  url.searchParams.set('clientId', parameters.clientId);
  url.searchParams.set('authority', parameters.authority);
  if (parameters.knownAuthorities.length > 0)
    url.searchParams.set('knownAuthorities', parameters.knownAuthorities.join(' '));
  url.searchParams.set('scopes', parameters.scopes.join(' '));
  if (parameters.loginHint) url.searchParams.set('loginHint', parameters.loginHint);
  return url.toString();
}

export function readAuthDialogParameters(search: string): AuthDialogParameters | undefined {
  const query = new URLSearchParams(search);
  const clientId = query.get('clientId');
  const authority = query.get('authority');
  if (!clientId || !authority) return undefined;
  const split = (value: string | null) => (value ? value.split(' ').filter(Boolean) : []);
  return {
    clientId,
    authority,
    knownAuthorities: split(query.get('knownAuthorities')),
    scopes: split(query.get('scopes')),
    loginHint: query.get('loginHint') ?? undefined,
  };
}
