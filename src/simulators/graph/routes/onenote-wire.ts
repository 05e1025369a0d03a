/** OneNote wire JSON (notebooks, sections, pages, operations), lookups and `$expand` handling. */
import { GraphError } from '../core/errors';
import type { RouteContext } from '../core/route';
import type { NotebookRecord, OneNoteOperationRecord, PageRecord, SectionRecord } from '../store/onenote';

export const NOTEBOOK_PROPERTIES = [
  'id',
  'self',
  'createdDateTime',
  'createdBy',
  'displayName',
  'lastModifiedBy',
  'lastModifiedDateTime',
  'isDefault',
  'isShared',
  'userRole',
  'links',
  'sectionsUrl',
  'sectionGroupsUrl',
  'sections',
  'sectionGroups',
];
export const SECTION_PROPERTIES = [
  'id',
  'self',
  'createdDateTime',
  'createdBy',
  'displayName',
  'lastModifiedBy',
  'lastModifiedDateTime',
  'isDefault',
  'links',
  'pagesUrl',
  'parentNotebook',
  'parentSectionGroup',
];
export const PAGE_PROPERTIES = [
  'id',
  'self',
  'createdDateTime',
  'title',
  'createdByAppId',
  'contentUrl',
  'lastModifiedDateTime',
  'level',
  'order',
  'links',
  'parentSection',
  'parentNotebook',
];

/** The app id OneNote shows for pages created through Graph by this add-in. */
export const AGENT_APP_ID = 'WLID-0000000000000000';

export const onenoteNotFound = (what: string): GraphError =>
  new GraphError(404, 'itemNotFound', `The requested ${what} does not exist.`);

function base(context: RouteContext): string {
  return `${context.graphBaseUrl}/users/${context.store.user.id}/onenote`;
}

function identity(context: RouteContext): Record<string, unknown> {
  return { user: { id: context.store.user.id, displayName: context.store.user.displayName } };
}

function webLinks(context: RouteContext, path: string): Record<string, unknown> {
  const [local = 'user', domain = 'contoso.example'] = context.store.user.mail.split('@');
  const site = `https://${domain.split('.')[0]}-my.sharepoint.com/personal/${`${local}_${domain}`.replace(/[.@]/g, '_')}/Documents/Notebooks/${encodeURIComponent(path)}`;
  return { oneNoteClientUrl: { href: `onenote:${site}` }, oneNoteWebUrl: { href: site } };
}

export function findNotebook(context: RouteContext, id: string): NotebookRecord {
  const notebook = context.store.onenote.notebooks.find((candidate) => candidate.id === id);
  if (!notebook) throw onenoteNotFound('notebook');
  return notebook;
}

export function findSection(context: RouteContext, id: string): SectionRecord {
  const section = context.store.onenote.sections.find((candidate) => candidate.id === id);
  if (!section) throw onenoteNotFound('section');
  return section;
}

export function findPage(context: RouteContext, id: string): PageRecord {
  const page = context.store.onenote.pages.find((candidate) => candidate.id === id);
  if (!page) throw onenoteNotFound('page');
  return page;
}

function notebookRef(context: RouteContext, notebook: NotebookRecord): Record<string, unknown> {
  return {
    id: notebook.id,
    displayName: notebook.displayName,
    self: `${base(context)}/notebooks/${notebook.id}`,
  };
}

function sectionRef(context: RouteContext, section: SectionRecord): Record<string, unknown> {
  return {
    id: section.id,
    displayName: section.displayName,
    self: `${base(context)}/sections/${section.id}`,
  };
}

