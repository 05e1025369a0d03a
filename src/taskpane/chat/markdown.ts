/**
 * Markdown → sanitized HTML for answers. Loaded with `import()` on the first answer (marked + DOMPurify are
 * ~26 KB gzip). Model output is untrusted: it may echo an email that carries script, event handlers, tracking
 * images or forms. DOMPurify parses into an inert document (nothing loads, nothing runs), and what comes out
 * has no script, no handlers, no styles, no frames or forms, and no remote images.
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const FORBIDDEN_TAGS = [
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'svg',
  'math',
  'link',
  'meta',
  'base',
  'template',
  'dialog',
];
const FORBIDDEN_ATTRIBUTES = [
  'style',
  'srcset',
  'background',
  'poster',
  'formaction',
  'xlink:href',
  'ping',
  'class',
  'id',
];
/** Inline images the answer carries itself (no request leaves the pane). */
const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]+$/i;
const SAFE_LINK = /^(https?:|mailto:)/i;

export interface MarkdownLabels {
  /** The placeholder text that replaces a remote image. */
  image: (alt: string) => string;
}

let hooksFor: MarkdownLabels | undefined;

function installHooks(labels: MarkdownLabels): void {
  if (hooksFor === labels) return;
  DOMPurify.removeAllHooks();
  hooksFor = labels;
  DOMPurify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'img' || !(node instanceof Element)) return;
    const source = node.getAttribute('src') ?? '';
    if (DATA_IMAGE.test(source)) return;
    // A remote image would tell its sender the answer was read (and where): show its alt text instead.
    const placeholder = node.ownerDocument.createElement('span');
    placeholder.setAttribute('data-blocked-image', '');
    placeholder.textContent = labels.image(node.getAttribute('alt') ?? '');
    node.replaceWith(placeholder);
  });
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    const href = node.getAttribute('href') ?? '';
    if (!SAFE_LINK.test(href)) {
      node.removeAttribute('href');
      return;
    }
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
}

/** Sanitizes HTML for the pane (also used on its own for HTML that did not come from markdown). */
export function sanitizeHtml(html: string, labels: MarkdownLabels): string {
  installHooks(labels);
  return DOMPurify.sanitize(html, {
    FORBID_TAGS: FORBIDDEN_TAGS,
    FORBID_ATTR: FORBIDDEN_ATTRIBUTES,
    ALLOW_DATA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|data:image\/(?:png|jpe?g|gif|webp);base64,)/i,
    ADD_ATTR: ['target'],
  });
}

export function renderMarkdown(text: string, labels: MarkdownLabels): string {
  return sanitizeHtml(marked.parse(text) as string, labels);
}
