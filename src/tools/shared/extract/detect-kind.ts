import type { ExtractedKind } from '../extract-text';

/** The extractor an input goes to; `unsupported` carries a reason word for the note. */
export type DetectedKind = Exclude<ExtractedKind, 'unsupported'> | 'unsupported';

const BY_CONTENT_TYPE: Readonly<Record<string, DetectedKind>> = {
  'text/plain': 'text',
  'text/csv': 'csv',
  'text/tab-separated-values': 'csv',
  'application/csv': 'csv',
  'application/json': 'json',
  'text/json': 'json',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.ms-excel': 'xlsx',
  'application/vnd.ms-excel.sheet.macroenabled.12': 'xlsx',
  'application/vnd.oasis.opendocument.spreadsheet': 'xlsx',
  'application/xml': 'text',
  'text/xml': 'text',
  'text/calendar': 'text',
  'message/rfc822': 'text',
};

const BY_EXTENSION: Readonly<Record<string, DetectedKind>> = {
  txt: 'text',
  log: 'text',
  text: 'text',
  xml: 'text',
  ics: 'text',
  eml: 'text',
  yaml: 'text',
  yml: 'text',
  csv: 'csv',
  tsv: 'csv',
  json: 'json',
  md: 'markdown',
  markdown: 'markdown',
  htm: 'html',
  html: 'html',
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  xls: 'xlsx',
  ods: 'xlsx',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  bmp: 'image',
  webp: 'image',
  tif: 'image',
  tiff: 'image',
  heic: 'image',
  svg: 'image',
};

/** Content types that say nothing about the content; the file name decides instead. */
const GENERIC_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/binary']);

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Picks the extractor from the content type, falling back to the extension when the type is generic, then to
 * the first bytes (`%PDF-`). Unknown `text/*` types are read as plain text.
 */
export function detectKind(contentType: string, name: string, bytes: Uint8Array): DetectedKind {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (!GENERIC_TYPES.has(type)) {
    const known = BY_CONTENT_TYPE[type];
    if (known) return known;
    if (type.startsWith('image/')) return 'image';
    if (type.startsWith('text/')) return 'text';
  }
  const byExtension = BY_EXTENSION[extensionOf(name)];
  if (byExtension) return byExtension;
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  return 'unsupported';
}

function startsWith(bytes: Uint8Array, signature: string): boolean {
  if (bytes.length < signature.length) return false;
  for (let index = 0; index < signature.length; index += 1) {
    if (bytes[index] !== signature.charCodeAt(index)) return false;
  }
  return true;
}
