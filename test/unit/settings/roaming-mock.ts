import { OfficeMockObject } from 'office-addin-mock';
import type { RoamingSettingsLike } from '../../../src/office/roaming-settings';

/**
 * Office.context.roamingSettings under office-addin-mock: `set`/`remove` change the pending copy, `saveAsync`
 * commits it to `saved` (what the mailbox would hold) — or fails when `failSave` is set.
 */
export function mockRoamingSettings(initial: Record<string, unknown> = {}) {
  const state = { pending: { ...initial }, saved: { ...initial }, saves: 0, failSave: false };
  const office = new OfficeMockObject({
    host: 'outlook',
    context: {
      roamingSettings: {
        get: (name: string) => structuredClone(state.pending[name]),
        set: (name: string, value: unknown) => {
          state.pending[name] = structuredClone(value);
        },
        remove: (name: string) => {
          delete state.pending[name];
        },
        saveAsync: (callback?: (result: unknown) => void) => {
          setTimeout(() => {
            if (state.failSave) {
              callback?.({
                status: 'failed',
                value: undefined,
                error: { code: 9057, name: 'SettingsSizeExceeded', message: 'Too large' },
              });
              return;
            }
            state.saved = structuredClone(state.pending);
            state.saves += 1;
            callback?.({ status: 'succeeded', value: undefined });
          }, 0);
        },
      },
    },
  }) as unknown as typeof Office;
  return { roaming: office.context.roamingSettings as unknown as RoamingSettingsLike, office, state };
}

/** A Map-backed stand-in for window.localStorage. */
export function memoryStorage() {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}
