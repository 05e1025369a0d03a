/**
 * Per-collection paging and query rules (BEHAVIOUR.md "Paging and query options"). A route passes one of these to
 * `ctx.reply.collection`; add a profile here rather than hard-coding limits in a route.
 */
import type { KqlFields } from './kql';
import { messageSearchFields } from './message-search';
import type { OrderByKey } from './query-options';

export interface CollectionProfile {
  /** Entity type name for error messages, e.g. 'microsoft.graph.message'. */
  entityType: string;
  /** Page size without `$top`; undefined = everything in one page. */
  defaultTop?: number;
  /** Largest accepted `$top`; more is a 400. */
  maxTop?: number;
  /** Outlook collections page with `$skip`; other APIs with an opaque `$skiptoken`. */
  paging: 'skip' | 'skiptoken';
  /** Outlook's rule: `$orderby` properties must lead the `$filter` (else 400 InefficientFilter). */
  restrictFilterOrderBy?: boolean;
  /** KQL `$search` support; without it `$search` is a 400. */
  search?: KqlFields<Record<string, unknown>> & { sortBy: OrderByKey[]; maxResults: number };
  /** Order when the request has no `$orderby` (and no `$search`). */
  defaultOrderBy?: OrderByKey[];
  /** Properties returned only when `$select`ed (e.g. message `uniqueBody`, `internetMessageHeaders`). */
  selectOnly?: readonly string[];
  /** Query options this collection rejects (attachments: no `$top`, `$skip`, `$search`). */
  unsupportedOptions?: readonly ('$top' | '$skip' | '$search' | '$filter' | '$orderby' | '$count')[];
}

const descending = (path: string): OrderByKey => ({ segments: path.split('/'), descending: true });
const ascending = (path: string): OrderByKey => ({ segments: path.split('/'), descending: false });

export const collectionProfiles = {
  messages: {
    entityType: 'microsoft.graph.message',
    defaultTop: 10,
    maxTop: 1000,
    paging: 'skip',
    restrictFilterOrderBy: true,
    search: { ...messageSearchFields, sortBy: [descending('sentDateTime')], maxResults: 1000 },
    defaultOrderBy: [descending('receivedDateTime')],
    selectOnly: ['uniqueBody', 'internetMessageHeaders'],
  },
  mailFolders: { entityType: 'microsoft.graph.mailFolder', defaultTop: 10, maxTop: 1000, paging: 'skip' },
  attachments: {
    entityType: 'microsoft.graph.attachment',
    paging: 'skip',
    unsupportedOptions: ['$top', '$skip', '$search'],
  },
  categories: { entityType: 'microsoft.graph.outlookCategory', paging: 'skip' },
  events: { entityType: 'microsoft.graph.event', defaultTop: 10, maxTop: 1000, paging: 'skip' },
  calendarView: {
    entityType: 'microsoft.graph.event',
    defaultTop: 10,
    maxTop: 1000,
    paging: 'skip',
    defaultOrderBy: [ascending('start/dateTime')],
  },
  calendars: { entityType: 'microsoft.graph.calendar', defaultTop: 10, paging: 'skip' },
  driveChildren: {
    entityType: 'microsoft.graph.driveItem',
    defaultTop: 200,
    maxTop: 1000,
    paging: 'skiptoken',
    defaultOrderBy: [ascending('name')],
  },
  driveSearch: {
    entityType: 'microsoft.graph.driveItem',
    defaultTop: 200,
    maxTop: 1000,
    paging: 'skiptoken',
  },
  notebooks: {
    entityType: 'microsoft.graph.notebook',
    paging: 'skiptoken',
    defaultOrderBy: [ascending('displayName')],
  },
  sections: {
    entityType: 'microsoft.graph.onenoteSection',
    paging: 'skiptoken',
    defaultOrderBy: [ascending('displayName')],
  },
  pages: {
    entityType: 'microsoft.graph.onenotePage',
    defaultTop: 20,
    maxTop: 100,
    paging: 'skiptoken',
    defaultOrderBy: [descending('lastModifiedDateTime')],
  },
  todoLists: { entityType: 'microsoft.graph.todoTaskList', paging: 'skiptoken' },
  todoTasks: { entityType: 'microsoft.graph.todoTask', paging: 'skiptoken' },
  checklistItems: { entityType: 'microsoft.graph.checklistItem', paging: 'skiptoken' },
  linkedResources: { entityType: 'microsoft.graph.linkedResource', paging: 'skiptoken' },
} satisfies Record<string, CollectionProfile>;

export type CollectionProfileName = keyof typeof collectionProfiles;
