import { officeRoamingSettings } from '../../../src/office/roaming-settings';
import { defaultSettings } from '../../../src/settings/schema';
import { isSettingsError } from '../../../src/settings/settings-error';
import { DEVICE_API_KEY_KEY, SETTINGS_KEY, createSettingsStore } from '../../../src/settings/store';
import { memoryStorage, mockRoamingSettings } from './roaming-mock';

describe('settings store over Office roaming settings', () => {
  it('round-trips settings through roamingSettings.saveAsync', async () => {
    const { office, state } = mockRoamingSettings();
    const store = createSettingsStore(officeRoamingSettings(office), memoryStorage());
    expect(store.load()).toEqual({ settings: defaultSettings(), warnings: [] });

    const changed = defaultSettings();
    changed.llm = {
      ...changed.llm,
      kind: 'anthropic',
      baseUrl: 'https://api.anthropic.com/v1',
      model: 'claude-x',
    };
    changed.permissions.policies.organize = 'always';
    changed.permissions.areas.onenote = false;
    changed.account.graphBaseUrl = 'http://127.0.0.1:4100/v1.0';
    await store.save(changed);

    expect(state.saves).toBe(1);
    expect(state.saved[SETTINGS_KEY]).toMatchObject({ version: 1, llm: { model: 'claude-x' } });
    const reopened = createSettingsStore(officeRoamingSettings(office), memoryStorage());
    expect(reopened.load()).toEqual({ settings: changed, warnings: [] });
  });

  it('keeps the API key on the device, out of roaming settings, unless the user opts in', async () => {
    const { roaming, state } = mockRoamingSettings();
    const device = memoryStorage();
    const store = createSettingsStore(roaming, device);
    const withKey = defaultSettings();
    withKey.llm = { ...withKey.llm, apiKey: 'sk-secret-1' };
    await store.save(withKey);

    expect(JSON.stringify(state.saved)).not.toContain('sk-secret-1');
    expect(device.values.get(DEVICE_API_KEY_KEY)).toBe('sk-secret-1');
    expect(store.load().settings.llm.apiKey).toBe('sk-secret-1');
    // Another device: the roaming copy alone has no key.
    expect(createSettingsStore(roaming, memoryStorage()).load().settings.llm.apiKey).toBeUndefined();

    const roamingKey = defaultSettings();
    roamingKey.llm = { ...roamingKey.llm, apiKeyStorage: 'roaming', apiKey: 'sk-secret-2' };
    await store.save(roamingKey);
    expect(state.saved[SETTINGS_KEY]).toMatchObject({
      llm: { apiKeyStorage: 'roaming', apiKey: 'sk-secret-2' },
    });
    expect(device.values.has(DEVICE_API_KEY_KEY)).toBe(false);
    expect(createSettingsStore(roaming, memoryStorage()).load().settings.llm.apiKey).toBe('sk-secret-2');
  });

  it('refuses settings over the roaming size limit before writing anything', async () => {
    const { roaming, state } = mockRoamingSettings();
    const store = createSettingsStore(roaming, memoryStorage());
    const huge = defaultSettings();
    huge.llm = { ...huge.llm, headers: { 'x-padding': 'x'.repeat(40_000) } };

    const failure = await store.save(huge).catch((error: unknown) => error);
    expect(isSettingsError(failure) && failure.code).toBe('too-large');
    expect(state.saves).toBe(0);
    expect(state.pending[SETTINGS_KEY]).toBeUndefined();
  });

  it('rejects invalid settings and reports a failed save with typed errors', async () => {
    const { roaming, state } = mockRoamingSettings();
    const store = createSettingsStore(roaming, memoryStorage());
    const invalid = defaultSettings();
    invalid.agent.maxSteps = 0;
    await expect(store.save(invalid)).rejects.toMatchObject({ code: 'invalid' });

    state.failSave = true;
    await expect(store.save(defaultSettings())).rejects.toMatchObject({ code: 'save-failed' });
  });

  it('loads defaults with a warning when the stored blob is garbage, and never throws', () => {
    const { roaming } = mockRoamingSettings({ [SETTINGS_KEY]: '{not json' });
    const loaded = createSettingsStore(roaming, null).load();
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.warnings).toEqual([expect.objectContaining({ code: 'unreadable' })]);
  });
});
