/** Failures of mail tools the model can act on: a stable `code` and a message that says what to do. */
export type MailToolErrorCode =
  | 'folder-not-found'
  | 'folder-ambiguous'
  | 'folder-exists'
  | 'category-not-found'
  | 'category-exists'
  | 'category-rename-unsupported'
  | 'not-a-draft'
  | 'no-recipients'
  | 'attachment-too-large'
  | 'attachment-not-file'
  | 'invalid-date'
  | 'nothing-to-change';

export class MailToolError extends Error {
  override readonly name = 'MailToolError';
  readonly code: MailToolErrorCode;
  /** What the pane shows; the same as `message` (written for the user and the model alike). */
  readonly userMessage: string;
  constructor(code: MailToolErrorCode, message: string) {
    super(message);
    this.code = code;
    this.userMessage = message;
  }
}

export function isMailToolError(error: unknown): error is MailToolError {
  return error instanceof Error && error.name === 'MailToolError' && 'code' in error;
}
