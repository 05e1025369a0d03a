/**
 * `onedrive_download_file` results carry `download = {fileName, downloadUrl, size, mimeType}`: the pane offers a
 * save button for them. The file name is untrusted text (fenced for the model), so it is unfenced and made safe
 * as a file name before it reaches the `download` attribute; only http(s) URLs are offered.
 */

/** A file the pane can offer to save. */
export interface DownloadOffer {
  fileName: string;
  downloadUrl: string;
  size: number;
  mimeType: string;
}

const UNTRUSTED_FENCE = /<<\/?untrusted:[a-z0-9]+>>/giu;
// Path separators, characters Windows forbids in names, control and format characters (bidi, zero-width).
const UNSAFE_CHARACTERS = /[<>:"/\\|?*\p{Cc}\p{Cf}]/gu;
const MAX_NAME_LENGTH = 150;

/** A name the browser and every file system accept: no folders, no reserved characters, no leading dots. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(UNTRUSTED_FENCE, '')
    .replace(UNSAFE_CHARACTERS, '_')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/gu, '');
  if (cleaned === '' || /^_+$/u.test(cleaned)) return 'download';
  if (cleaned.length <= MAX_NAME_LENGTH) return cleaned;
  const extension = /\.[a-z0-9]{1,8}$/iu.exec(cleaned)?.[0] ?? '';
  return cleaned.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The download a tool result offers, or undefined (no `download`, unparsable or capped content, odd URL). */
export function downloadOfferIn(content: string | undefined): DownloadOffer | undefined {
  if (!content || !content.includes('"download"')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return undefined;
  }
  const download = isRecord(parsed) ? parsed.download : undefined;
  if (!isRecord(download)) return undefined;
  const { fileName, downloadUrl, size, mimeType } = download;
  if (typeof fileName !== 'string' || typeof downloadUrl !== 'string' || !isWebUrl(downloadUrl))
    return undefined;
  return {
    fileName: safeFileName(fileName),
    downloadUrl,
    size: typeof size === 'number' && Number.isFinite(size) ? size : 0,
    mimeType: typeof mimeType === 'string' ? mimeType : 'application/octet-stream',
  };
}

/** Saves through an anchor with `download`, as a user's click on a link would. */
export function saveDownload(offer: DownloadOffer, doc: Document = document): HTMLAnchorElement {
  const anchor = doc.createElement('a');
  anchor.href = offer.downloadUrl;
  anchor.download = offer.fileName;
  anchor.rel = 'noopener noreferrer';
  anchor.hidden = true;
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
  return anchor;
}
