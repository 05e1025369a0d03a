/** OneNote reads: notebooks, sections, pages (recent or of a section), one page as text, and page search. */
import { z } from 'zod';
import { encodeGraphId } from '../../graph/types';
import { defineTool, type ToolContext } from '../define-tool';
import { textWindow } from '../shared/text-window';
import {
  NOTES_READ,
  PAGE_SELECT,
  getPage,
  getPageHtml,
  listNotebooks,
  listSections,
  pageCitation,
  pageView,
  plural,
  resolveNotebook,
  resolveSection,
  type PageWire,
} from './onenote-graph';
import { pageHtmlToText } from './page-text';

const nameOrId = z.string().trim().min(1).max(200);

export const listNotebooksTool = defineTool({
  name: 'onenote_list_notebooks',
  area: 'onenote',
  category: 'read',
  description: "List the user's OneNote notebooks (id, name, default), optionally with their sections.",
  input: z.object({ includeSections: z.boolean().optional() }),
  graph: ['GET /me/onenote/notebooks'],
  scopes: NOTES_READ,
  async run(args, ctx) {
    const notebooks = await listNotebooks(ctx, args.includeSections);
    return {
      content: {
        notebooks: notebooks.map((notebook) => ({
          id: notebook.id,
          name: ctx.untrusted(notebook.displayName),
          ...(notebook.isDefault ? { default: true } : {}),
          ...(notebook.sections
            ? {
                sections: notebook.sections.map((section) => ({
                  id: section.id,
                  name: ctx.untrusted(section.displayName),
                })),
              }
            : {}),
        })),
      },
      summary: `Listed ${plural(notebooks.length, 'notebook')}`,
    };
  },
});

export const listSectionsTool = defineTool({
  name: 'onenote_list_sections',
  area: 'onenote',
  category: 'read',
  description: 'List OneNote sections: all, or of one notebook (name or id). Returns id, name, notebook.',
  input: z.object({ notebook: nameOrId.optional() }),
  graph: [
    'GET /me/onenote/notebooks',
    'GET /me/onenote/sections',
    'GET /me/onenote/notebooks/{notebook-id}/sections',
  ],
  scopes: NOTES_READ,
  async run(args, ctx) {
    const notebook = args.notebook ? await resolveNotebook(ctx, args.notebook) : undefined;
    const sections = await listSections(ctx, notebook?.id);
    return {
      content: {
        sections: sections.map((section) => ({
          id: section.id,
          name: ctx.untrusted(section.displayName),
          notebook: ctx.untrusted(section.parentNotebook?.displayName ?? notebook?.displayName ?? ''),
          ...(section.isDefault ? { default: true } : {}),
        })),
      },
      summary: `Listed ${plural(sections.length, 'section')}`,
    };
  },
});

async function pagesIn(
  ctx: ToolContext,
  sectionId: string | undefined,
  top: number,
  filter?: string,
): Promise<PageWire[]> {
  const path = sectionId ? `/me/onenote/sections/${encodeGraphId(sectionId)}/pages` : '/me/onenote/pages';
  const body = await ctx.graph.get<{ value: PageWire[] }>(path, {
    query: { $select: `${PAGE_SELECT},parentSection`, $top: top, ...(filter ? { $filter: filter } : {}) },
    scopes: NOTES_READ,
    signal: ctx.signal,
  });
  return body.value;
}

const CONTENT_PREVIEW_CHARS = 600;
const CONTENT_PREVIEW_PAGES = 5;

export const listPagesTool = defineTool({
  name: 'onenote_list_pages',
  area: 'onenote',
  category: 'read',
  description:
    'List OneNote pages, newest first: recent across notebooks, or of one section (name or id). includeContent adds a short text excerpt of the first 5.',
  input: z.object({
    section: nameOrId.optional(),
    notebook: nameOrId.optional().describe('Narrows a section name'),
    limit: z.number().int().min(1).max(100).optional().describe('Default 20'),
    includeContent: z.boolean().optional(),
  }),
  graph: [
    'GET /me/onenote/notebooks',
    'GET /me/onenote/sections',
    'GET /me/onenote/notebooks/{notebook-id}/sections',
    'GET /me/onenote/pages',
    'GET /me/onenote/sections/{onenoteSection-id}/pages',
    'GET /me/onenote/pages/{onenotePage-id}/content',
  ],
  scopes: NOTES_READ,
  async run(args, ctx) {
    const section = args.section ? await resolveSection(ctx, args.section, args.notebook) : undefined;
    const pages = await pagesIn(ctx, section?.id, args.limit ?? 20);
    const views = [];
    for (const [index, page] of pages.entries()) {
      const view = pageView(page, ctx);
      if (args.includeContent && index < CONTENT_PREVIEW_PAGES) {
        const text = pageHtmlToText(await getPageHtml(ctx, page.id)).text;
        view.excerpt = ctx.untrusted(textWindow(text, 0, CONTENT_PREVIEW_CHARS).text);
      }
      views.push(view);
    }
    return {
      content: { pages: views },
      citations: pages.map(pageCitation),
      summary: `Listed ${plural(pages.length, 'page')}`,
    };
  },
});

