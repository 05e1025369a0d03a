import createDOMPurify, { type DOMPurify } from 'dompurify';
import { OfficeError } from '../../office/office-error';

export interface SanitizedHtml {
  html: string;
  /** Elements and attributes taken out, e.g. ["script", "img (remote image)", "onclick"]. */
  removed: string[];
}

/** Elements an email body never needs from the agent: active content, forms, frames and page-level tags. */
const FORBIDDEN_TAGS = [
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'audio',
  'video',
  'source',
];
const FORBIDDEN_ATTRIBUTES = ['srcset', 'background', 'ping', 'formaction', 'action'];

let purifier: DOMPurify | undefined;

/**
 * A private DOMPurify instance (hooks on the shared default instance would leak into other code in the pane).
 * Remote images and CSS `url(...)` are removed too: in a draft they load as soon as Outlook renders it, which
 * would turn inserted HTML into a way to send data out.
 */
function instance(): DOMPurify {
  if (purifier) return purifier;
  const window = (globalThis as { window?: Window & typeof globalThis }).window;
  const created = window ? createDOMPurify(window) : undefined;
  if (!created?.isSupported) {
    throw new OfficeError(
      'not-supported',
      'HTML cannot be checked for safety here; insert plain text instead.',
    );
  }
  created.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'img') return;
    const source = (node as Element).getAttribute?.('src') ?? '';
    if (!/^(data:image\/|cid:)/iu.test(source.trim())) {
      (node as Element).remove();
      created.removed.push({ element: node, reason: 'remote image' } as never);
    }
  });
  created.addHook('afterSanitizeAttributes', (node) => {
    const style = (node as Element).getAttribute?.('style');
    if (style && /url\s*\(|expression\s*\(/iu.test(style)) {
      (node as Element).removeAttribute('style');
      created.removed.push({ attribute: { name: 'style' }, from: node } as never);
    }
  });
  purifier = created;
  return created;
}

/** Sanitizes HTML the agent wants to put into a draft or a reply form, reporting what was taken out. */
export function sanitizeHtml(html: string): SanitizedHtml {
  const purify = instance();
  const clean = purify.sanitize(html, {
    FORBID_TAGS: FORBIDDEN_TAGS,
    FORBID_ATTR: FORBIDDEN_ATTRIBUTES,
    ALLOW_DATA_ATTR: false,
    WHOLE_DOCUMENT: false,
  });
  const removed = purify.removed.map((entry) => describeRemoved(entry as RemovedEntry));
  return { html: String(clean), removed: [...new Set(removed)] };
}

type RemovedEntry = { element?: Node; attribute?: { name: string } | null; reason?: string };

function describeRemoved(entry: RemovedEntry): string {
  if (entry.attribute) return entry.attribute.name;
  const tag = entry.element?.nodeName?.toLowerCase() ?? 'element';
  return entry.reason ? `${tag} (${entry.reason})` : tag;
}

/** Plain text as HTML: escaped, line breaks kept. */
export function textToHtml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/\r?\n/gu, '<br>');
}
