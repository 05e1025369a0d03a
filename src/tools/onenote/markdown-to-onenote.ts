/**
 * Markdown → the HTML OneNote's page API accepts (api/onenote-create-page, "supported HTML"): headings, paragraphs,
 * bold/italic/strikethrough, lists (nested), GFM task lists as `data-tag="to-do"` (checked → `to-do:completed`),
 * code as Consolas text, tables with borders, links. Raw HTML in the Markdown is shown as text and images become
 * links, so nothing the page loads comes from model output.
 */
import { Marked, type Tokens } from 'marked';

const CODE_STYLE = 'font-family:Consolas;font-size:10pt';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function safeHref(href: string): string | undefined {
  return /^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : undefined;
}

const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    heading({ tokens, depth }) {
      return `<h${depth}>${this.parser.parseInline(tokens)}</h${depth}>\n`;
    },
    paragraph({ tokens }) {
      return `<p>${this.parser.parseInline(tokens)}</p>\n`;
    },
    strong({ tokens }) {
      return `<b>${this.parser.parseInline(tokens)}</b>`;
    },
    em({ tokens }) {
      return `<i>${this.parser.parseInline(tokens)}</i>`;
    },
    del({ tokens }) {
      return `<del>${this.parser.parseInline(tokens)}</del>`;
    },
    codespan({ text }) {
      return `<span style="${CODE_STYLE}">${text}</span>`;
    },
    code({ text }) {
      return `<pre style="${CODE_STYLE}">${escapeHtml(text)}</pre>\n`;
    },
    blockquote({ tokens }) {
      return `<div style="margin-left:24px;font-style:italic">${this.parser.parse(tokens)}</div>\n`;
    },
    hr() {
      return '<p>———</p>\n';
    },
    html({ text }) {
      return escapeHtml(text);
    },
    link({ href, tokens }) {
      const target = safeHref(href);
      const label = this.parser.parseInline(tokens);
      return target ? `<a href="${escapeHtml(target)}">${label}</a>` : label;
    },
    image({ href, text }) {
      const target = safeHref(href);
      return target ? `<a href="${escapeHtml(target)}">${escapeHtml(text || target)}</a>` : escapeHtml(text);
    },
    checkbox() {
      return '';
    },
    list(token: Tokens.List) {
      if (token.items.every((item) => item.task))
        return token.items
          .map(
            (item) =>
              `<p data-tag="${item.checked ? 'to-do:completed' : 'to-do'}">${this.parser.parseInline(inlineTokens(item))}</p>\n`,
          )
          .join('');
      const tag = token.ordered ? 'ol' : 'ul';
      const body = token.items.map((item) => this.listitem(item)).join('');
      return `<${tag}>\n${body}</${tag}>\n`;
    },
    listitem(item: Tokens.ListItem) {
      const tag = item.task ? ` data-tag="${item.checked ? 'to-do:completed' : 'to-do'}"` : '';
      const nested = item.tokens
        .filter((token) => token.type === 'list')
        .map((token) => this.parser.parse([token]))
        .join('');
      return `<li${tag}>${this.parser.parseInline(inlineTokens(item))}${nested}</li>\n`;
    },
    table(token: Tokens.Table) {
      const cell = (content: Tokens.TableCell, header: boolean): string => {
        const inner = this.parser.parseInline(content.tokens);
        return `<td>${header ? `<b>${inner}</b>` : inner}</td>`;
      };
      const rows = [
        `<tr>${token.header.map((content) => cell(content, true)).join('')}</tr>`,
        ...token.rows.map((row) => `<tr>${row.map((content) => cell(content, false)).join('')}</tr>`),
      ];
      return `<table border="1">\n${rows.join('\n')}\n</table>\n`;
    },
  },
});

/** The inline tokens of a list item (its text/paragraph children), without nested lists or the checkbox. */
function inlineTokens(item: Tokens.ListItem): Tokens.Generic[] {
  const result: Tokens.Generic[] = [];
  for (const token of item.tokens) {
    if (token.type === 'list' || token.type === 'checkbox') continue;
    if ((token.type === 'text' || token.type === 'paragraph') && 'tokens' in token && token.tokens)
      result.push(...(token.tokens as Tokens.Generic[]).filter((inner) => inner.type !== 'checkbox'));
    else result.push(token);
  }
  return result;
}

/** Markdown body → OneNote body HTML (no <html> wrapper). */
export function markdownToOneNoteHtml(markdown: string): string {
  return (marked.parse(markdown, { async: false }) as string).trim();
}

/** A full input document for the create-page API. */
export function pageDocument(title: string, bodyHtml: string, created?: Date): string {
  const meta = created ? `<meta name="created" content="${created.toISOString()}" />` : '';
  return `<!DOCTYPE html><html><head><title>${escapeHtml(title)}</title>${meta}</head><body>${bodyHtml}</body></html>`;
}
