/**
 * The Office-dialog sign-in end to end in Chromium: the production token provider (picked by createTokenProvider
 * because the emulated host lacks NestedAppAuth) opens dist/workbench/auth-dialog.html with the emulated
 * `displayDialogAsync`; the page runs MSAL's redirect sign-in (authorization code + PKCE, OIDC protocol mode)
 * against a real OpenID Connect provider on 127.0.0.1, the user signs in on the provider's own form, and the page
 * hands the result back with `messageParent`.
 */
import { chromium, type Browser, type Frame } from 'playwright-core';
import type { RunningWorkbenchServer } from '../../../src/workbench/server/server';
import { CHROMIUM_PATH, openGuardedPage, type GuardedPage } from '../../helpers/browser';
import { startOidcProvider, type RunningOidcProvider } from '../../helpers/oidc-provider';
import { startWorkbenchServer } from '../../../src/workbench/server/server';
import type { AuthE2e, AuthE2eOutcome } from './pages/pane-frame';
import { createTestDist, HOST_PAGE, type TestDist } from './pages/serve-test-pages';

const CLIENT_ID = '5e1f0c6a-0b7e-4a57-9d1c-6f3d2b8a9e10';
const ACCOUNT = { sub: 'adele', name: 'Adele Vance', email: 'adele@contoso.test' };

let browser: Browser;
let server: RunningWorkbenchServer;
let identity: RunningOidcProvider;
let testDist: TestDist;
let session: GuardedPage;

function accountSettings() {
  return {
    clientId: CLIENT_ID,
    tenant: 'common',
    cloud: 'custom',
    authorityHost: identity.origin,
    graphBaseUrl: server.graphBaseUrl,
  };
}

beforeAll(async () => {
  testDist = await createTestDist();
  server = await startWorkbenchServer({ port: 0, distDir: testDist.directory });
  identity = await startOidcProvider({
    clientId: CLIENT_ID,
    redirectUris: [`${server.origin}/workbench/auth-dialog.html`],
    graphResource: server.origin,
    graphScopes: ['User.Read', 'Mail.Read'],
    accounts: [ACCOUNT],
  });
  testDist.writeHostPage(identity.origin);
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Trust exactly the provider's fresh self-signed certificate (MSAL only accepts https authorities).
      `--ignore-certificate-errors-spki-list=${identity.certificateSpki}`,
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await identity?.close();
  await server?.close();
  testDist?.remove();
});

beforeEach(async () => {
  session = await openGuardedPage(browser);
});

afterEach(async () => {
  await session.context.close();
});

/**
 * Requests that tried to leave the machine, except the web font oidc-provider's development login page links
 * (the provider's page, not ours; the guard aborted it like any other).
 */
function addInOffHostRequests(): string[] {
  return session.offHostRequests.filter((url) => !url.startsWith('https://fonts.googleapis.com/css?'));
}

/** Starts sign-in in the pane frame; the promise settles when the provider does. */
function startSignIn(pane: Frame): Promise<AuthE2eOutcome> {
  return pane.evaluate(
    (account) => (window as unknown as { authE2e: AuthE2e }).authE2e.signIn(account),
    accountSettings(),
  );
}

async function paneFrame(): Promise<Frame> {
  const frameElement = await session.page.waitForSelector('#pane-frame');
  const frame = await frameElement.contentFrame();
  if (!frame) throw new Error('The pane frame did not load.');
  await frame.waitForFunction(() => 'authE2e' in window && typeof Office !== 'undefined');
  return frame;
}

describe('Office dialog sign-in against a loopback OpenID Connect provider', () => {
  it('signs in through the dialog and hands the pane an account and a token the provider issued', async () => {
    const { page } = session;
    await page.goto(`${server.origin}/${HOST_PAGE}`);
    const outcome = startSignIn(await paneFrame());

    // The provider's own login form, inside the dialog.
    const dialog = page.frameLocator('#dialog-frame');
    await dialog.locator('input[name="login"]').fill(ACCOUNT.sub);
    await dialog.locator('input[name="password"]').fill('any password');
    await dialog.getByRole('button', { name: 'Sign-in' }).click();
    await dialog.getByRole('button', { name: 'Continue' }).click();

    const result = await outcome;
    if (!result.ok) throw new Error(`Sign-in failed: ${JSON.stringify(result)}`);
    expect(result.kind).toBe('office-dialog');
    expect(result.account).toMatchObject({ username: ACCOUNT.email, name: ACCOUNT.name });

    // The token the pane holds (from MSAL's cache, without UI) is a JWT the loopback provider signed, for Graph.
    const claims = identity.verifyJwt(result.accessToken);
    expect(claims).toMatchObject({
      iss: identity.issuer,
      sub: ACCOUNT.sub,
      aud: server.origin,
      client_id: CLIENT_ID,
    });
    expect(String(claims.scope).split(' ')).toEqual(
      expect.arrayContaining([`${server.origin}/User.Read`, `${server.origin}/Mail.Read`]),
    );

    // A real code + PKCE exchange happened at the provider's token endpoint, and the dialog closed.
    expect(identity.requests).toEqual(
      expect.arrayContaining([expect.stringMatching(/^GET \/common\/auth\?.*code_challenge_method=S256/)]),
    );
    expect(identity.requests).toEqual(
      expect.arrayContaining([expect.stringMatching(/^POST \/common\/token\b/)]),
    );
    expect(await page.locator('#dialog-frame').isHidden()).toBe(true);
    expect(addInOffHostRequests()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('tells the user what to do when they close the sign-in dialog', async () => {
    const { page } = session;
    const requestsBefore = identity.requests.length;
    await page.goto(`${server.origin}/${HOST_PAGE}`);
    const outcome = startSignIn(await paneFrame());

    await page.frameLocator('#dialog-frame').locator('input[name="login"]').waitFor();
    await page.getByRole('button', { name: 'Close dialog' }).click();

    const result = await outcome;
    expect(result).toMatchObject({
      ok: false,
      code: 'user-cancelled',
      source: '12006',
      userMessage: 'Sign-in was cancelled. Select Sign in to try again.',
    });
    expect(
      identity.requests.slice(requestsBefore).some((request) => request.startsWith('POST /common/token')),
    ).toBe(false);
    expect(addInOffHostRequests()).toEqual([]);
  });
});
