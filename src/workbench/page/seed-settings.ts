import { SETTINGS_KEY } from '../../settings/store';
import type { WorkbenchConfig } from './config';

type Blob = Record<string, unknown>;

/**
 * Writes the URL's configuration into the pane's roaming settings (the emulator's localStorage copy) before the
 * pane loads. The pane validates on load, so a bad `settings=` value shows up as the pane's own warning.
 */
export function seedRoamingSettings(storage: Storage, storageKey: string, config: WorkbenchConfig): void {
  const roaming = config.reset ? {} : readJson(storage.getItem(storageKey));
  const stored = isBlob(roaming[SETTINGS_KEY]) ? (roaming[SETTINGS_KEY] as Blob) : {};

  const llm: Blob = {};
  if (config.llmBaseUrl !== undefined) llm.baseUrl = config.llmBaseUrl;
  if (config.provider !== undefined) llm.kind = config.provider;
  if (config.model !== undefined) llm.model = config.model;
  const fromUrl: Blob = {
    account: {
      graphBaseUrl: config.graphBaseUrl,
      cloud: isMicrosoftGraph(config.graphBaseUrl) ? 'global' : 'custom',
    },
    ...(Object.keys(llm).length > 0 ? { llm } : {}),
  };

  const seeded = deepMerge(deepMerge(stored, fromUrl), config.settingsOverride ?? {});
  storage.setItem(storageKey, JSON.stringify({ ...roaming, [SETTINGS_KEY]: seeded }));
}

function isMicrosoftGraph(url: string): boolean {
  try {
    return new URL(url).hostname === 'graph.microsoft.com';
  } catch {
    return false;
  }
}

function readJson(text: string | null): Blob {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    return isBlob(value) ? value : {};
  } catch {
    return {};
  }
}

function isBlob(value: unknown): value is Blob {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; anything else (arrays included) is replaced. */
export function deepMerge(base: Blob, override: Blob): Blob {
  const merged: Blob = { ...base };
  for (const [key, value] of Object.entries(override)) {
    merged[key] = isBlob(value) && isBlob(merged[key]) ? deepMerge(merged[key] as Blob, value) : value;
  }
  return merged;
}
