import { OfficeError } from './office-error';

/** The part of Office.AsyncResult this layer reads; Office.js and the workbench emulator both produce it. */
export interface AsyncResultLike<T> {
  status: Office.AsyncResultStatus | 'succeeded' | 'failed';
  value: T;
  error?: { code?: number; name?: string; message?: string } | null;
}

/**
 * Runs one Office callback API as a promise. `operation` names the call for the error message.
 * The callback only settles the promise: an exception thrown inside an Office callback escapes every try/catch,
 * so nothing here can throw there. A synchronous throw from the API itself (wrong mode, missing method)
 * becomes a rejection too.
 */
export function callAsync<T>(
  operation: string,
  invoke: (callback: (result: AsyncResultLike<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (isSucceeded(result)) {
          resolve((result as AsyncResultLike<T>).value);
          return;
        }
        const officeMessage = result?.error?.message ?? 'unknown error';
        reject(
          new OfficeError('async-failed', `Outlook could not complete "${operation}": ${officeMessage}`, {
            officeCode: result?.error?.code,
            officeName: result?.error?.name,
          }),
        );
      });
    } catch (error) {
      reject(
        new OfficeError('not-supported', `Outlook does not support "${operation}" here.`, {
          cause: error,
        }),
      );
    }
  });
}

function isSucceeded<T>(result: AsyncResultLike<T> | undefined): boolean {
  // Compare with the string value so results from a mock or an emulator without the enum also work.
  return result !== undefined && String(result.status) === 'succeeded';
}
