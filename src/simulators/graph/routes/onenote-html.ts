/**
 * OneNote page HTML: reading a create request (text/html, application/xhtml+xml, or multipart/form-data with a
 * required `Presentation` part), producing the output document Graph serves from `/content` (with generated `id`s
 * under `?includeIDs=true`), and applying PATCH commands (append/insert/prepend/replace on body, title or an id).
 */
import { HTMLElement, parse, valid } from 'node-html-parser';
import { GraphError } from '../core/errors';
import { pageDocument } from '../seed/onenote';

/** Elements OneNote drops from input (it has no script or styling sheets). */
const DROPPED = 'script, style, iframe, object, embed, link';
const ADDRESSABLE = new Set([
  'div',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'td',
  'img',
  'pre',
  'span',
]);

const badRequest = (message: string): GraphError => new GraphError(400, 'BadRequest', message);

export interface PageInput {
  title: string;
  bodyHtml: string;
  created?: string;
}

function multipartParts(
  bytes: Uint8Array,
  contentType: string,
): { name: string; type: string; body: string }[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) throw badRequest('The multipart request has no boundary.');
  const text = Buffer.from(bytes).toString('utf8');
  const chunks = text.split(`--${boundary}`);
  if (chunks.length < 3) throw badRequest('The multipart request is malformed: no parts were found.');
  const parts: { name: string; type: string; body: string }[] = [];
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break;
    const separator = /\r?\n\r?\n/.exec(chunk);
    if (!separator) throw badRequest('The multipart request is malformed: a part has no headers.');
    const head = chunk.slice(0, separator.index);
    const body = chunk.slice(separator.index + separator[0].length).replace(/\r?\n$/, '');
    const name = /name="?([^";\r\n]+)"?/i.exec(head)?.[1];
    if (!name) throw badRequest('The multipart request is malformed: a part has no name.');
    parts.push({
      name,
      type: /content-type:\s*([^;\r\n]+)/i.exec(head)?.[1]?.trim().toLowerCase() ?? '',
      body,
    });
  }
  return parts;
}

/** The Presentation HTML of a create request, or a Graph-like error. */
export function presentationOf(bytes: Uint8Array, contentTypeHeader: string | undefined): string {
  const contentType = (contentTypeHeader ?? '').toLowerCase();
  if (contentType.startsWith('text/html') || contentType.startsWith('application/xhtml+xml'))
    return Buffer.from(bytes).toString('utf8');
  if (contentType.startsWith('multipart/form-data')) {
    const presentation = multipartParts(bytes, contentTypeHeader as string).find(
      (part) => part.name.toLowerCase() === 'presentation',
    );
    if (!presentation) throw badRequest("The multipart request is missing the required 'Presentation' part.");
    if (presentation.type && !/^(text\/html|application\/xhtml\+xml)/.test(presentation.type))
      throw badRequest("The 'Presentation' part must be text/html or application/xhtml+xml.");
    return presentation.body;
  }
  throw new GraphError(
    415,
    'UnsupportedMediaType',
    `Content type '${contentTypeHeader ?? ''}' is not supported. Send text/html, application/xhtml+xml or multipart/form-data.`,
  );
}

/** Parses input HTML the way OneNote accepts it: a well-formed document with an <html> element; title optional. */
export function parsePageInput(html: string): PageInput {
  if (html.trim() === '') throw badRequest('The page HTML is empty.');
  if (!/<html[\s>]/i.test(html)) throw badRequest('The page HTML must be a document with an <html> element.');
  if (!valid(html.replace(/<!DOCTYPE[^>]*>/i, '')))
    throw badRequest(
      'The page HTML is malformed: every element must be closed (OneNote needs well-formed HTML).',
    );
  const root = parse(html, { comment: false });
  root.querySelectorAll(DROPPED).forEach((element) => element.remove());
  const titleElement = root.querySelector('title');
  const title = titleElement ? titleElement.text.replace(/\s+/g, ' ').trim() : '';
  const created = root.querySelector('meta[name="created"]')?.getAttribute('content');
  const body = root.querySelector('body');
  return { title, bodyHtml: (body ?? root).innerHTML.trim(), ...(created ? { created } : {}) };
}

export function buildPageHtml(input: PageInput, created: string): string {
  return pageDocument(escapeText(input.title), input.bodyHtml, created);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function stableHex(seed: string): string {
  let hash = 2166136261;
  const out: string[] = [];
  for (let round = 0; round < 4; round += 1) {
    for (const character of `${seed}#${round}`) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619);
    out.push((hash >>> 0).toString(16).padStart(8, '0'));
  }
  return out.join('');
}

