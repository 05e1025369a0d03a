import { saveRoamingSettings, type RoamingSettingsLike } from '../office/roaming-settings';
import { migrateSettings, type SettingsWarning } from './migrate';
import { settingsSchema, type Settings } from './schema';
import { SettingsError } from './settings-error';

/** The roaming-settings key that holds the whole settings object. */
export const SETTINGS_KEY = 'outlookAgent.settings';
/** The device-storage key of the LLM API key while it stays on the device. */
export const DEVICE_API_KEY_KEY = 'outlookAgent.llmApiKey';
/** Outlook rejects roaming settings above 32 KB in total; keep headroom for other keys and encoding. */
export const ROAMING_SETTINGS_LIMIT_BYTES = 32 * 1024;
const SIZE_BUDGET_BYTES = ROAMING_SETTINGS_LIMIT_BYTES - 1024;

/** Device-local storage (`window.localStorage` in the pane). */
export interface DeviceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface LoadedSettings {
  settings: Settings;
  warnings: SettingsWarning[];
}

export interface SettingsStore {
  /** Never throws: invalid or unreadable stored data gives defaults plus warnings. */
  load(): LoadedSettings;
  /** Validates, checks the roaming size limit, keeps the API key where the user chose, and saves. */
  save(settings: Settings): Promise<void>;
}

/**
 * Settings live in `Office.context.roamingSettings` (they follow the user across devices); the LLM API key stays
 * in device storage unless `llm.apiKeyStorage` is 'roaming', because roaming settings sit in the mailbox.
 */
export function createSettingsStore(
  roaming: RoamingSettingsLike,
  device: DeviceStorage | null,
): SettingsStore {
  return {
    load() {
      let stored: unknown;
      try {
        stored = roaming.get(SETTINGS_KEY);
      } catch {
        stored = null;
      }
      const { settings, warnings } = migrateSettings(stored);
      if (settings.llm.apiKeyStorage === 'device') {
        const deviceKey = readDevice(device);
        settings.llm = { ...settings.llm, apiKey: deviceKey ?? undefined };
      }
      return { settings, warnings };
    },

    async save(candidate) {
      const parsed = settingsSchema.safeParse(candidate);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new SettingsError(
          'invalid',
          `These settings are not valid (${issue?.path.join('.') || 'settings'}: ${issue?.message ?? 'invalid'}).`,
          parsed.error,
        );
      }
      const settings = parsed.data;
      const { apiKey, ...llmWithoutKey } = settings.llm;
      const roamingCopy: Settings =
        settings.llm.apiKeyStorage === 'roaming' ? settings : { ...settings, llm: llmWithoutKey };

      const bytes = new TextEncoder().encode(JSON.stringify(roamingCopy)).length;
      if (bytes > SIZE_BUDGET_BYTES) {
        throw new SettingsError(
          'too-large',
          `Settings are ${Math.ceil(bytes / 1024)} KB; Outlook stores at most ${SIZE_BUDGET_BYTES / 1024} KB. Remove custom headers or long values.`,
        );
      }

      if (settings.llm.apiKeyStorage === 'device') {
        writeDevice(device, apiKey);
      } else {
        writeDevice(device, undefined);
      }
      roaming.set(SETTINGS_KEY, roamingCopy);
      try {
        await saveRoamingSettings(roaming);
      } catch (error) {
        throw new SettingsError('save-failed', 'Outlook could not save your settings. Try again.', error);
      }
    },
  };
}

function readDevice(device: DeviceStorage | null): string | null {
  try {
    return device?.getItem(DEVICE_API_KEY_KEY) ?? null;
  } catch {
    // Storage can be blocked (privacy settings); the user then enters the key each session.
    return null;
  }
}

function writeDevice(device: DeviceStorage | null, apiKey: string | undefined): void {
  try {
    if (apiKey) device?.setItem(DEVICE_API_KEY_KEY, apiKey);
    else device?.removeItem(DEVICE_API_KEY_KEY);
  } catch (error) {
    throw new SettingsError(
      'save-failed',
      'This device does not allow storing the API key. Check browser storage settings.',
      error,
    );
  }
}