/** `$expand` values a collection accepts (BEHAVIOUR.md "OneNote $expand values"); anything else is a 400. */
export function expansions(context: RouteContext, allowed: readonly string[]): Set<string> {
  const raw = context.query.get('$expand');
  const values = new Set<string>();
  for (const value of (raw ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')) {
    const name = value.replace(/\(.*\)$/, '');
    const match = allowed.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    if (!match)
      throw new GraphError(
        400,
        'BadRequest',
        `Invalid $expand value '${value}'. Valid values: ${allowed.join(', ')}.`,
      );
    values.add(match);
  }
  return values;
}

export function sectionToWire(
  context: RouteContext,
  section: SectionRecord,
  expand: ReadonlySet<string> = new Set(['parentNotebook']),
): Record<string, unknown> {
  const notebook = context.store.onenote.notebooks.find((candidate) => candidate.id === section.notebookId);
  const wire: Record<string, unknown> = {
    id: section.id,
    self: `${base(context)}/sections/${section.id}`,
    createdDateTime: section.createdDateTime,
    displayName: section.displayName,
    lastModifiedDateTime: section.lastModifiedDateTime,
    isDefault: section.isDefault,
    pagesUrl: `${base(context)}/sections/${section.id}/pages`,
    createdBy: identity(context),
    lastModifiedBy: identity(context),
    links: webLinks(context, `${notebook?.displayName ?? ''}/${section.displayName}.one`),
  };
  if (notebook && expand.has('parentNotebook')) wire.parentNotebook = notebookRef(context, notebook);
  if (expand.has('parentSectionGroup')) wire.parentSectionGroup = null;
  return wire;
}

export function notebookToWire(
  context: RouteContext,
  notebook: NotebookRecord,
  expand: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const wire: Record<string, unknown> = {
    id: notebook.id,
    self: `${base(context)}/notebooks/${notebook.id}`,
    createdDateTime: notebook.createdDateTime,
    displayName: notebook.displayName,
    lastModifiedDateTime: notebook.lastModifiedDateTime,
    isDefault: notebook.isDefault,
    userRole: notebook.userRole,
    isShared: notebook.isShared,
    sectionsUrl: `${base(context)}/notebooks/${notebook.id}/sections`,
    sectionGroupsUrl: `${base(context)}/notebooks/${notebook.id}/sectionGroups`,
    createdBy: identity(context),
    lastModifiedBy: identity(context),
    links: webLinks(context, notebook.displayName),
  };
  if (expand.has('sections'))
    wire.sections = context.store.onenote.sections
      .filter((section) => section.notebookId === notebook.id)
      .sort((left, right) => left.displayName.localeCompare(right.displayName))
      .map((section) => sectionToWire(context, section, new Set()));
  if (expand.has('sectionGroups')) wire.sectionGroups = [];
  return wire;
}

export function pageToWire(
  context: RouteContext,
  page: PageRecord,
  expand: ReadonlySet<string> = new Set(['parentSection']),
): Record<string, unknown> {
  const section = context.store.onenote.sections.find((candidate) => candidate.id === page.sectionId);
  const notebook = section
    ? context.store.onenote.notebooks.find((candidate) => candidate.id === section.notebookId)
    : undefined;
  const wire: Record<string, unknown> = {
    id: page.id,
    self: `${base(context)}/pages/${page.id}`,
    createdDateTime: page.createdDateTime,
    title: page.title,
    createdByAppId: page.createdByAppId ?? '',
    contentUrl: `${base(context)}/pages/${page.id}/content`,
    lastModifiedDateTime: page.lastModifiedDateTime,
    level: page.level,
    order: page.order,
    links: webLinks(
      context,
      `${notebook?.displayName ?? ''}/${section?.displayName ?? ''}.one#${page.title}`,
    ),
  };
  if (section && expand.has('parentSection')) wire.parentSection = sectionRef(context, section);
  if (notebook && expand.has('parentNotebook')) wire.parentNotebook = notebookRef(context, notebook);
  return wire;
}

export function operationToWire(
  context: RouteContext,
  operation: OneNoteOperationRecord,
): Record<string, unknown> {
  return {
    '@odata.context': `${context.graphBaseUrl}/$metadata#users('${context.store.user.id}')/onenote/operations/$entity`,
    id: operation.id,
    status: operation.status,
    createdDateTime: operation.createdDateTime,
    lastActionDateTime: operation.lastActionDateTime,
    resourceLocation: operation.resourceLocation,
    resourceId: operation.resourceId,
    error: null,
  };
}
