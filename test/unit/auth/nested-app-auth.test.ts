/**
 * @jest-environment jest-fixed-jsdom
 */
// MSAL needs a window (storage, crypto, BroadcastChannel); the real MSAL code runs against a fake Outlook bridge.
import { webcrypto } from 'node:crypto';
import { resolveAccount } from '../../../src/auth/clouds';
import { isAuthError } from '../../../src/auth/errors';
import { createNestedAppAuthProvider } from '../../../src/auth/nested-app-auth-provider';
import { installFakeHost, TEST_USER, type FakeHost } from './helpers/fake-naa-bridge';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const account = resolveAccount({
  clientId: CLIENT_ID,
  tenant: 'organizations',
  cloud: 'global',
  authorityHost: '',
  graphBaseUrl: 'https://graph.microsoft.com/v1.0',
});

// jsdom has getRandomValues but no SubtleCrypto; MSAL encrypts its localStorage cache with it.
Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });

// MSAL syncs windows over a BroadcastChannel it never closes; Node keeps the process alive for an open one.
const channels: BroadcastChannel[] = [];
const NodeBroadcastChannel = globalThis.BroadcastChannel;
globalThis.BroadcastChannel = class extends NodeBroadcastChannel {
  constructor(name: string) {
    super(name);
    channels.push(this);
  }
};
afterAll(() => channels.forEach((channel) => channel.close()));

let host: FakeHost;
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => host?.uninstall());

const provider = () => createNestedAppAuthProvider({ account, signInScopes: ['User.Read', 'Mail.Read'] });

describe('nested app authentication', () => {
  test('sign-in is silent when Outlook already has consent; the account comes from the host', async () => {
    host = installFakeHost(['User.Read', 'Mail.Read']);
    const naa = provider();
    const signedIn = await naa.signIn();
    expect(signedIn).toMatchObject({
      username: TEST_USER.username,
      name: TEST_USER.name,
      tenantId: TEST_USER.tid,
    });
    expect(naa.account()?.username).toBe(TEST_USER.username);
    expect(host.requests.map((request) => request.method)).toEqual(['GetInitContext', 'GetToken']);
    expect(host.requests[1].clientId).toBe(CLIENT_ID);
  });

  test('silent → interaction required → the host’s interactive consent → token; later calls come from MSAL’s cache', async () => {
    host = installFakeHost(['User.Read', 'Mail.Read']);
    const naa = provider();
    await naa.signIn();
    const token = await naa.getAccessToken(['Mail.ReadWrite']);
    expect(token).toMatch(/^naa-token-/);
    expect(
      host.requests.slice(2).map((request) => [request.method, request.scope?.includes('Mail.ReadWrite')]),
    ).toEqual([
      ['GetToken', true],
      ['GetTokenPopup', true],
    ]);
    const before = host.requests.length;
    await expect(naa.getAccessToken(['Mail.ReadWrite'])).resolves.toBe(token);
    expect(host.requests.length).toBe(before);
  });

  test('forceRefresh skips the cache and asks the host again', async () => {
    host = installFakeHost(['User.Read', 'Mail.Read']);
    const naa = provider();
    const first = await naa.getAccessToken(['Mail.Read']);
    const refreshed = await naa.getAccessToken(['Mail.Read'], { forceRefresh: true });
    expect(refreshed).not.toBe(first);
    expect(
      host.requests.filter((request) => request.method === 'GetToken').map((request) => request.forceRefresh),
    ).toEqual([false, true]);
  });

  test('missing consent with interactive: false shows no UI and offers the admin consent link for that scope', async () => {
    host = installFakeHost(['User.Read']);
    const naa = provider();
    const error = await naa
      .getAccessToken(['Calendars.ReadWrite'], { interactive: false })
      .catch((caught: unknown) => caught);
    if (!isAuthError(error)) throw error;
    expect(error).toMatchObject({ code: 'consent-missing', source: 'AADSTS65001' });
    expect(error.action).toEqual({
      kind: 'consent-link',
      url: `https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=${CLIENT_ID}&scope=Calendars.ReadWrite`,
    });
    expect(host.requests.some((request) => request.method === 'GetTokenPopup')).toBe(false);
  });

  test('a plain interaction_required from the host maps to a sign-in action', async () => {
    host = installFakeHost([]);
    host.silentError = {
      status: 'USER_INTERACTION_REQUIRED',
      code: 'interaction_required',
      description: 'Session expired.',
    };
    const error = await provider()
      .getAccessToken(['Mail.Read'], { interactive: false })
      .catch((caught: unknown) => caught);
    expect(isAuthError(error) && [error.code, error.action.kind]).toEqual([
      'interaction-required',
      'sign-in',
    ]);
  });

  test('the user cancelling the host’s prompt is reported as cancelled', async () => {
    host = installFakeHost([]);
    host.popupError = {
      status: 'USER_CANCEL',
      code: 'user_cancelled',
      description: 'User cancelled the flow.',
    };
    const error = await provider()
      .signIn()
      .catch((caught: unknown) => caught);
    expect(isAuthError(error) && error.code).toBe('user-cancelled');
  });

  test('a missing client id is a settings problem, before MSAL loads', async () => {
    host = installFakeHost([]);
    const naa = createNestedAppAuthProvider({
      account: { ...account, clientId: '' },
      signInScopes: ['User.Read'],
    });
    const error = await naa.getAccessToken(['User.Read']).catch((caught: unknown) => caught);
    expect(isAuthError(error) && error.action).toEqual({
      kind: 'open-settings',
      setting: 'account.clientId',
    });
    expect(host.requests).toHaveLength(0);
  });
});
