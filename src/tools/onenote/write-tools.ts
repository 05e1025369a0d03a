/** OneNote drafts (create a page from HTML, Markdown or a template; append; copy) and delete a page. */
import { parse, valid } from 'node-html-parser';
import { z } from 'zod';
import { encodeGraphId } from '../../graph/types';
import { defineTool, type ToolContext } from '../define-tool';
import { markdownToOneNoteHtml, pageDocument } from './markdown-to-onenote';
import {
  NOTES_CREATE,
  NOTES_WRITE,
  getPage,
  pageCitation,
  pagePath,
  pageView,
  resolveSection,
  type PageWire,
  type SectionWire,
} from './onenote-graph';
import { OneNoteToolError } from './onenote-errors';
import { pageHtmlToText } from './page-text';
import { findTemplate, pageTemplates, type TemplateValue } from './templates';
import { renderTemplate } from './templates/render-template';

const nameOrId = z.string().trim().min(1).max(200);
const templateValue = z.union([
  z.string().max(20000),
  z.array(z.string().max(2000)).max(100),
  z
    .array(z.object({ text: z.string().max(2000), priority: z.enum(['high', 'medium', 'low']).optional() }))
    .max(100),
]);

const createInput = z
  .object({
    section: nameOrId.optional().describe('Name, "Notebook/Section" or id; default section if omitted'),
    notebook: nameOrId.optional(),
    title: z.string().trim().max(300).optional(),
    markdown: z.string().max(200_000).optional(),
    html: z.string().max(200_000).optional(),
    template: z.enum(pageTemplates.map((template) => template.name) as [string, ...string[]]).optional(),
    variables: z.record(z.string(), templateValue).optional(),
  })
  .refine(
    (args) => [args.markdown, args.html, args.template].filter((value) => value !== undefined).length === 1,
    {
      message: 'Give exactly one of markdown, html or template.',
    },
  );

type CreateArgs = z.infer<typeof createInput>;

/** Checks HTML the way the page API will (well-formed) and returns the body fragment. */
function htmlBody(html: string): { title?: string; body: string } {
  if (!valid(html.replace(/<!DOCTYPE[^>]*>/i, '')))
    throw new OneNoteToolError(
      'invalid-content',
      'The HTML is malformed (an element is not closed); OneNote needs well-formed HTML.',
    );
  const root = parse(html);
  const body = root.querySelector('body');
  const title = root.querySelector('title')?.text.trim();
  return { ...(title ? { title } : {}), body: (body ?? root).innerHTML.trim() };
}

/** The page document to send and what the preview shows, built before anything is written. */
function buildPage(args: CreateArgs, now: Date): { title: string; document: string; text: string } {
  let title = args.title ?? '';
  let body: string;
  if (args.template !== undefined) {
    const template = findTemplate(args.template);
    if (!template) throw new OneNoteToolError('template-not-found', `No template '${args.template}'.`);
    const rendered = renderTemplate(template, (args.variables ?? {}) as Record<string, TemplateValue>);
    title = args.title ?? rendered.title;
    body = markdownToOneNoteHtml(rendered.markdown);
  } else if (args.markdown !== undefined) {
    body = markdownToOneNoteHtml(args.markdown);
  } else {
    const parsed = htmlBody(args.html ?? '');
    title = args.title ?? parsed.title ?? '';
    body = parsed.body;
  }
  const document = pageDocument(title, body, now);
  return { title, document, text: pageHtmlToText(document).text };
}

async function targetSection(ctx: ToolContext, args: CreateArgs): Promise<SectionWire | undefined> {
  return args.section ? resolveSection(ctx, args.section, args.notebook) : undefined;
}

