import { qualifyScopes, resolveAccount } from '../../../src/auth/clouds';
import { defaultSettings } from '../../../src/settings/schema';

const base = defaultSettings().account;

describe('sovereign clouds', () => {
  test.each([
    ['global', 'https://login.microsoftonline.com/common', 'https://graph.microsoft.com/v1.0'],
    ['usgov-l4', 'https://login.microsoftonline.us/common', 'https://graph.microsoft.us/v1.0'],
    ['usgov-l5', 'https://login.microsoftonline.us/common', 'https://dod-graph.microsoft.us/v1.0'],
    ['china', 'https://login.chinacloudapi.cn/common', 'https://microsoftgraph.chinacloudapi.cn/v1.0'],
  ] as const)('%s → %s and %s', (cloud, authority, graphBaseUrl) => {
    const resolved = resolveAccount({ ...base, cloud });
    expect(resolved).toMatchObject({ authority, graphBaseUrl, knownAuthorities: [], graphIsLoopback: false });
  });

  test('scopes are qualified with the cloud’s Graph resource outside the global cloud', () => {
    expect(qualifyScopes(['Mail.Read', 'offline_access'], 'https://graph.microsoft.us')).toEqual([
      'https://graph.microsoft.us/Mail.Read',
      'offline_access',
    ]);
    expect(qualifyScopes(['Mail.Read'], 'https://graph.microsoft.com')).toEqual(['Mail.Read']);
  });

  test('custom cloud uses the settings’ hosts and trusts its authority; a loopback Graph is the simulator', () => {
    const custom = resolveAccount({
      ...base,
      cloud: 'custom',
      tenant: 'contoso.example',
      authorityHost: 'http://127.0.0.1:4200/',
      graphBaseUrl: 'http://127.0.0.1:4100/v1.0',
    });
    expect(custom).toMatchObject({
      authority: 'http://127.0.0.1:4200/contoso.example',
      knownAuthorities: ['127.0.0.1:4200'],
      graphIsLoopback: true,
    });
    expect(resolveAccount({ ...base, graphBaseUrl: 'http://localhost:4100/v1.0' }).graphBaseUrl).toBe(
      'http://localhost:4100/v1.0',
    );
  });

  test('a tenant that is not a keyword, id or domain is refused', () => {
    expect(() => resolveAccount({ ...base, tenant: 'not a tenant/../x' })).toThrow(/Tenant/);
  });
});
