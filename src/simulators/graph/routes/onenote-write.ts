/** OneNote writes: create pages (default section, `?sectionName=`, or a section id), PATCH content, copy, delete. */
import { GraphError } from '../core/errors';
import type { SimResponse } from '../core/messages';
import { defineRoute } from '../core/route';
import type { RouteContext, RouteDefinition } from '../core/route';
import type { SectionRecord } from '../store/onenote';
import {
  applyPatch,
  buildPageHtml,
  parsePageInput,
  parsePatchCommands,
  presentationOf,
} from './onenote-html';
import {
  AGENT_APP_ID,
  PAGE_PROPERTIES,
  findPage,
  findSection,
  onenoteNotFound,
  pageToWire,
} from './onenote-wire';

const NOTES_CREATE = ['Notes.Create'];
const NOTES_WRITE = ['Notes.ReadWrite'];
const DENIED = 'accessDenied';

function defaultSection(context: RouteContext): SectionRecord {
  const store = context.store.onenote;
  const section = store.sections.find((candidate) => candidate.isDefault) ?? store.sections[0];
  if (!section) throw onenoteNotFound('default section');
  return section;
}

/** `?sectionName=` picks a section of the default notebook by name, or creates it (api/onenote-post-pages.md). */
function sectionByName(context: RouteContext, name: string): SectionRecord {
  const store = context.store.onenote;
  const notebook = store.notebooks.find((candidate) => candidate.isDefault) ?? store.notebooks[0];
  if (!notebook) throw onenoteNotFound('default notebook');
  if (name.trim() === '' || /[?*/:<>|&#'"%~\\]/.test(name))
    throw new GraphError(400, 'BadRequest', `'${name}' is not a valid section name.`);
  const existing = store.sections.find(
    (section) =>
      section.notebookId === notebook.id && section.displayName.toLowerCase() === name.toLowerCase(),
  );
  if (existing) return existing;
  const at = context.now().toISOString();
  const section: SectionRecord = {
    id: context.ids.onenoteContainer(),
    notebookId: notebook.id,
    displayName: name,
    createdDateTime: at,
    lastModifiedDateTime: at,
    isDefault: false,
  };
  store.sections.push(section);
  return section;
}

function createPage(context: RouteContext, section: SectionRecord | (() => SectionRecord)): SimResponse {
  // Parse and validate everything before touching the store (a bad request creates nothing, not even a section).
  const input = parsePageInput(presentationOf(context.body.bytes, context.headers['content-type']));
  const target = typeof section === 'function' ? section() : section;
  const store = context.store.onenote;
  const at = context.now().toISOString();
  const created =
    input.created && !Number.isNaN(Date.parse(input.created)) ? new Date(input.created).toISOString() : at;
  const page = {
    id: context.ids.onenotePage(),
    sectionId: target.id,
    title: input.title,
    html: buildPageHtml(input, created),
    createdDateTime: created,
    lastModifiedDateTime: at,
    level: 0,
    order: store.pages.filter((candidate) => candidate.sectionId === target.id).length,
    createdByAppId: AGENT_APP_ID,
  };
  store.pages.push(page);
  target.lastModifiedDateTime = at;
  return context.reply.created(pageToWire(context, page), {
    properties: PAGE_PROPERTIES,
    entityType: 'microsoft.graph.onenotePage',
    location: `${context.graphBaseUrl}/me/onenote/pages/${page.id}`,
    context: `users('${context.store.user.id}')/onenote/sections('${target.id}')/pages/$entity`,
  });
}

export const onenoteWriteRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'POST',
    template: '/me/onenote/pages',
    scopes: NOTES_CREATE,
    accessDeniedCode: DENIED,
    handle: (context) => {
      const name = context.query.get('sectionName');
      return createPage(context, () =>
        name === undefined ? defaultSection(context) : sectionByName(context, name),
      );
    },
  }),
  defineRoute({
    method: 'POST',
    template: '/me/onenote/sections/{onenoteSection-id}/pages',
    scopes: NOTES_CREATE,
    accessDeniedCode: DENIED,
    handle: (context) =>
      createPage(context, findSection(context, context.params['onenoteSection-id'] as string)),
  }),
  defineRoute({
    method: 'PATCH',
    template: '/me/onenote/pages/{onenotePage-id}/content',
    scopes: NOTES_WRITE,
    accessDeniedCode: DENIED,
    handle: (context) => {
      const page = findPage(context, context.params['onenotePage-id'] as string);
      if (context.body.contentType !== 'application/json')
        throw new GraphError(415, 'UnsupportedMediaType', 'PATCH page content takes application/json.');
      const result = applyPatch(page.html, page.id, parsePatchCommands(context.body.text()));
      page.html = result.html;
      page.title = result.title;
      page.lastModifiedDateTime = context.now().toISOString();
      return context.reply.noContent();
    },
  }),
  defineRoute({
    method: 'POST',
    template: '/me/onenote/pages/{onenotePage-id}/copyToSection',
    scopes: NOTES_WRITE,
    accessDeniedCode: DENIED,
    handle: (context) => {
      const page = findPage(context, context.params['onenotePage-id'] as string);
      const sectionId = context.body.param<string>('id');
      if (typeof sectionId !== 'string' || sectionId === '')
        throw new GraphError(400, 'BadRequest', "copyToSection needs the destination section 'id'.");
      const section = findSection(context, sectionId);
      const renameAs = context.body.param<string>('renameAs');
      const at = context.now().toISOString();
      const id = `copy-${context.ids.guid()}`;
      context.store.onenote.operations.push({
        id,
        status: 'NotStarted',
        createdDateTime: at,
        lastActionDateTime: at,
        resourceLocation: null,
        resourceId: null,
        polls: 0,
        pending: {
          pageId: page.id,
          sectionId: section.id,
          title: typeof renameAs === 'string' ? renameAs : null,
        },
      });
      return context.reply.accepted({
        'operation-location': `${context.graphBaseUrl}/me/onenote/operations/${id}`,
      });
    },
  }),
  defineRoute({
    method: 'DELETE',
    template: '/me/onenote/pages/{onenotePage-id}',
    scopes: NOTES_WRITE,
    accessDeniedCode: DENIED,
    handle: (context) => {
      const page = findPage(context, context.params['onenotePage-id'] as string);
      context.store.onenote.pages = context.store.onenote.pages.filter((candidate) => candidate !== page);
      return context.reply.noContent();
    },
  }),
];
