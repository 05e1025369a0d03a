/**
 * @jest-environment jest-fixed-jsdom
 */
// The pane side of the dialog fallback, with real MSAL: silent fails (nobody signed in), the Office dialog opens
// with the right request, and its answer (or its failure) is what the caller gets.
import { webcrypto } from 'node:crypto';
import { resolveAccount } from '../../../src/auth/clouds';
import { createDialogTokenProvider } from '../../../src/auth/dialog-provider';
import { isAuthError } from '../../../src/auth/errors';
import type { AuthDialogMessage, DialogUi } from '../../../src/auth/office-dialog';

Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
const channels: BroadcastChannel[] = [];
const NodeBroadcastChannel = globalThis.BroadcastChannel;
globalThis.BroadcastChannel = class extends NodeBroadcastChannel {
  constructor(name: string) {
    super(name);
    channels.push(this);
  }
};
afterAll(() => channels.forEach((channel) => channel.close()));

// The Office enums the dialog code reads.
(globalThis as unknown as { Office: unknown }).Office = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
};

type Behaviour = { answer: AuthDialogMessage } | { openError: number } | { closedByUser: true };

function fakeUi(behaviour: Behaviour) {
  const opened: string[] = [];
  let closed = 0;
  const ui: DialogUi = {
    displayDialogAsync: (url, _options, callback) => {
      opened.push(url);
      if ('openError' in behaviour) {
        callback({
          status: 'failed',
          error: { code: behaviour.openError, message: 'blocked', name: 'Error' },
        } as unknown as Office.AsyncResult<Office.Dialog>);
        return;
      }
      const handlers = new Map<string, (event: unknown) => void>();
      const dialog = {
        addEventHandler: (type: string, handler: (event: unknown) => void) => handlers.set(type, handler),
        close: () => (closed += 1),
      };
      callback({ status: 'succeeded', value: dialog } as unknown as Office.AsyncResult<Office.Dialog>);
      setTimeout(() => {
        if ('answer' in behaviour)
          handlers.get('dialogMessageReceived')?.({
            message: JSON.stringify(behaviour.answer),
            origin: 'https://addin.example',
          });
        else handlers.get('dialogEventReceived')?.({ error: 12006 });
      }, 0);
    },
  };
  return { ui, opened, closed: () => closed };
}

const account = resolveAccount({
  clientId: 'client-1',
  tenant: 'organizations',
  cloud: 'global',
  authorityHost: '',
  graphBaseUrl: 'https://graph.microsoft.com/v1.0',
});
const provider = (ui: DialogUi) =>
  createDialogTokenProvider({
    account,
    signInScopes: ['User.Read', 'Mail.Read'],
    ui,
    dialogPageUrl: 'https://addin.example/auth-dialog.html',
  });

beforeEach(() => localStorage.clear());

describe('the Office-dialog fallback', () => {
  test('nobody signed in → the dialog opens with the request → its token and account are used', async () => {
    const { ui, opened, closed } = fakeUi({
      answer: {
        status: 'success',
        accessToken: 'dialog-token',
        expiresOn: new Date(Date.now() + 3600_000).toISOString(),
        scopes: ['User.Read', 'Mail.Read'],
        account: {
          homeAccountId: 'oid.tid',
          username: 'adele@contoso.example',
          name: 'Adele Vance',
          tenantId: 'tid',
        },
      },
    });
    const dialog = provider(ui);
    const signedIn = await dialog.signIn();
    expect(signedIn).toMatchObject({ username: 'adele@contoso.example', name: 'Adele Vance' });
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]);
    expect(`${url.origin}${url.pathname}`).toBe('https://addin.example/auth-dialog.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      clientId: 'client-1',
      authority: 'https://login.microsoftonline.com/organizations',
      scopes: 'User.Read Mail.Read',
    });
    expect(closed()).toBe(1);
  });

  test('the dialog’s sign-in error is mapped (AADSTS50020 → account type not allowed)', async () => {
    const { ui } = fakeUi({
      answer: {
        status: 'error',
        errorCode: 'invalid_request',
        errorMessage: 'AADSTS50020: User account does not exist in tenant.',
      },
    });
    const error = await provider(ui)
      .getAccessToken(['Mail.Read'])
      .catch((caught: unknown) => caught);
    expect(isAuthError(error) && error.code).toBe('account-type-not-allowed');
  });

  test('a blocked dialog (12011) and a closed dialog (12006) say what to do', async () => {
    const blocked = await provider(fakeUi({ openError: 12011 }).ui)
      .signIn()
      .catch((caught: unknown) => caught);
    expect(isAuthError(blocked) && blocked.code).toBe('dialog-blocked');
    const closed = await provider(fakeUi({ closedByUser: true }).ui)
      .signIn()
      .catch((caught: unknown) => caught);
    expect(isAuthError(closed) && closed.code).toBe('user-cancelled');
  });

  test('interactive: false never opens the dialog', async () => {
    const { ui, opened } = fakeUi({ closedByUser: true });
    const error = await provider(ui)
      .getAccessToken(['Mail.Read'], { interactive: false })
      .catch((caught: unknown) => caught);
    expect(isAuthError(error) && error.code).toBe('interaction-required');
    expect(opened).toHaveLength(0);
  });
});
