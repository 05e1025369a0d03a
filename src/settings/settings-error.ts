export type SettingsErrorCode = 'invalid' | 'too-large' | 'save-failed';

/** A settings change that could not be stored; the message tells the user what to do. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  readonly code: SettingsErrorCode;

  constructor(code: SettingsErrorCode, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
  }
}

export function isSettingsError(value: unknown): value is SettingsError {
  return value instanceof SettingsError;
}
