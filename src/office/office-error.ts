/** Why an Office.js call failed; stable codes the UI and the tools can switch on. */
export type OfficeErrorCode =
  'office-unavailable' | 'no-item' | 'wrong-mode' | 'not-supported' | 'async-failed' | 'invalid-argument';

/** Every failure of the Office.js layer: a stable `code`, a user-facing message, and Office's own error when it gave one. */
export class OfficeError extends Error {
  override readonly name = 'OfficeError';
  readonly code: OfficeErrorCode;
  /** Office's numeric error code (e.g. 9002), when the failure came from an AsyncResult. */
  readonly officeCode?: number;
  /** Office's error name (e.g. "InvalidAttachmentId"), when the failure came from an AsyncResult. */
  readonly officeName?: string;

  constructor(
    code: OfficeErrorCode,
    message: string,
    details: { officeCode?: number; officeName?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.officeCode = details.officeCode;
    this.officeName = details.officeName;
  }
}

export function isOfficeError(value: unknown): value is OfficeError {
  return value instanceof OfficeError;
}
