import { useMemo } from 'react';
import type { LoadedSettings, SettingsStore } from '../../settings/store';

/** Settings as loaded once when the pane opens (the settings UI will add editing). */
export function useSettings(store: SettingsStore): LoadedSettings {
  return useMemo(() => store.load(), [store]);
}
