/**
 * Contract for turning file bytes into text a model can read (attachments, OneDrive files). The item-tools helper
 * implements `extractText` in `src/tools/shared/extract/` with well-kept libraries loaded on demand (mammoth for
 * DOCX, pdfjs-dist for PDF, xlsx for spreadsheets); images and unknown types yield metadata only.
 */
export interface ExtractTextInput {
  bytes: Uint8Array;
  /** MIME type as Graph/Office reports it (may be generic, e.g. application/octet-stream). */
  contentType: string;
  /** File name; its extension decides when the content type is generic. */
  name: string;
  /** Characters to return at most. @default 20000 */
  maxChars?: number;
  /** Character offset to start from (to read further after a cap). @default 0 */
  offset?: number;
}

export type ExtractedKind =
  'text' | 'csv' | 'json' | 'html' | 'markdown' | 'docx' | 'pdf' | 'xlsx' | 'image' | 'unsupported';

export interface ExtractTextResult {
  kind: ExtractedKind;
  /** Plain text (HTML converted with hidden text dropped); empty for image/unsupported. */
  text: string;
  /** Total characters of the whole extracted text. */
  totalChars: number;
  /** True when the text was cut at maxChars; read further with `nextOffset`. */
  truncated: boolean;
  nextOffset?: number;
  /** Why nothing (or not everything) could be read, in words for the model and the user. */
  note?: string;
}
