/**
 * Dev bearer tokens and scope checks. Tokens are JWT-shaped (`scp` and `exp` claims, unsigned) so clients that peek
 * at them work, but the simulator only trusts tokens it issued. Expiry uses the wall clock, not the tenant's "now",
 * so a test can let a token lapse mid-run.
 */
import { randomUUID } from 'node:crypto';
import { GraphError } from './errors';

interface IssuedToken {
  scopes: string[];
  expiresAt: number;
}

export interface TokenGrant {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

function base64Url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Scopes a held scope grants: itself, `.All` → narrower, `ReadWrite` → `Read`, `Mail.Read` → `Mail.ReadBasic`. */
export function impliedScopes(scope: string): Set<string> {
  const result = new Set<string>();
  const visit = (name: string): void => {
    const lower = name.toLowerCase();
    if (result.has(lower)) return;
    result.add(lower);
    if (lower.endsWith('.all')) visit(lower.slice(0, -4));
    if (lower.endsWith('.shared')) visit(lower.slice(0, -7));
    if (lower.includes('.readwrite')) visit(lower.replace('.readwrite', '.read'));
    if (lower === 'mail.read') visit('mail.readbasic');
    if (lower === 'notes.readwrite') visit('notes.create');
  };
  visit(scope);
  return result;
}

export function hasAnyScope(held: readonly string[], required: readonly string[]): boolean {
  if (required.length === 0) return true;
  const granted = new Set(held.flatMap((scope) => [...impliedScopes(scope)]));
  return required.some((scope) => granted.has(scope.toLowerCase()));
}

export class TokenRegistry {
  private readonly tokens = new Map<string, IssuedToken>();

  issue(scopes: readonly string[], expiresInSeconds = 3600): TokenGrant {
    const expiresAt = Date.now() + expiresInSeconds * 1000;
    const payload = {
      aud: 'https://graph.microsoft.com',
      iss: 'graph-simulator',
      scp: scopes.join(' '),
      exp: Math.floor(expiresAt / 1000),
      jti: randomUUID(),
    };
    const token = `${base64Url({ typ: 'JWT', alg: 'none' })}.${base64Url(payload)}.sim`;
    this.tokens.set(token, { scopes: [...scopes], expiresAt });
    return {
      access_token: token,
      token_type: 'Bearer',
      expires_in: expiresInSeconds,
      scope: scopes.join(' '),
    };
  }

  /** The scopes of the bearer token in an Authorization header; 401 InvalidAuthenticationToken otherwise. */
  authenticate(authorization: string | undefined): string[] {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
    if (!match) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const issued = this.tokens.get(match[1] as string);
    if (!issued)
      throw new GraphError(
        401,
        'InvalidAuthenticationToken',
        'IDX14100: JWT is not well formed, the token was not issued by this service.',
      );
    if (Date.now() >= issued.expiresAt)
      throw new GraphError(
        401,
        'InvalidAuthenticationToken',
        'Lifetime validation failed, the token is expired.',
      );
    return issued.scopes;
  }
}
