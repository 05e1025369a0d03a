/** OneNote reads: notebooks, sections, pages (metadata and HTML content) and copy operations. */
import { defineRoute } from '../core/route';
import type { RouteContext, RouteDefinition } from '../core/route';
import type { SimResponse } from '../core/messages';
import { collectionProfiles } from '../odata/profiles';
import type { PageRecord, SectionRecord } from '../store/onenote';
import { outputHtml } from './onenote-html';
import { advanceOperation } from './onenote-operations';
import {
  NOTEBOOK_PROPERTIES,
  PAGE_PROPERTIES,
  SECTION_PROPERTIES,
  expansions,
  findNotebook,
  findPage,
  findSection,
  notebookToWire,
  onenoteNotFound,
  operationToWire,
  pageToWire,
  sectionToWire,
} from './onenote-wire';

export const NOTES_READ = ['Notes.Read', 'Notes.Create'];
const DENIED = 'accessDenied';

/** Pages expand parentSection unless `$expand` names something else (api/onenote-list-pages.md). */
function pageExpansions(context: RouteContext): Set<string> {
  const requested = expansions(context, ['parentNotebook', 'parentSection']);
  return requested.size === 0 ? new Set(['parentSection']) : requested;
}

function sectionExpansions(context: RouteContext): Set<string> {
  const requested = expansions(context, ['parentNotebook', 'parentSectionGroup']);
  return requested.size === 0 ? new Set(['parentNotebook']) : requested;
}

function sectionsReply(context: RouteContext, sections: SectionRecord[]): SimResponse {
  const expand = sectionExpansions(context);
  return context.reply.collection(
    sections.map((section) => sectionToWire(context, section, expand)),
    collectionProfiles.sections,
    { properties: SECTION_PROPERTIES },
  );
}

function pagesReply(context: RouteContext, pages: PageRecord[]): SimResponse {
  const expand = pageExpansions(context);
  return context.reply.collection(
    pages.map((page) => pageToWire(context, page, expand)),
    collectionProfiles.pages,
    { properties: PAGE_PROPERTIES },
  );
}

const readRoute = (template: string, handle: (context: RouteContext) => SimResponse): RouteDefinition =>
  defineRoute({ method: 'GET', template, scopes: NOTES_READ, accessDeniedCode: DENIED, handle });

export const onenoteReadRoutes: RouteDefinition[] = [
  readRoute('/me/onenote/notebooks', (context) => {
    const expand = expansions(context, ['sections', 'sectionGroups']);
    return context.reply.collection(
      context.store.onenote.notebooks.map((notebook) => notebookToWire(context, notebook, expand)),
      collectionProfiles.notebooks,
      { properties: NOTEBOOK_PROPERTIES },
    );
  }),
  readRoute('/me/onenote/notebooks/{notebook-id}', (context) => {
    const expand = expansions(context, ['sections', 'sectionGroups']);
    return context.reply.entity(
      notebookToWire(context, findNotebook(context, context.params['notebook-id'] as string), expand),
      {
        properties: NOTEBOOK_PROPERTIES,
        entityType: 'microsoft.graph.notebook',
      },
    );
  }),
  readRoute('/me/onenote/sections', (context) => sectionsReply(context, [...context.store.onenote.sections])),
  readRoute('/me/onenote/notebooks/{notebook-id}/sections', (context) => {
    const notebook = findNotebook(context, context.params['notebook-id'] as string);
    return sectionsReply(
      context,
      context.store.onenote.sections.filter((section) => section.notebookId === notebook.id),
    );
  }),
  readRoute('/me/onenote/sections/{onenoteSection-id}', (context) =>
    context.reply.entity(
      sectionToWire(
        context,
        findSection(context, context.params['onenoteSection-id'] as string),
        sectionExpansions(context),
      ),
      { properties: SECTION_PROPERTIES, entityType: 'microsoft.graph.onenoteSection' },
    ),
  ),
  readRoute('/me/onenote/pages', (context) => pagesReply(context, [...context.store.onenote.pages])),
  readRoute('/me/onenote/sections/{onenoteSection-id}/pages', (context) => {
    const section = findSection(context, context.params['onenoteSection-id'] as string);
    return pagesReply(
      context,
      context.store.onenote.pages.filter((page) => page.sectionId === section.id),
    );
  }),
  readRoute('/me/onenote/pages/{onenotePage-id}', (context) =>
    context.reply.entity(
      pageToWire(
        context,
        findPage(context, context.params['onenotePage-id'] as string),
        pageExpansions(context),
      ),
      {
        properties: PAGE_PROPERTIES,
        entityType: 'microsoft.graph.onenotePage',
      },
    ),
  ),
  readRoute('/me/onenote/pages/{onenotePage-id}/content', (context) => {
    const page = findPage(context, context.params['onenotePage-id'] as string);
    const includeIds = (context.query.get('includeIDs') ?? '').toLowerCase() === 'true';
    return context.reply.text(200, outputHtml(page.html, page.id, includeIds), 'text/html');
  }),
  readRoute('/me/onenote/operations/{onenoteOperation-id}', (context) => {
    const operation = context.store.onenote.operations.find(
      (candidate) => candidate.id === context.params['onenoteOperation-id'],
    );
    if (!operation) throw onenoteNotFound('operation');
    advanceOperation(context, operation);
    return context.reply.json(200, operationToWire(context, operation));
  }),
];
