import { callAsync } from './call-async';
import { OfficeError } from './office-error';

/** The slice of `Office.RoamingSettings` the settings store uses (Office.js, office-addin-mock and the workbench provide it). */
export interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** The roaming settings of the running add-in, or an `OfficeError` outside Outlook. */
export function officeRoamingSettings(office: typeof Office = globalThis.Office): RoamingSettingsLike {
  const roaming = office?.context?.roamingSettings as RoamingSettingsLike | undefined;
  if (roaming === undefined) {
    throw new OfficeError('office-unavailable', 'Settings cannot be stored: Outlook is not available.');
  }
  return roaming;
}

/** Persists pending `set`/`remove` calls to the mailbox. */
export function saveRoamingSettings(roaming: RoamingSettingsLike): Promise<void> {
  return callAsync<void>('save settings', (callback) => roaming.saveAsync(callback as never));
}
