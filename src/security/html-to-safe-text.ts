import { compile } from 'html-to-text';
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';

/**
 * HTML → plain text for the model, without the parts a reader of the email never sees. Hidden text is the
 * classic carrier of injected instructions, so it is dropped (and reported) before conversion.
 * node-html-parser and html-to-text are pure JavaScript, so this runs the same in Node and in the pane.
 */
export type HiddenReason =
  | 'comment'
  | 'script-or-style'
  | 'hidden-attribute'
  | 'display-none'
  | 'visibility-hidden'
  | 'zero-opacity'
  | 'zero-size'
  | 'off-screen'
  | 'same-colour';

export interface DroppedHiddenPart {
  reason: HiddenReason;
  /** The first characters of the dropped text, for the activity log. */
  excerpt: string;
}

export interface SafeText {
  text: string;
  dropped: DroppedHiddenPart[];
}

const NON_CONTENT_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'iframe',
  'object',
  'embed',
  'svg',
  'meta',
  'link',
]);
const DEFAULT_BACKGROUND = '#ffffff';
const DEFAULT_COLOUR = '#000000';
const EXCERPT_LENGTH = 80;

const NAMED_COLOURS: Readonly<Record<string, string>> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  whitesmoke: '#f5f5f5',
  snow: '#fffafa',
  ivory: '#fffff0',
  transparent: 'transparent',
};

function excerpt(text: string): string {
  const collapsed = text.replace(/\s+/gu, ' ').trim();
  return collapsed.length > EXCERPT_LENGTH ? `${collapsed.slice(0, EXCERPT_LENGTH)}…` : collapsed;
}

function parseStyle(style: string | undefined): Map<string, string> {
  const declarations = new Map<string, string>();
  if (!style) return declarations;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!important/giu, '')
      .trim()
      .toLowerCase();
    if (property) declarations.set(property, value);
  }
  return declarations;
}

/** Normalises a CSS colour to `#rrggbb` or `transparent`; unknown forms come back as written. */
export function normaliseColour(value: string): string {
  const colour = value.trim().toLowerCase();
  if (NAMED_COLOURS[colour]) return NAMED_COLOURS[colour];
  const shortHex = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/u.exec(colour);
  if (shortHex)
    return `#${shortHex[1]}${shortHex[1]}${shortHex[2]}${shortHex[2]}${shortHex[3]}${shortHex[3]}`;
  if (/^#[0-9a-f]{6}$/u.test(colour)) return colour;
  const rgb = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})(?:[\s,/]+([\d.]+%?))?\s*\)$/u.exec(colour);
  if (rgb) {
    const alpha = rgb[4];
    if (alpha !== undefined && parseFloat(alpha) === 0) return 'transparent';
    return `#${[rgb[1], rgb[2], rgb[3]].map((part) => Math.min(255, Number(part)).toString(16).padStart(2, '0')).join('')}`;
  }
  return colour;
}

function isZeroLength(value: string | undefined): boolean {
  if (value === undefined) return false;
  const match = /^(-?[\d.]+)(px|pt|em|rem|%|)?$/u.exec(value.trim());
  if (!match) return false;
  const size = parseFloat(match[1]);
  // Sub-pixel fonts are as invisible as zero.
  if (match[2] === 'px' || match[2] === 'pt') return size < 1;
  return size === 0;
}

function isFarOffScreen(value: string | undefined): boolean {
  if (value === undefined) return false;
  const match = /^(-[\d.]+)(px|pt|em|rem)$/u.exec(value.trim());
  if (!match) return false;
  const size = Math.abs(parseFloat(match[1])) * (match[2] === 'px' || match[2] === 'pt' ? 1 : 16);
  return size >= 1000;
}

