import { ToolError } from '../shared/tool-error';

/** Stable codes of OneDrive tool failures; the error class is the shared `ToolError` (../shared/tool-error.ts). */
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

export class OneDriveToolError extends ToolError<OneDriveToolErrorCode> {
  override readonly name = 'OneDriveToolError';
}
