import { useCallback, useState } from 'react';
import type { Settings } from '../../settings/schema';
import type { LoadedSettings, SettingsStore } from '../../settings/store';

export type SettingsState = LoadedSettings & {
  /**
   * Validates and saves to roaming settings (the API key to device storage unless opted in); throws a SettingsError.
   * `onStored` runs after the store accepted them and before the pane re-renders with them, so whatever reacts to
   * the new settings (a waiting ribbon preset) already finds the runtime using them.
   */
  save: (settings: Settings, onStored?: (settings: Settings) => void) => Promise<void>;
};

/** Settings as loaded when the pane opens, replaced by what the settings view saves. */
export function useSettings(store: SettingsStore): SettingsState {
  const [loaded, setLoaded] = useState<LoadedSettings>(() => store.load());
  const save = useCallback(
    async (settings: Settings, onStored?: (settings: Settings) => void) => {
      await store.save(settings);
      onStored?.(settings);
      setLoaded({ settings: structuredClone(settings), warnings: [] });
    },
    [store],
  );
  return { ...loaded, save };
}
