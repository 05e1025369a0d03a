import { tokenProviderFor } from '../../../src/runtime/token-provider';
import { defaultSettings, type Settings } from '../../../src/settings/schema';

function settings(clientId: string, graphBaseUrl: string): Settings {
  const value = defaultSettings();
  value.account = { ...value.account, clientId, graphBaseUrl, cloud: 'custom' };
  return value;
}

function withOffice(nestedAppAuth: boolean, run: () => void): void {
  const office = {
    context: {
      requirements: { isSetSupported: (name: string) => name === 'NestedAppAuth' && nestedAppAuth },
      ui: { displayDialogAsync: () => undefined },
    },
  };
  (globalThis as { Office?: unknown }).Office = office;
  try {
    run();
  } finally {
    delete (globalThis as { Office?: unknown }).Office;
  }
}

describe('the pane signs in the way the host and settings call for', () => {
  it('uses the simulator’s dev tokens when no client id is set and Graph is on loopback (the workbench)', () => {
    withOffice(false, () => {
      const provider = tokenProviderFor(() => settings('', 'http://127.0.0.1:3000/graph/v1.0'));
      expect(provider.kind).toBe('simulator');
    });
  });

  it('uses nested app authentication where the host supports NestedAppAuth', () => {
    withOffice(true, () => {
      const provider = tokenProviderFor(() =>
        settings('00000000-1111-2222-3333-444444444444', 'https://graph.microsoft.com/v1.0'),
      );
      expect(provider.kind).toBe('nested-app-auth');
    });
  });

  it('falls back to MSAL in an Office dialog elsewhere', () => {
    withOffice(false, () => {
      const provider = tokenProviderFor(() =>
        settings('00000000-1111-2222-3333-444444444444', 'https://graph.microsoft.com/v1.0'),
      );
      expect(provider.kind).toBe('office-dialog');
    });
  });

  it('never asks for a scope of an area the settings switched off', async () => {
    const current = settings('', 'http://127.0.0.1:9/v1.0');
    current.permissions.areas.calendar = false;
    const provider = tokenProviderFor(() => current);
    await expect(provider.getAccessToken(['Calendars.Read'])).rejects.toMatchObject({
      code: 'scope-not-allowed',
    });
  });
});