export const getPageTool = defineTool({
  name: 'onenote_get_page',
  area: 'onenote',
  category: 'read',
  description:
    'Read one OneNote page by id as compact Markdown-like text (to-dos as [ ]/[x]); capped, continue with offset.',
  input: z.object({
    id: z.string().trim().min(1).max(300),
    offset: z.number().int().min(0).optional(),
    maxChars: z.number().int().min(500).max(20000).optional().describe('Default 6000'),
  }),
  graph: ['GET /me/onenote/pages/{onenotePage-id}', 'GET /me/onenote/pages/{onenotePage-id}/content'],
  scopes: NOTES_READ,
  async run(args, ctx) {
    const page = await getPage(ctx, args.id);
    const text = pageHtmlToText(await getPageHtml(ctx, page.id)).text;
    const window = textWindow(text, args.offset ?? 0, args.maxChars ?? 6000);
    return {
      content: {
        ...pageView(page, ctx),
        text: ctx.untrusted(window.text),
        ...(window.truncated ? { nextOffset: window.nextOffset, totalChars: window.totalChars } : {}),
      },
      citations: [pageCitation(page)],
      summary: 'Read 1 page',
    };
  },
});

/** OData string literal for a title filter word. */
function literal(word: string): string {
  return `'${word.toLowerCase().replace(/'/g, "''")}'`;
}

const SCAN_PAGES = 20;

export const searchPagesTool = defineTool({
  name: 'onenote_search_pages',
  area: 'onenote',
  category: 'read',
  description:
    'Find OneNote pages containing all the words: titles are searched by Graph; page text only in the 20 most recent pages of the scope (Graph has no OneNote full-text search).',
  input: z.object({
    query: z.string().trim().min(1).max(200),
    section: nameOrId.optional(),
    notebook: nameOrId.optional(),
    limit: z.number().int().min(1).max(50).optional().describe('Default 10'),
  }),
  graph: [
    'GET /me/onenote/notebooks',
    'GET /me/onenote/sections',
    'GET /me/onenote/notebooks/{notebook-id}/sections',
    'GET /me/onenote/pages',
    'GET /me/onenote/sections/{onenoteSection-id}/pages',
    'GET /me/onenote/pages/{onenotePage-id}/content',
  ],
  scopes: NOTES_READ,
  async run(args, ctx) {
    const words = args.query
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => word !== '');
    const section = args.section ? await resolveSection(ctx, args.section, args.notebook) : undefined;
    const limit = args.limit ?? 10;
    const filter = words.map((word) => `contains(tolower(title),${literal(word)})`).join(' and ');
    const byTitle = await pagesIn(ctx, section?.id, 100, filter);
    const found = new Map(byTitle.map((page) => [page.id, { page, matched: 'title' }]));
    const recent = await pagesIn(ctx, section?.id, SCAN_PAGES);
    for (const page of recent) {
      if (found.size >= limit) break;
      if (found.has(page.id)) continue;
      const text = pageHtmlToText(await getPageHtml(ctx, page.id)).text.toLowerCase();
      if (words.every((word) => text.includes(word))) found.set(page.id, { page, matched: 'text' });
    }
    const results = [...found.values()].slice(0, limit);
    return {
      content: {
        results: results.map(({ page, matched }) => ({ ...pageView(page, ctx), matched })),
        note: `Titles searched everywhere${section ? ' in the section' : ''}; text searched in the ${SCAN_PAGES} most recent pages only.`,
      },
      citations: results.map(({ page }) => pageCitation(page)),
      summary: `Found ${plural(results.length, 'page')}`,
    };
  },
});
