import { ToolError } from '../shared/tool-error';

/** Stable codes of OneNote tool failures; the error class is the shared `ToolError` (../shared/tool-error.ts). */
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

export class OneNoteToolError extends ToolError<OneNoteToolErrorCode> {
  override readonly name = 'OneNoteToolError';
}
