/** Office's AsyncResult as the emulator produces it (runtime values of Office.AsyncResultStatus are strings). */
export interface EmulatedAsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { code: number; name: string; message: string };
  asyncContext?: unknown;
}

type Callback<T> = (result: EmulatedAsyncResult<T>) => void;

/** Office async APIs take `(…args, options?, callback?)`; this finds the callback and the options' asyncContext. */
export function splitCallback<T>(rest: unknown[]): {
  callback?: Callback<T>;
  options: Record<string, unknown>;
} {
  const callback =
    typeof rest[rest.length - 1] === 'function' ? (rest[rest.length - 1] as Callback<T>) : undefined;
  const first = rest[0];
  const options = typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : {};
  return { callback, options };
}

/** Office error codes the emulator reports (from the Office.js error code table). */
export const OFFICE_ERRORS = {
  invalidArgument: { code: 9002, name: 'InvalidArgument' },
  notSupported: { code: 5000, name: 'GenericResponseError' },
  itemNotSaved: { code: 9020, name: 'ItemNotSaved' },
  attachmentNotFound: { code: 9010, name: 'AttachmentDeletedBeforeUploadCompletes' },
  settingsTooLarge: { code: 9057, name: 'SettingsSizeExceeded' },
  internal: { code: 5001, name: 'InternalError' },
} as const;

export class EmulatedOfficeError extends Error {
  constructor(
    readonly officeError: { code: number; name: string },
    message: string,
  ) {
    super(message);
  }
}

/**
 * Runs `work` and reports through the callback on a later task, as Office does. Failures become a failed
 * AsyncResult; the callback is never called synchronously.
 */
export function respond<T>(rest: unknown[], work: () => T | Promise<T>): void {
  const { callback, options } = splitCallback<T>(rest);
  const asyncContext = options.asyncContext;
  Promise.resolve()
    .then(work)
    .then(
      (value) => callback?.({ status: 'succeeded', value, asyncContext }),
      (error: unknown) => {
        const officeError = error instanceof EmulatedOfficeError ? error.officeError : OFFICE_ERRORS.internal;
        const message = error instanceof Error ? error.message : String(error);
        callback?.({
          status: 'failed',
          value: undefined as T,
          error: { code: officeError.code, name: officeError.name, message },
          asyncContext,
        });
      },
    );
}

/** Copies data into this frame's realm, so `instanceof Array`/`Date` checks in the pane behave as in Outlook. */
export function cloneIntoFrame<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
