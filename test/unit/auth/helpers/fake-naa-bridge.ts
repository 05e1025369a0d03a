/** A stand-in for Outlook's side of nested app authentication: `window.nestedAppAuthBridge`. */
export interface BridgeRequestSeen {
  method: 'GetInitContext' | 'GetToken' | 'GetTokenPopup';
  scope?: string;
  forceRefresh?: boolean;
  clientId?: string;
}

export interface FakeHost {
  requests: BridgeRequestSeen[];
  /** Scopes the user has consented to; GetToken for anything else answers "interaction required". */
  consented: Set<string>;
  /** When set, GetTokenPopup fails with this bridge error instead of consenting. */
  popupError?: { status: string; code?: string; description?: string };
  /** When set, GetToken fails with this bridge error. */
  silentError?: { status: string; code?: string; description?: string };
  tokensIssued: number;
  uninstall(): void;
}

function base64Url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export const TEST_USER = {
  oid: '00000000-0000-0000-0000-0000000000a1',
  tid: '00000000-0000-0000-0000-0000000000b2',
  username: 'adele@contoso.example',
  name: 'Adele Vance',
};

function idToken(clientId: string): string {
  const now = Math.floor(Date.now() / 1000);
  return [
    base64Url({ alg: 'none', typ: 'JWT' }),
    base64Url({
      aud: clientId,
      iss: `https://login.microsoftonline.com/${TEST_USER.tid}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      oid: TEST_USER.oid,
      tid: TEST_USER.tid,
      sub: 'subject',
      name: TEST_USER.name,
      preferred_username: TEST_USER.username,
      ver: '2.0',
    }),
    'signature',
  ].join('.');
}

export function installFakeHost(consented: string[] = []): FakeHost {
  const listeners = new Set<(response: string) => void>();
  const host: FakeHost = {
    requests: [],
    consented: new Set(consented),
    tokensIssued: 0,
    uninstall: () => {
      delete (window as unknown as Record<string, unknown>).nestedAppAuthBridge;
    },
  };
  const answer = (payload: object) =>
    setTimeout(() => listeners.forEach((listener) => listener(JSON.stringify(payload))), 0);
  const account = {
    homeAccountId: `${TEST_USER.oid}.${TEST_USER.tid}`,
    environment: 'login.microsoftonline.com',
    tenantId: TEST_USER.tid,
    username: TEST_USER.username,
    localAccountId: TEST_USER.oid,
    name: TEST_USER.name,
  };
  const tokenFor = (requestId: string, clientId: string, scope: string) => {
    host.tokensIssued += 1;
    answer({
      messageType: 'NestedAppAuthResponse',
      requestId,
      success: true,
      token: {
        access_token: `naa-token-${host.tokensIssued}`,
        expires_in: 3600,
        id_token: idToken(clientId),
        properties: null,
        scope,
      },
      account,
    });
  };
  (window as unknown as Record<string, unknown>).nestedAppAuthBridge = {
    addEventListener: (_name: string, listener: (response: string) => void) => listeners.add(listener),
    removeEventListener: (_name: string, listener: (response: string) => void) => listeners.delete(listener),
    postMessage: (message: string) => {
      const request = JSON.parse(message) as {
        method: BridgeRequestSeen['method'];
        requestId: string;
        tokenParams?: { scope: string; forceRefresh?: boolean; clientId: string };
      };
      host.requests.push({
        method: request.method,
        scope: request.tokenParams?.scope,
        forceRefresh: request.tokenParams?.forceRefresh,
        clientId: request.tokenParams?.clientId,
      });
      const fail = (error: object) =>
        answer({ messageType: 'NestedAppAuthResponse', requestId: request.requestId, success: false, error });
      if (request.method === 'GetInitContext') {
        answer({
          messageType: 'NestedAppAuthResponse',
          requestId: request.requestId,
          success: true,
          initContext: { sdkName: 'fake-outlook', sdkVersion: '1.0', capabilities: {} },
        });
        return;
      }
      const params = request.tokenParams!;
      const wanted = params.scope
        .split(' ')
        .filter((scope) => !['openid', 'profile', 'offline_access'].includes(scope));
      if (request.method === 'GetToken') {
        if (host.silentError) return fail(host.silentError);
        if (wanted.every((scope) => host.consented.has(scope)))
          return tokenFor(request.requestId, params.clientId, params.scope);
        return fail({
          status: 'USER_INTERACTION_REQUIRED',
          code: 'interaction_required',
          description: 'AADSTS65001: The user or administrator has not consented to use the application.',
        });
      }
      if (host.popupError) return fail(host.popupError);
      wanted.forEach((scope) => host.consented.add(scope));
      tokenFor(request.requestId, params.clientId, params.scope);
    },
  };
  return host;
}
