import { migrateSettings } from '../../../src/settings/migrate';
import { SETTINGS_VERSION, defaultSettings } from '../../../src/settings/schema';

describe('settings migration', () => {
  it('gives defaults without warnings when nothing is stored', () => {
    expect(migrateSettings(undefined)).toEqual({ settings: defaultSettings(), warnings: [], changed: true });
  });

  it('upgrades an unversioned blob and keeps its values', () => {
    const { settings, warnings, changed } = migrateSettings({
      llm: { kind: 'openai-compatible', baseUrl: 'http://localhost:11434/v1', model: 'llama3.2' },
      permissions: {
        policies: { read: 'always', draft: 'always', organize: 'ask', send: 'ask', delete: 'disabled' },
      },
    });
    expect(warnings).toEqual([]);
    expect(changed).toBe(true);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.llm).toMatchObject({
      baseUrl: 'http://localhost:11434/v1',
      model: 'llama3.2',
      apiKeyStorage: 'device',
    });
    expect(settings.permissions.policies.draft).toBe('always');
    expect(settings.permissions.areas).toEqual(defaultSettings().permissions.areas);
  });

  it('parses a blob stored as a JSON string', () => {
    const { settings } = migrateSettings(JSON.stringify({ version: 1, agent: { maxSteps: 7 } }));
    expect(settings.agent.maxSteps).toBe(7);
  });

  it('resets only the invalid section and says so', () => {
    const { settings, warnings } = migrateSettings({
      version: 1,
      llm: { model: 'gpt-test' },
      permissions: {
        policies: { read: 'always', draft: 'sometimes', organize: 'ask', send: 'ask', delete: 'disabled' },
      },
      agent: { maxSteps: 500 },
    });
    expect(settings.llm.model).toBe('gpt-test');
    expect(settings.permissions).toEqual(defaultSettings().permissions);
    expect(settings.agent).toEqual(defaultSettings().agent);
    expect(warnings.map((warning) => warning.code)).toEqual(['section-reset', 'section-reset']);
    expect(warnings[0]?.message).toContain('"permissions"');
  });

  it.each([[42], [[1, 2]], ['not json'], [true]])(
    'falls back to defaults with a warning for %p',
    (stored) => {
      const { settings, warnings } = migrateSettings(stored);
      expect(settings).toEqual(defaultSettings());
      expect(warnings).toEqual([expect.objectContaining({ code: 'unreadable' })]);
    },
  );

  it('reads what it knows from a newer version and warns', () => {
    const { settings, warnings } = migrateSettings({
      version: SETTINGS_VERSION + 1,
      llm: { model: 'future' },
      newThing: {},
    });
    expect(settings.llm.model).toBe('future');
    expect(warnings.map((warning) => warning.code)).toContain('newer-version');
  });
});
