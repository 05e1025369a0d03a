import { SETTINGS_VERSION, settingsSchema, type Settings } from './schema';

export type SettingsWarningCode = 'unreadable' | 'section-reset' | 'newer-version';

/** Something the user should know about their stored settings; loading never fails because of it. */
export interface SettingsWarning {
  code: SettingsWarningCode;
  message: string;
}

export interface MigrationResult {
  settings: Settings;
  warnings: SettingsWarning[];
  /** True when the stored blob was absent, older or partly invalid, so saving would change it. */
  changed: boolean;
}

type Blob = Record<string, unknown>;

/**
 * Upgrades `version n` blobs to `n + 1`. Version 0 is a blob written before settings carried a version;
 * its sections already had the v1 shape, so stamping the version is the whole migration.
 */
const MIGRATIONS: Readonly<Record<number, (blob: Blob) => Blob>> = {
  0: (blob) => ({ ...blob, version: 1 }),
};

/**
 * Turns whatever roaming settings held into valid settings: absent → defaults; a JSON string (hand-edited or
 * written by an early build) is parsed; older versions are migrated; each top-level section that fails
 * validation falls back to its defaults on its own, so one bad value does not wipe the user's other choices.
 */
export function migrateSettings(stored: unknown): MigrationResult {
  if (stored === undefined || stored === null) {
    return { settings: settingsSchema.parse({}), warnings: [], changed: true };
  }
  const blob = toBlob(stored);
  if (blob === null) {
    return {
      settings: settingsSchema.parse({}),
      warnings: [
        { code: 'unreadable', message: 'Your saved settings could not be read; the defaults are in use.' },
      ],
      changed: true,
    };
  }

  const warnings: SettingsWarning[] = [];
  let version = typeof blob.version === 'number' && Number.isInteger(blob.version) ? blob.version : 0;
  let upgraded = blob;
  if (version > SETTINGS_VERSION) {
    warnings.push({
      code: 'newer-version',
      message:
        'Your settings were saved by a newer version of the add-in; settings this version knows are used.',
    });
  }
  while (version < SETTINGS_VERSION) {
    const migration = MIGRATIONS[version];
    if (migration === undefined) break;
    upgraded = migration(upgraded);
    version += 1;
  }

  const { settings, resetSections } = parseBySection({ ...upgraded, version: SETTINGS_VERSION });
  for (const section of resetSections) {
    warnings.push({
      code: 'section-reset',
      message: `Your saved "${section}" settings were invalid and have been reset to the defaults.`,
    });
  }
  const changed = blob.version !== SETTINGS_VERSION || resetSections.length > 0;
  return { settings, warnings, changed };
}

function toBlob(stored: unknown): Blob | null {
  let value = stored;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Blob) : null;
}

function parseBySection(blob: Blob): { settings: Settings; resetSections: string[] } {
  const whole = settingsSchema.safeParse(blob);
  if (whole.success) return { settings: whole.data, resetSections: [] };

  const resetSections: string[] = [];
  const sections: Blob = {};
  for (const [key, sectionSchema] of Object.entries(settingsSchema.shape)) {
    const parsed = sectionSchema.safeParse(blob[key]);
    if (parsed.success) {
      sections[key] = parsed.data;
    } else {
      resetSections.push(key);
      sections[key] = undefined;
    }
  }
  return { settings: settingsSchema.parse(sections), resetSections };
}
