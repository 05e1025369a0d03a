/**
 * A real OpenID Connect provider (`oidc-provider`) on 127.0.0.1 for end-to-end sign-in tests: HTTPS with a fresh
 * self-signed certificate (MSAL refuses http authorities), mounted under `/<tenant>` so the authority looks like
 * Microsoft's (`https://127.0.0.1:<port>/common`), one public client (no secret, PKCE, authorization code) and a
 * resource server standing for Graph, so MSAL's Graph scopes are granted and the access token is a JWT for it.
 */
import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  randomUUID,
  verify,
  type JsonWebKey,
} from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import Provider, { errors, type Configuration } from 'oidc-provider';
import { generate } from 'selfsigned';

export interface TestAccount {
  sub: string;
  name: string;
  email: string;
}

export interface OidcProviderOptions {
  clientId: string;
  redirectUris: string[];
  /** Graph's origin: the resource indicator and the prefix of the scopes MSAL asks (`<origin>/User.Read`). */
  graphResource: string;
  /** Bare Graph scope names the resource server grants. */
  graphScopes: readonly string[];
  accounts: readonly TestAccount[];
  /** @default 'common' */
  tenant?: string;
}

export interface RunningOidcProvider {
  /** `https://127.0.0.1:<port>/<tenant>`: MSAL's authority and the tokens' `iss`. */
  issuer: string;
  /** `https://127.0.0.1:<port>`: the authority host for settings. */
  origin: string;
  /** SHA-256 of the certificate's public key, base64: Chromium's `--ignore-certificate-errors-spki-list`. */
  certificateSpki: string;
  /** Requests the provider answered, `METHOD path`, in order. */
  requests: string[];
  /** Checks an access or ID token's RS256 signature against the provider's key and returns its claims. */
  verifyJwt(token: string): Record<string, unknown>;
  close(): Promise<void>;
}

function base64UrlJson(segment: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>;
}

export async function startOidcProvider(options: OidcProviderOptions): Promise<RunningOidcProvider> {
  const tenant = options.tenant ?? 'common';
  const mount = `/${tenant}`;
  const certificate = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
    ],
  });
  const certificateSpki = createHash('sha256')
    .update(createPublicKey(certificate.cert).export({ type: 'spki', format: 'der' }))
    .digest('base64');

  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const privateJwk: JsonWebKey = {
    ...signingKey.privateKey.export({ format: 'jwk' }),
    kid,
    alg: 'RS256',
    use: 'sig',
  };

  const server: Server = createServer({ key: certificate.private, cert: certificate.cert });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `https://127.0.0.1:${port}`;
  const issuer = `${origin}${mount}`;
  const graphScopes = options.graphScopes.map((scope) => `${options.graphResource}/${scope}`).join(' ');

  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: options.redirectUris,
      },
    ],
    jwks: { keys: [privateJwk as never] },
    pkce: { required: () => true },
    // The pane and the dialog are on the workbench's origin: CORS for exactly the client's redirect origins.
    clientBasedCORS: (_context, requestOrigin, client) =>
      client.redirectUris?.some((uri) => new URL(uri).origin === requestOrigin) ?? false,
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email'] },
    // MSAL builds the account from the ID token (OIDC mode has no client_info): names go in it, not only userinfo.
    conformIdTokenClaims: false,
    findAccount: (_context, sub) => {
      const account = options.accounts.find((candidate) => candidate.sub === sub || candidate.email === sub);
      if (!account) return undefined;
      return {
        accountId: account.sub,
        claims: () => ({
          sub: account.sub,
          name: account.name,
          preferred_username: account.email,
          email: account.email,
        }),
      };
    },
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // MSAL sends no `resource`: Graph is the default, and the code's resource carries over to the token call.
        defaultResource: () => options.graphResource,
        useGrantedResource: () => true,
        getResourceServerInfo: (_context, resourceIndicator) => {
          if (resourceIndicator !== options.graphResource) throw new errors.InvalidTarget();
          return {
            scope: graphScopes,
            audience: options.graphResource,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 3600,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    // Outlook opens the dialog as a window; the workbench shows it in an iframe of an http page, which makes the
    // provider third-party (http and https are different sites): its cookies must be cross-site and partitioned.
    cookies: {
      keys: [randomUUID()],
      long: { sameSite: 'none', secure: true, partitioned: true },
      short: { sameSite: 'none', secure: true, partitioned: true },
    },
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();
  const requests: string[] = [];

  server.on('request', (request, response) => {
    const url = request.url ?? '/';
    requests.push(`${request.method ?? 'GET'} ${url}`);
    if (url !== mount && !url.startsWith(`${mount}/`) && !url.startsWith(`${mount}?`)) {
      response.writeHead(404).end();
      return;
    }
    // Mounted like `app.use(mount, provider.callback())`: oidc-provider reads the mount from originalUrl.
    Object.assign(request, { originalUrl: url });
    request.url = url.slice(mount.length) || '/';
    void callback(request, response);
  });

  const publicKey = createPublicKey({ key: privateJwk, format: 'jwk' });
  return {
    issuer,
    origin,
    certificateSpki,
    requests,
    verifyJwt(token) {
      const [header, payload, signature] = token.split('.');
      if (!header || !payload || !signature) throw new Error('Not a JWT.');
      const algorithm = base64UrlJson(header).alg;
      if (algorithm !== 'RS256') throw new Error(`Unexpected JWT algorithm ${String(algorithm)}.`);
      const valid = verify(
        'sha256',
        Buffer.from(`${header}.${payload}`),
        publicKey,
        Buffer.from(signature, 'base64url'),
      );
      if (!valid) throw new Error('The JWT signature does not match the provider key.');
      return base64UrlJson(payload);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