/** Why this element's content is invisible, or undefined when it is visible. */
function hiddenReasonOf(element: HTMLElement, style: Map<string, string>): HiddenReason | undefined {
  const tag = element.tagName?.toLowerCase() ?? '';
  if (NON_CONTENT_TAGS.has(tag)) return 'script-or-style';
  if (element.hasAttribute('hidden')) return 'hidden-attribute';
  if (tag === 'input' && element.getAttribute('type')?.toLowerCase() === 'hidden') return 'hidden-attribute';
  if (style.get('display') === 'none') return 'display-none';
  const visibility = style.get('visibility');
  if (visibility === 'hidden' || visibility === 'collapse') return 'visibility-hidden';
  const opacity = style.get('opacity');
  if (opacity !== undefined && parseFloat(opacity) === 0) return 'zero-opacity';
  if (isZeroLength(style.get('font-size'))) return 'zero-size';
  if (element.getAttribute('size') === '0' && tag === 'font') return 'zero-size';
  const clipsOverflow = style.get('overflow') === 'hidden';
  if (
    clipsOverflow &&
    (isZeroLength(style.get('height')) ||
      isZeroLength(style.get('max-height')) ||
      isZeroLength(style.get('width')))
  ) {
    return 'zero-size';
  }
  if (
    isFarOffScreen(style.get('text-indent')) ||
    isFarOffScreen(style.get('left')) ||
    isFarOffScreen(style.get('top'))
  )
    return 'off-screen';
  return undefined;
}

function backgroundOf(element: HTMLElement, style: Map<string, string>): string | undefined {
  const declared =
    style.get('background-color') ?? style.get('background') ?? element.getAttribute('bgcolor');
  if (!declared) return undefined;
  // `background: #000 url(...)` — take the colour token.
  const colourToken = declared
    .split(/\s+/u)
    .find((token) => normaliseColour(token).startsWith('#') || token === 'transparent');
  if (!colourToken) return undefined;
  const colour = normaliseColour(colourToken);
  return colour === 'transparent' ? undefined : colour;
}

function colourOf(element: HTMLElement, style: Map<string, string>): string | undefined {
  const declared =
    style.get('color') ??
    (element.tagName?.toLowerCase() === 'font' ? element.getAttribute('color') : undefined);
  return declared ? normaliseColour(declared) : undefined;
}

interface Inherited {
  colour: string;
  background: string;
}

function sanitise(node: Node, inherited: Inherited, dropped: DroppedHiddenPart[]): void {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === NodeType.COMMENT_NODE) {
      dropped.push({ reason: 'comment', excerpt: excerpt(child.rawText) });
      child.remove();
      continue;
    }
    if (child.nodeType === NodeType.TEXT_NODE) {
      const visibleText = child.rawText.trim();
      if (visibleText && (inherited.colour === inherited.background || inherited.colour === 'transparent')) {
        dropped.push({ reason: 'same-colour', excerpt: excerpt(child.text) });
        child.remove();
      }
      continue;
    }
    if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
    const element = child as HTMLElement;
    const style = parseStyle(element.getAttribute('style'));
    const reason = hiddenReasonOf(element, style);
    if (reason) {
      const text = element.textContent;
      if (text.trim() || reason !== 'script-or-style') dropped.push({ reason, excerpt: excerpt(text) });
      element.remove();
      continue;
    }
    sanitise(
      element,
      {
        colour: colourOf(element, style) ?? inherited.colour,
        background: backgroundOf(element, style) ?? inherited.background,
      },
      dropped,
    );
  }
}

let compiled: ((html: string) => string) | undefined;

/** html-to-text builds its selector tables per options object: build them once, not once per message. */
function htmlToText(): (html: string) => string {
  compiled ??= compile({
    wordwrap: false,
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true, ignoreHref: false } },
    ],
  });
  return compiled;
}

/** Converts HTML to readable text, dropping hidden parts first and reporting what was dropped. */
export function htmlToSafeText(html: string): SafeText {
  const root = parse(html, {
    comment: true,
    blockTextElements: { script: true, style: true, noscript: true, pre: true },
  });
  const dropped: DroppedHiddenPart[] = [];
  const body = root.querySelector('body');
  const bodyStyle = body ? parseStyle(body.getAttribute('style')) : new Map<string, string>();
  const start: Inherited = {
    colour: (body && colourOf(body, bodyStyle)) ?? DEFAULT_COLOUR,
    background: (body && backgroundOf(body, bodyStyle)) ?? DEFAULT_BACKGROUND,
  };
  sanitise(root, start, dropped);
  const text = htmlToText()(root.toString());
  return { text: text.replace(/\n{3,}/gu, '\n\n').trim(), dropped };
}
