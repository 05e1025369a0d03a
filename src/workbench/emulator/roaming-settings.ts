import { EmulatedOfficeError, OFFICE_ERRORS, cloneIntoFrame, respond } from './async-result';

const LIMIT_BYTES = 32 * 1024;

/** `Office.context.roamingSettings`, persisted in localStorage: changes are kept in memory until `saveAsync`. */
export function createRoamingSettings(storageKey: string) {
  let values: Record<string, unknown> = readStored(storageKey);
  return {
    get(name: string): unknown {
      return cloneIntoFrame(values[name]);
    },
    set(name: string, value: unknown): void {
      values = { ...values, [name]: cloneIntoFrame(value) };
    },
    remove(name: string): void {
      const { [name]: _removed, ...rest } = values;
      values = rest;
    },
    saveAsync(...rest: unknown[]): void {
      respond(rest, () => {
        const serialized = JSON.stringify(values);
        if (new TextEncoder().encode(serialized).length > LIMIT_BYTES) {
          throw new EmulatedOfficeError(OFFICE_ERRORS.settingsTooLarge, 'Roaming settings exceed 32 KB.');
        }
        localStorage.setItem(storageKey, serialized);
      });
    },
  };
}

function readStored(storageKey: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