export const createPageTool = defineTool({
  name: 'onenote_create_page',
  area: 'onenote',
  category: 'draft',
  description: `Create a OneNote page in a section (name or id; default section if omitted) from markdown, html, or a template with variables (${pageTemplates.map((template) => template.name).join(', ')}).`,
  input: createInput,
  graph: [
    'GET /me/onenote/notebooks',
    'GET /me/onenote/sections',
    'GET /me/onenote/notebooks/{notebook-id}/sections',
    'POST /me/onenote/pages',
    'POST /me/onenote/sections/{onenoteSection-id}/pages',
  ],
  scopes: ['Notes.Read', ...NOTES_CREATE],
  async preview(args, ctx) {
    const page = buildPage(args, ctx.now());
    const section = await targetSection(ctx, args);
    return {
      title: 'Create a OneNote page',
      fields: [
        {
          label: 'Section',
          value: section
            ? `${section.parentNotebook?.displayName ?? ''}/${section.displayName}`
            : 'Default section',
          kind: 'folder',
          editableArg: 'section',
        },
        { label: 'Title', value: page.title || '(untitled)', kind: 'subject', editableArg: 'title' },
      ],
      body: page.text.slice(0, 1500),
      ...(args.markdown !== undefined ? { bodyArg: 'markdown' } : {}),
      warnings: [],
    };
  },
  targets: (args) => ({ outgoingText: [args.markdown ?? args.html ?? JSON.stringify(args.variables ?? {})] }),
  async run(args, ctx) {
    const page = buildPage(args, ctx.now());
    const section = await targetSection(ctx, args);
    const path = section ? `/me/onenote/sections/${encodeGraphId(section.id)}/pages` : '/me/onenote/pages';
    const created = await ctx.graph.post<PageWire>(path, page.document, {
      headers: { 'content-type': 'text/html' },
      scopes: NOTES_CREATE,
      signal: ctx.signal,
    });
    return {
      content: { created: pageView(created, ctx) },
      citations: [pageCitation(created)],
      summary: `Created page ${created.title}`,
    };
  },
});

