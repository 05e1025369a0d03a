/**
 * Runs in a frame that loaded the Office emulator: the production token provider, chosen by `createTokenProvider`
 * from settings and the host's requirement sets, exposed to the test as `window.authE2e`. Results come back as
 * plain data (an AuthError does not cross `page.evaluate`).
 */
import { createTokenProvider } from '../../../../src/auth/create-token-provider';
import { isAuthError } from '../../../../src/auth/errors';
import type { AccountInfo, TokenProvider } from '../../../../src/auth/types';
import { settingsSchema } from '../../../../src/settings/schema';

export type AuthE2eOutcome =
  | { ok: true; kind: TokenProvider['kind']; account: AccountInfo; accessToken: string }
  | { ok: false; name: string; code?: string; source?: string; userMessage?: string; message: string };

export interface AuthE2e {
  /** Signs in with these `account` settings, then asks for a Graph token without UI (MSAL's cache). */
  signIn(account: Record<string, string>): Promise<AuthE2eOutcome>;
}

function failure(error: unknown): AuthE2eOutcome {
  if (isAuthError(error))
    return {
      ok: false,
      name: error.name,
      code: error.code,
      source: error.source,
      userMessage: error.userMessage,
      message: error.message,
    };
  return { ok: false, name: 'Error', message: error instanceof Error ? error.message : String(error) };
}

const authE2e: AuthE2e = {
  async signIn(account) {
    await Office.onReady();
    const settings = settingsSchema.parse({ account });
    try {
      const provider = createTokenProvider({
        settings: () => settings,
        requirements: Office.context.requirements,
        ui: Office.context.ui,
        // As the pane would: the dialog page next to the pane's own page.
        dialogPageUrl: new URL('auth-dialog.html', location.href).href,
      });
      const signedIn = await provider.signIn();
      const accessToken = await provider.getAccessToken(['User.Read'], { interactive: false });
      return { ok: true, kind: provider.kind, account: signedIn, accessToken };
    } catch (error) {
      return failure(error);
    }
  },
};

Object.assign(window, { authE2e });
