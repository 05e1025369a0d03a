/**
 * OneNote page HTML → compact Markdown-like text for the model: headings, lists, to-do tags as [ ]/[x], tables as
 * pipe rows, links kept; hidden elements (display:none, visibility:hidden, font-size:0, hidden) dropped.
 */
import { HTMLElement, Node, NodeType, parse } from 'node-html-parser';

const HIDDEN_STYLE = /(display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(px|pt|em|%)?\s*(;|$))/i;

function isHidden(element: HTMLElement): boolean {
  return element.hasAttribute('hidden') || HIDDEN_STYLE.test(element.getAttribute('style') ?? '');
}

function inline(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return node.text.replace(/\s+/g, ' ');
  if (node.nodeType !== NodeType.ELEMENT_NODE) return '';
  const element = node as HTMLElement;
  if (isHidden(element)) return '';
  const inner = element.childNodes.map(inline).join('');
  switch (element.tagName.toLowerCase()) {
    case 'b':
    case 'strong':
      return inner.trim() ? `**${inner.trim()}**` : '';
    case 'i':
    case 'em':
      return inner.trim() ? `_${inner.trim()}_` : '';
    case 'a': {
      const href = element.getAttribute('href');
      return href && /^https?:/i.test(href) ? `[${inner.trim()}](${href})` : inner;
    }
    case 'br':
      return '\n';
    case 'img': {
      const alt = element.getAttribute('alt');
      return alt ? `[image: ${alt}]` : '[image]';
    }
    default:
      return inner;
  }
}

function tagPrefix(element: HTMLElement): string {
  const tag = element.getAttribute('data-tag') ?? '';
  if (/to-do:completed/.test(tag)) return '[x] ';
  if (/to-do/.test(tag)) return '[ ] ';
  return '';
}

function block(element: HTMLElement, lines: string[], depth: number): void {
  if (isHidden(element)) return;
  const name = element.tagName.toLowerCase();
  const text = (): string =>
    element.childNodes
      .map(inline)
      .join('')
      .replace(/[ \t]+/g, ' ')
      .trim();
  if (/^h[1-6]$/.test(name)) {
    lines.push('', `${'#'.repeat(Number(name[1]))} ${tagPrefix(element)}${text()}`);
    return;
  }
  if (name === 'p' || name === 'pre') {
    const content = name === 'pre' ? element.text.trimEnd() : text();
    if (content)
      lines.push('', name === 'pre' ? `\`\`\`\n${content}\n\`\`\`` : `${tagPrefix(element)}${content}`);
    return;
  }
  if (name === 'ul' || name === 'ol') {
    let index = 0;
    if (depth === 0) lines.push('');
    for (const child of element.childNodes) {
      if (!(child instanceof HTMLElement) || child.tagName.toLowerCase() !== 'li' || isHidden(child))
        continue;
      index += 1;
      const own = child.childNodes
        .filter((node) => !(node instanceof HTMLElement && /^(ul|ol)$/i.test(node.tagName)))
        .map(inline)
        .join('')
        .trim();
      lines.push(`${'  '.repeat(depth)}${name === 'ol' ? `${index}.` : '-'} ${tagPrefix(child)}${own}`);
      for (const nested of child.childNodes)
        if (nested instanceof HTMLElement && /^(ul|ol)$/i.test(nested.tagName))
          block(nested, lines, depth + 1);
    }
    return;
  }
  if (name === 'table') {
    lines.push('');
    for (const row of element.querySelectorAll('tr'))
      lines.push(
        `| ${row
          .querySelectorAll('td, th')
          .map((cell) => cell.childNodes.map(inline).join('').trim())
          .join(' | ')} |`,
      );
    return;
  }
  if (name === 'img') {
    lines.push('', inline(element));
    return;
  }
  const hasBlocks = element.childNodes.some(
    (child) => child instanceof HTMLElement && /^(p|div|h[1-6]|ul|ol|table|pre|img)$/i.test(child.tagName),
  );
  if (!hasBlocks) {
    const content = text();
    if (content) lines.push('', content);
    return;
  }
  for (const child of element.childNodes) {
    if (child instanceof HTMLElement) block(child, lines, depth);
    else if (child.nodeType === NodeType.TEXT_NODE && child.text.trim()) lines.push('', child.text.trim());
  }
}

export interface PageText {
  title: string;
  text: string;
}

export function pageHtmlToText(html: string): PageText {
  const root = parse(html, { comment: false, blockTextElements: { pre: true } });
  root.querySelectorAll('script, style').forEach((element) => element.remove());
  const title = root.querySelector('title')?.text.trim() ?? '';
  const lines: string[] = [];
  block(root.querySelector('body') ?? root, lines, 0);
  return {
    title,
    text: lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  };
}