/** Output ids such as `p:{8c9e…}12`, stable while the page is unchanged (PATCH can target them). */
function assignIds(root: HTMLElement, pageId: string): void {
  const hex = stableHex(pageId);
  const guid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  let index = 0;
  const body = root.querySelector('body');
  body?.querySelectorAll('*').forEach((element) => {
    const tag = element.tagName.toLowerCase();
    index += 1;
    if (ADDRESSABLE.has(tag) && !element.getAttribute('id'))
      element.setAttribute('id', `${tag}:{${guid}}${index}`);
  });
  root.querySelector('title')?.setAttribute('id', `title:{${guid}}title`);
}

export function outputHtml(html: string, pageId: string, includeIds: boolean): string {
  if (!includeIds) return html;
  const root = parse(html);
  assignIds(root, pageId);
  return root.toString();
}

export interface PatchCommand {
  target: string;
  action: 'append' | 'insert' | 'prepend' | 'replace';
  position?: 'before' | 'after';
  content: string;
}

/** Single-quoted strings (as in the docs sample, which the service accepts) rewritten as JSON strings. */
function singleQuotesToJson(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"|'((?:[^'\\]|\\.)*)'/g, (match, inner: string | undefined) =>
    inner === undefined ? match : JSON.stringify(inner.replace(/\\'/g, "'")),
  );
}

/** Validates the PATCH body: a JSON array of {target, action, position?, content} commands. */
export function parsePatchCommands(text: string): PatchCommand[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (_error) {
    try {
      value = JSON.parse(singleQuotesToJson(text));
    } catch (_second) {
      throw badRequest(
        'The PATCH body must be a JSON array of {target, action, position?, content} commands.',
      );
    }
  }
  if (!Array.isArray(value) || value.length === 0)
    throw badRequest('The PATCH body must be a non-empty JSON array of commands.');
  return value.map((entry, index) => {
    const command = entry as Partial<PatchCommand>;
    if (!command || typeof command.target !== 'string' || typeof command.content !== 'string')
      throw badRequest(`Command ${index}: 'target' and 'content' are required strings.`);
    if (!['append', 'insert', 'prepend', 'replace'].includes(command.action as string))
      throw badRequest(`Command ${index}: 'action' must be append, insert, prepend or replace.`);
    if (command.position !== undefined && !['before', 'after'].includes(command.position))
      throw badRequest(`Command ${index}: 'position' must be before or after.`);
    return command as PatchCommand;
  });
}

function findTarget(root: HTMLElement, target: string, pageId: string): HTMLElement | undefined {
  if (target === 'body') {
    const body = root.querySelector('body');
    return (body?.querySelector('div') ?? body) || undefined;
  }
  if (target === 'title') return root.querySelector('title') ?? undefined;
  if (!target.startsWith('#')) return undefined;
  const key = target.slice(1);
  const byDataId = root
    .querySelectorAll('[data-id]')
    .find((element) => element.getAttribute('data-id') === key);
  if (byDataId) return byDataId;
  assignIds(root, pageId);
  return root.querySelectorAll('[id]').find((element) => element.getAttribute('id') === key);
}

/** Applies the commands to the stored page HTML; returns the new HTML and title (all-or-nothing). */
export function applyPatch(
  html: string,
  pageId: string,
  commands: readonly PatchCommand[],
): { html: string; title: string } {
  const root = parse(html);
  for (const [index, command] of commands.entries()) {
    const element = findTarget(root, command.target, pageId);
    if (!element)
      throw badRequest(`Command ${index}: the target '${command.target}' was not found on the page.`);
    const isTitle = element.tagName.toLowerCase() === 'title';
    if (isTitle && command.action !== 'replace')
      throw badRequest(`Command ${index}: the title only supports replace.`);
    if (command.target === 'body' && command.action === 'replace')
      throw badRequest(`Command ${index}: the body cannot be replaced; append or prepend to it.`);
    if (isTitle) {
      element.set_content(escapeText(parse(command.content).text.trim()));
      continue;
    }
    switch (command.action) {
      case 'append':
        element.insertAdjacentHTML('beforeend', command.content);
        break;
      case 'prepend':
        element.insertAdjacentHTML('afterbegin', command.content);
        break;
      case 'insert':
        element.insertAdjacentHTML(
          command.position === 'before' ? 'beforebegin' : 'afterend',
          command.content,
        );
        break;
      case 'replace':
        element.replaceWith(command.content);
        break;
    }
  }
  // Generated ids are an output view, never stored.
  root.querySelectorAll('[id]').forEach((element) => {
    if (/^[a-z0-9]+:\{[0-9a-f-]+\}/.test(element.getAttribute('id') ?? '')) element.removeAttribute('id');
  });
  return { html: root.toString(), title: root.querySelector('title')?.text.trim() ?? '' };
}
