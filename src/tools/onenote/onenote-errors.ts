/** Failures of OneNote tools the model can act on: a stable `code` and a message that says what to do. */
export type OneNoteToolErrorCode =
  | 'notebook-not-found'
  | 'notebook-ambiguous'
  | 'section-not-found'
  | 'section-ambiguous'
  | 'page-not-found'
  | 'invalid-content'
  | 'template-not-found'
  | 'template-variable-missing'
  | 'copy-failed'
  | 'copy-timeout';

export class OneNoteToolError extends Error {
  override readonly name = 'OneNoteToolError';
  readonly code: OneNoteToolErrorCode;
  /** What the pane shows; the same as `message`. */
  readonly userMessage: string;
  constructor(code: OneNoteToolErrorCode, message: string) {
    super(message);
    this.code = code;
    this.userMessage = message;
  }
}

export function isOneNoteToolError(error: unknown): error is OneNoteToolError {
  return error instanceof Error && error.name === 'OneNoteToolError' && 'code' in error;
}