export const appendToPageTool = defineTool({
  name: 'onenote_append_to_page',
  area: 'onenote',
  category: 'draft',
  description:
    'Append Markdown (or HTML) to the end of a OneNote page, or to an element by its data-id (target "#id").',
  input: z
    .object({
      id: z.string().trim().min(1).max(300),
      markdown: z.string().max(100_000).optional(),
      html: z.string().max(100_000).optional(),
      target: z
        .string()
        .trim()
        .regex(/^(body|#[\w:{}-]+)$/)
        .optional()
        .describe('Default body'),
    })
    .refine((args) => (args.markdown === undefined) !== (args.html === undefined), {
      message: 'Give exactly one of markdown or html.',
    }),
  graph: ['GET /me/onenote/pages/{onenotePage-id}', 'PATCH /me/onenote/pages/{onenotePage-id}/content'],
  scopes: NOTES_WRITE,
  async preview(args, ctx) {
    const page = await getPage(ctx, args.id);
    return {
      title: 'Add to a OneNote page',
      fields: [{ label: 'Page', value: page.title, kind: 'subject' }],
      body: args.markdown ?? pageHtmlToText(`<body>${args.html ?? ''}</body>`).text,
      bodyArg: args.markdown !== undefined ? 'markdown' : 'html',
      warnings: [],
    };
  },
  targets: (args) => ({ itemIds: [args.id], outgoingText: [args.markdown ?? args.html ?? ''] }),
  async run(args, ctx) {
    const content =
      args.markdown !== undefined
        ? markdownToOneNoteHtml(args.markdown)
        : htmlBody(`<body>${args.html ?? ''}</body>`).body;
    const page = await getPage(ctx, args.id);
    await ctx.graph.patch(
      `${pagePath(page.id)}/content`,
      [{ target: args.target ?? 'body', action: 'append', content }],
      {
        scopes: NOTES_WRITE,
        signal: ctx.signal,
      },
    );
    return {
      content: { updated: pageView(page, ctx) },
      citations: [pageCitation(page)],
      summary: `Added to ${page.title}`,
    };
  },
});

interface OperationWire {
  status?: string;
  resourceLocation?: string | null;
  resourceId?: string | null;
  error?: { message?: string } | null;
}

function wait(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, milliseconds);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** How long copy_page polls the operation before giving up (the copy may still finish later). */
export const COPY_TIMEOUT_MS = 30_000;

export const copyPageTool = defineTool({
  name: 'onenote_copy_page',
  area: 'onenote',
  category: 'draft',
  description:
    'Copy a OneNote page into a section (name, "Notebook/Section" or id), optionally renamed; waits up to 30 s for the copy.',
  input: z.object({
    id: z.string().trim().min(1).max(300),
    section: nameOrId,
    notebook: nameOrId.optional(),
    renameAs: z.string().trim().min(1).max(300).optional(),
  }),
  graph: [
    'GET /me/onenote/pages/{onenotePage-id}',
    'GET /me/onenote/sections',
    'GET /me/onenote/notebooks',
    'GET /me/onenote/notebooks/{notebook-id}/sections',
    'POST /me/onenote/pages/{onenotePage-id}/copyToSection',
    'GET /me/onenote/operations/{onenoteOperation-id}',
  ],
  scopes: NOTES_WRITE,
  async preview(args, ctx) {
    const [page, section] = await Promise.all([
      getPage(ctx, args.id),
      resolveSection(ctx, args.section, args.notebook),
    ]);
    return {
      title: 'Copy a OneNote page',
      fields: [
        { label: 'Page', value: page.title, kind: 'subject' },
        {
          label: 'To section',
          value: `${section.parentNotebook?.displayName ?? ''}/${section.displayName}`,
          kind: 'folder',
          editableArg: 'section',
        },
        ...(args.renameAs
          ? [{ label: 'New title', value: args.renameAs, kind: 'text' as const, editableArg: 'renameAs' }]
          : []),
      ],
      warnings: [],
    };
  },
  targets: (args) => ({ itemIds: [args.id] }),
  async run(args, ctx) {
    const page = await getPage(ctx, args.id);
    const section = await resolveSection(ctx, args.section, args.notebook);
    const started = await ctx.graph.request({
      method: 'POST',
      path: `${pagePath(page.id)}/copyToSection`,
      body: { id: section.id, ...(args.renameAs ? { renameAs: args.renameAs } : {}) },
      scopes: NOTES_WRITE,
      signal: ctx.signal,
    });
    const location = started.headers['operation-location'] ?? '';
    const operationPath = /\/me\/onenote\/operations\/[^?#]+/.exec(location)?.[0];
    if (!operationPath)
      throw new OneNoteToolError('copy-failed', 'OneNote accepted the copy but gave no operation to follow.');
    const deadline = Date.now() + COPY_TIMEOUT_MS;
    for (let delay = 200; Date.now() < deadline; delay = Math.min(delay * 2, 2000)) {
      // A long-running operation, not a retry: OneNote says to poll until it completes.
      await wait(delay, ctx.signal);
      const operation = await ctx.graph.get<OperationWire>(operationPath, {
        scopes: NOTES_WRITE,
        signal: ctx.signal,
      });
      if (operation.status === 'Completed') {
        const copy = operation.resourceId ? await getPage(ctx, operation.resourceId) : undefined;
        return {
          content: {
            copied: copy ? pageView(copy, ctx) : { id: operation.resourceId },
            section: ctx.untrusted(section.displayName),
          },
          citations: copy ? [pageCitation(copy)] : [],
          summary: `Copied ${page.title}`,
        };
      }
      if (operation.status === 'Failed')
        throw new OneNoteToolError(
          'copy-failed',
          `OneNote could not copy the page${operation.error?.message ? `: ${operation.error.message}` : ''}.`,
        );
    }
    throw new OneNoteToolError(
      'copy-timeout',
      'The copy has not finished after 30 seconds; it may still appear in the section later.',
    );
  },
});

export const deletePageTool = defineTool({
  name: 'onenote_delete_page',
  area: 'onenote',
  category: 'delete',
  description:
    'Delete a OneNote page by id (permanently; OneNote keeps deleted pages in its own recycle bin for a while).',
  input: z.object({ id: z.string().trim().min(1).max(300) }),
  graph: ['GET /me/onenote/pages/{onenotePage-id}', 'DELETE /me/onenote/pages/{onenotePage-id}'],
  scopes: NOTES_WRITE,
  async preview(args, ctx) {
    const page = await getPage(ctx, args.id);
    return {
      title: 'Delete a OneNote page',
      fields: [
        { label: 'Page', value: page.title, kind: 'subject' },
        ...(page.parentSection
          ? [{ label: 'Section', value: page.parentSection.displayName, kind: 'folder' as const }]
          : []),
      ],
      warnings: [],
      count: 1,
    };
  },
  targets: (args) => ({ itemIds: [args.id] }),
  async run(args, ctx) {
    const page = await getPage(ctx, args.id);
    await ctx.graph.delete(pagePath(page.id), { scopes: NOTES_WRITE, signal: ctx.signal });
    return { content: { deleted: pageView(page, ctx) }, summary: `Deleted page ${page.title}` };
  },
});
