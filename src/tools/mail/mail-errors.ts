import { ToolError } from '../shared/tool-error';

/** Stable codes of mail tool failures; the error class is the shared `ToolError` (../shared/tool-error.ts). */
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

export class MailToolError extends ToolError<MailToolErrorCode> {
  override readonly name = 'MailToolError';
}
