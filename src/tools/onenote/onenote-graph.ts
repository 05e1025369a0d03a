/**
 * How OneNote tools reach Graph: scopes, notebooks and sections resolved from a display name or an id (a clear
 * error listing the candidates when none or several match), page ids, and compact page views.
 */
import { candidateList, mapGraphErrors } from '../shared/tool-error';
import { encodeGraphId } from '../../graph/types';
import type { Citation, ToolContext } from '../define-tool';
import { formatInstant } from '../shared/dates';
import { OneNoteToolError } from './onenote-errors';

export const NOTES_READ = ['Notes.Read'];
export const NOTES_CREATE = ['Notes.Create'];
export const NOTES_WRITE = ['Notes.ReadWrite'];

export interface NotebookWire {
  id: string;
  displayName: string;
  isDefault?: boolean;
  sections?: SectionWire[];
}

export interface SectionWire {
  id: string;
  displayName: string;
  isDefault?: boolean;
  parentNotebook?: { id: string; displayName: string };
}

export interface PageWire {
  id: string;
  title: string;
  createdDateTime?: string;
  lastModifiedDateTime?: string;
  parentSection?: { id: string; displayName: string };
  links?: { oneNoteWebUrl?: { href?: string } };
}

export const PAGE_SELECT = 'id,title,createdDateTime,lastModifiedDateTime,links';

export function pagePath(id: string): string {
  return `/me/onenote/pages/${encodeGraphId(id)}`;
}

function names(candidates: readonly { displayName: string }[]): string {
  return candidateList(candidates.map((candidate) => `'${candidate.displayName}'`));
}

export async function listNotebooks(ctx: ToolContext, withSections = false): Promise<NotebookWire[]> {
  const body = await ctx.graph.get<{ value: NotebookWire[] }>('/me/onenote/notebooks', {
    query: {
      $select: `id,displayName,isDefault${withSections ? ',sections' : ''}`,
      ...(withSections ? { $expand: 'sections' } : {}),
    },
    scopes: NOTES_READ,
    signal: ctx.signal,
  });
  return body.value;
}

/** A notebook by id or display name (case-insensitive). */
export async function resolveNotebook(ctx: ToolContext, nameOrId: string): Promise<NotebookWire> {
  const notebooks = await listNotebooks(ctx);
  const wanted = nameOrId.trim().toLowerCase();
  const byId = notebooks.find((notebook) => notebook.id === nameOrId.trim());
  if (byId) return byId;
  const matches = notebooks.filter((notebook) => notebook.displayName.toLowerCase() === wanted);
  if (matches.length === 1) return matches[0] as NotebookWire;
  if (matches.length > 1)
    throw new OneNoteToolError(
      'notebook-ambiguous',
      `Several notebooks are called '${nameOrId}'; use the id: ${matches.map((notebook) => notebook.id).join(', ')}.`,
    );
  throw new OneNoteToolError(
    'notebook-not-found',
    `No notebook '${nameOrId}'. Notebooks: ${names(notebooks)}.`,
  );
}

export async function listSections(ctx: ToolContext, notebookId?: string): Promise<SectionWire[]> {
  const path = notebookId
    ? `/me/onenote/notebooks/${encodeGraphId(notebookId)}/sections`
    : '/me/onenote/sections';
  const body = await ctx.graph.get<{ value: SectionWire[] }>(path, {
    query: { $select: 'id,displayName,isDefault,parentNotebook' },
    scopes: NOTES_READ,
    signal: ctx.signal,
  });
  return body.value;
}

/**
 * A section by id, display name, or "Notebook/Section"; `notebook` narrows names. Several sections with the name
 * in different notebooks is an error naming them, so a page never lands in the wrong notebook.
 */
export async function resolveSection(
  ctx: ToolContext,
  nameOrId: string,
  notebook?: string,
): Promise<SectionWire> {
  const scope = notebook ? await resolveNotebook(ctx, notebook) : undefined;
  const sections = await listSections(ctx, scope?.id);
  const trimmed = nameOrId.trim();
  const byId = sections.find((section) => section.id === trimmed);
  if (byId) return byId;
  const slash = trimmed.lastIndexOf('/');
  const notebookName = !scope && slash > 0 ? trimmed.slice(0, slash).trim().toLowerCase() : undefined;
  const sectionName = (notebookName ? trimmed.slice(slash + 1) : trimmed).trim().toLowerCase();
  const matches = sections.filter(
    (section) =>
      section.displayName.toLowerCase() === sectionName &&
      (!notebookName || section.parentNotebook?.displayName.toLowerCase() === notebookName),
  );
  if (matches.length === 1) return matches[0] as SectionWire;
  if (matches.length > 1)
    throw new OneNoteToolError(
      'section-ambiguous',
      `Several sections are called '${nameOrId}': ${matches.map((section) => `'${section.parentNotebook?.displayName ?? '?'}/${section.displayName}'`).join(', ')}. Name the notebook too.`,
    );
  throw new OneNoteToolError(
    'section-not-found',
    `No section '${nameOrId}'${scope ? ` in '${scope.displayName}'` : ''}. Sections: ${candidateList(sections.map((section) => `'${section.parentNotebook?.displayName ?? '?'}/${section.displayName}'`))}.`,
  );
}

export async function getPage(ctx: ToolContext, id: string): Promise<PageWire> {
  return mapGraphErrors(
    () =>
      ctx.graph.get<PageWire>(pagePath(id), {
        query: { $select: `${PAGE_SELECT},parentSection` },
        scopes: NOTES_READ,
        signal: ctx.signal,
      }),
    {
      404: () =>
        new OneNoteToolError(
          'page-not-found',
          `No OneNote page with id '${id}'. List or search pages to find it.`,
        ),
    },
  );
}

export async function getPageHtml(ctx: ToolContext, id: string): Promise<string> {
  return ctx.graph.get<string>(`${pagePath(id)}/content`, {
    responseType: 'text',
    scopes: NOTES_READ,
    signal: ctx.signal,
  });
}

export function pageView(page: PageWire, ctx: ToolContext): Record<string, unknown> {
  return {
    id: page.id,
    title: ctx.untrusted(page.title),
    ...(page.parentSection ? { section: ctx.untrusted(page.parentSection.displayName) } : {}),
    ...(page.lastModifiedDateTime
      ? { modified: formatInstant(page.lastModifiedDateTime, ctx.user.timeZone) }
      : {}),
  };
}

export function pageCitation(page: PageWire): Citation {
  const webLink = page.links?.oneNoteWebUrl?.href;
  return { kind: 'page', id: page.id, title: page.title, ...(webLink ? { webLink } : {}) };
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
