import { htmlToSafeText } from '../../../security/html-to-safe-text';
import type { ExtractTextInput, ExtractTextResult } from '../extract-text';
import { capText, noteField } from './cap-text';
import { decodeText, looksBinary } from './decode-text';
import { detectKind, extensionOf } from './detect-kind';
import { extractDocxText } from './extract-docx';
import { PdfUnreadableError, extractPdfText } from './extract-pdf';
import { extractSpreadsheetText } from './extract-spreadsheet';
import { formatBytes, imageDimensions } from './image-metadata';
import { EXTRACT_LIMITS } from './limits';

export { EXTRACT_LIMITS } from './limits';
export { detectKind } from './detect-kind';
export { formatBytes } from './image-metadata';
export type { ExtractTextInput, ExtractTextResult, ExtractedKind } from '../extract-text';

/**
 * File bytes → text a model can read, capped to a window with a way to read on. Heavy parsers (mammoth,
 * pdf.js, SheetJS) load only when a file of their kind arrives. Never throws for bad content: an unreadable,
 * oversized or unknown file comes back as `kind: 'unsupported'` (or its kind with empty text) and a note.
 */
export async function extractText(input: ExtractTextInput): Promise<ExtractTextResult> {
  const window = {
    offset: Math.max(0, Math.floor(input.offset ?? 0)),
    maxChars: Math.max(1, Math.floor(input.maxChars ?? EXTRACT_LIMITS.defaultMaxChars)),
  };
  const { bytes } = input;
  const kind = detectKind(input.contentType, input.name, bytes);

  if (kind === 'image') return describeImage(input);
  if (bytes.byteLength > EXTRACT_LIMITS.maxInputBytes) {
    return empty(
      kind === 'unsupported' ? 'unsupported' : kind,
      `The file is ${formatBytes(bytes.byteLength)}; files over ${formatBytes(EXTRACT_LIMITS.maxInputBytes)} are not read. Open it in its own app instead.`,
    );
  }

  switch (kind) {
    case 'text':
    case 'csv':
    case 'json':
    case 'markdown': {
      if (looksBinary(bytes)) return unsupported(input, 'It looks like binary data, not text.');
      return capText(kind, decodeText(bytes), window);
    }
    case 'html': {
      const safe = htmlToSafeText(decodeText(bytes));
      const note =
        safe.dropped.length > 0
          ? `${safe.dropped.length} hidden part(s) of the HTML were left out (${[...new Set(safe.dropped.map((part) => part.reason))].join(', ')}).`
          : undefined;
      return capText('html', safe.text, window, note);
    }
    case 'docx':
      return readWith('docx', () => extractDocxText(bytes), window);
    case 'pdf':
      return readWith(
        'pdf',
        async () => {
          const pdf = await extractPdfText(bytes);
          const notes = [
            pdf.pagesRead < pdf.pages
              ? `Only the first ${pdf.pagesRead} of ${pdf.pages} pages were read.`
              : undefined,
            pdf.text.trim() === ''
              ? 'The PDF has no text layer (it may be a scan); nothing could be read.'
              : undefined,
          ];
          return { text: pdf.text, note: noteField(notes).note };
        },
        window,
      );
    case 'xlsx':
      return readWith(
        'xlsx',
        async () => {
          const sheet = await extractSpreadsheetText(bytes);
          return { text: sheet.text, note: sheet.omitted };
        },
        window,
      );
    case 'unsupported':
      return unsupported(input);
  }
}

async function readWith(
  kind: 'docx' | 'pdf' | 'xlsx',
  read: () => Promise<string | { text: string; note?: string }>,
  window: { offset: number; maxChars: number },
): Promise<ExtractTextResult> {
  try {
    const result = await read();
    const { text, note } = typeof result === 'string' ? { text: result, note: undefined } : result;
    return capText(kind, text, window, note);
  } catch (error) {
    const reason =
      error instanceof PdfUnreadableError
        ? error.message
        : `The ${kind.toUpperCase()} file could not be read (${error instanceof Error ? error.message : String(error)}).`;
    return empty(kind, reason);
  }
}

function describeImage(input: ExtractTextInput): ExtractTextResult {
  const size = imageDimensions(input.bytes);
  const details = [
    input.contentType || extensionOf(input.name).toUpperCase(),
    size ? `${size.width}×${size.height} px` : undefined,
    formatBytes(input.bytes.byteLength),
  ].filter(Boolean);
  return empty(
    'image',
    `An image (${details.join(', ')}); images are described by metadata only, their content is not read.`,
  );
}

function unsupported(input: ExtractTextInput, reason?: string): ExtractTextResult {
  const type = input.contentType || 'unknown type';
  const extension = extensionOf(input.name);
  return empty(
    'unsupported',
    reason ??
      `Text cannot be extracted from this file type (${type}${extension ? `, .${extension}` : ''}). Supported: text, CSV, JSON, Markdown, HTML, DOCX, PDF, XLSX.`,
  );
}

function empty(kind: ExtractTextResult['kind'], note: string): ExtractTextResult {
  return { kind, text: '', totalChars: 0, truncated: false, note };
}
