import type { Settings } from '../settings/schema';

type AccountSettings = Settings['account'];
export type CloudName = AccountSettings['cloud'];

export interface CloudEndpoints {
  /** e.g. https://login.microsoftonline.us */
  authorityHost: string;
  /** Graph root with version, e.g. https://graph.microsoft.us/v1.0 */
  graphBaseUrl: string;
}

/** National clouds: sign-in and Graph hosts (learn.microsoft.com/graph/deployments). */
export const CLOUD_ENDPOINTS: Readonly<Record<Exclude<CloudName, 'custom'>, CloudEndpoints>> = {
  global: {
    authorityHost: 'https://login.microsoftonline.com',
    graphBaseUrl: 'https://graph.microsoft.com/v1.0',
  },
  'usgov-l4': {
    authorityHost: 'https://login.microsoftonline.us',
    graphBaseUrl: 'https://graph.microsoft.us/v1.0',
  },
  'usgov-l5': {
    authorityHost: 'https://login.microsoftonline.us',
    graphBaseUrl: 'https://dod-graph.microsoft.us/v1.0',
  },
  china: {
    authorityHost: 'https://login.chinacloudapi.cn',
    graphBaseUrl: 'https://microsoftgraph.chinacloudapi.cn/v1.0',
  },
};

export interface ResolvedAccount {
  clientId: string;
  /** `${authorityHost}/${tenant}` */
  authority: string;
  authorityHost: string;
  graphBaseUrl: string;
  /** Graph's resource (origin), the prefix of fully qualified scopes. */
  graphResource: string;
  /** Non-Microsoft authorities MSAL must be told to trust (custom cloud, a loopback identity provider). */
  knownAuthorities: string[];
  /** Graph is a simulator on this machine: the dev token provider applies when no client id is set. */
  graphIsLoopback: boolean;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackUrl(url: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

const TENANT_PATTERN =
  /^(common|organizations|consumers|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(\.[a-z0-9-]+)+)$/i;

/**
 * Settings → endpoints. A named cloud uses Microsoft's hosts for that cloud; `custom` uses the hosts typed in
 * settings. A loopback Graph base URL (the simulator) is used as is whatever the cloud: it is never a real cloud.
 */
export function resolveAccount(account: AccountSettings): ResolvedAccount {
  const tenant = account.tenant.trim() || 'common';
  if (!TENANT_PATTERN.test(tenant))
    throw new TypeError(
      `Tenant '${account.tenant}' is not common, organizations, consumers, a tenant id or a domain.`,
    );
  const preset = account.cloud === 'custom' ? undefined : CLOUD_ENDPOINTS[account.cloud];
  const graphIsLoopback = isLoopbackUrl(account.graphBaseUrl);
  const authorityHost = (preset?.authorityHost ?? account.authorityHost).replace(/\/+$/, '');
  const graphBaseUrl = (graphIsLoopback || !preset ? account.graphBaseUrl : preset.graphBaseUrl).replace(
    /\/+$/,
    '',
  );
  const microsoftAuthority = Object.values(CLOUD_ENDPOINTS).some(
    (endpoints) => endpoints.authorityHost === authorityHost,
  );
  return {
    clientId: account.clientId.trim(),
    authority: `${authorityHost}/${tenant}`,
    authorityHost,
    graphBaseUrl,
    graphResource: new URL(graphBaseUrl).origin,
    knownAuthorities: microsoftAuthority ? [] : [new URL(authorityHost).host],
    graphIsLoopback,
  };
}

/**
 * `Mail.Read` → `https://graph.microsoft.us/Mail.Read` outside the global cloud (a bare scope means global Graph).
 * OIDC scopes and already qualified scopes stay as they are.
 */
export function qualifyScopes(scopes: readonly string[], graphResource: string): string[] {
  const bare = new Set(['openid', 'profile', 'offline_access', 'email']);
  if (graphResource === 'https://graph.microsoft.com') return [...scopes];
  return scopes.map((scope) =>
    bare.has(scope) || scope.includes('://') ? scope : `${graphResource}/${scope}`,
  );
}
