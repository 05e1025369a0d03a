/** Failures of OneDrive tools the model can act on: a stable `code` and a message that says what to do. */
export type OneDriveToolErrorCode =
  | 'item-not-found'
  | 'not-a-folder'
  | 'not-a-file'
  | 'name-exists'
  | 'invalid-path'
  | 'too-large'
  | 'no-current-message'
  | 'attachment-not-file'
  | 'nothing-to-change'
  | 'upload-failed';

export class OneDriveToolError extends Error {
  override readonly name = 'OneDriveToolError';
  readonly code: OneDriveToolErrorCode;
  /** What the pane shows; the same as `message`. */
  readonly userMessage: string;
  constructor(code: OneDriveToolErrorCode, message: string) {
    super(message);
    this.code = code;
    this.userMessage = message;
  }
}

export function isOneDriveToolError(error: unknown): error is OneDriveToolError {
  return error instanceof Error && error.name === 'OneDriveToolError' && 'code' in error;
}
