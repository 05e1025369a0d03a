/**
 * Small routes built only with the public route API, used to test the general engine behaviours (paging, OData,
 * Prefer, ids) independently of the area routes. They double as a worked example of writing a route.
 */
import {
  collectionProfiles,
  defineRoute,
  drivePathMatcher,
  graphErrors,
} from '../../../src/simulators/graph';
import type { RouteContext, RouteDefinition } from '../../../src/simulators/graph';
import type { MessageRecord } from '../../../src/simulators/graph/store/mail';
import { findMailFolder } from '../../../src/simulators/graph/seed/mail';

function messageToWire(message: MessageRecord, context: RouteContext): Record<string, unknown> {
  return {
    '@odata.etag': `W/"${message.changeKey}"`,
    id: context.prefer.immutableId ? message.immutableId : message.id,
    createdDateTime: message.createdDateTime,
    lastModifiedDateTime: message.lastModifiedDateTime,
    changeKey: message.changeKey,
    categories: message.categories,
    receivedDateTime: message.receivedDateTime,
    sentDateTime: message.sentDateTime,
    hasAttachments: message.attachments.some((attachment) => !attachment.isInline),
    internetMessageId: message.internetMessageId,
    subject: message.subject,
    bodyPreview: message.body.content
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 255),
    importance: message.importance,
    parentFolderId: message.parentFolderId,
    conversationId: message.conversationId,
    isRead: message.isRead,
    isDraft: message.isDraft,
    body: message.body,
    uniqueBody: message.uniqueBody ?? message.body,
    sender: message.sender,
    from: message.from,
    toRecipients: message.toRecipients,
    ccRecipients: message.ccRecipients,
    bccRecipients: message.bccRecipients,
    replyTo: message.replyTo,
    flag: message.flag,
    '@sim.attachmentNames': message.attachments.map((attachment) => attachment.name),
  };
}

export const engineTestRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    template: '/me/messages',
    scopes: ['Mail.ReadBasic', 'Mail.Read'],
    prefer: ['body-content-type', 'immutable-id'],
    handle: (context) =>
      context.reply.collection(
        context.store.mail.messages.map((message) => messageToWire(message, context)),
        collectionProfiles.messages,
      ),
  }),
  defineRoute({
    method: 'GET',
    template: '/me/mailFolders/{mailFolder-id}/messages',
    scopes: ['Mail.Read'],
    prefer: ['body-content-type', 'immutable-id'],
    handle: (context) => {
      const folder = findMailFolder(context.store.mail.folders, context.params['mailFolder-id'] as string);
      if (!folder) throw graphErrors.itemNotFound();
      const inFolder = context.store.mail.messages.filter((message) => message.parentFolderId === folder.id);
      return context.reply.collection(
        inFolder.map((message) => messageToWire(message, context)),
        collectionProfiles.messages,
      );
    },
  }),
  defineRoute({
    method: 'GET',
    template: '/me/messages/{message-id}',
    scopes: ['Mail.Read'],
    prefer: ['body-content-type', 'immutable-id'],
    handle: (context) => {
      const id = context.params['message-id'];
      const message = context.store.mail.messages.find(
        (candidate) => candidate.id === id || candidate.immutableId === id,
      );
      if (!message) throw graphErrors.itemNotFound();
      return context.reply.entity(messageToWire(message, context), {
        entityType: 'microsoft.graph.message',
        selectOnly: collectionProfiles.messages.selectOnly,
      });
    },
  }),
  defineRoute({
    method: 'GET',
    template: '/me/todo/lists',
    scopes: ['Tasks.Read'],
    handle: (context) =>
      context.reply.collection(
        context.store.todo.lists.map((list) => ({ '@odata.etag': `W/"${list.id.slice(6, 20)}"`, ...list })),
        collectionProfiles.todoLists,
      ),
  }),
  defineRoute({
    method: 'GET',
    template: '/me/events',
    scopes: ['Calendars.Read'],
    prefer: ['body-content-type', 'timezone'],
    handle: (context) =>
      context.reply.collection(
        context.store.calendar.events.map(
          ({ calendarId: _calendarId, immutableId: _immutableId, ...event }) => ({ ...event }),
        ),
        collectionProfiles.events,
      ),
  }),
  defineRoute({
    method: 'GET',
    template: '/me/drive/items/{driveItem-id}',
    scopes: ['Files.Read'],
    accessDeniedCode: 'accessDenied',
    handle: (context) => {
      const item = context.store.drive.items.find(
        (candidate) => candidate.id === context.params['driveItem-id'],
      );
      if (!item) throw graphErrors.itemNotFound('itemNotFound', 'The resource could not be found.');
      return context.reply.entity({ id: item.id, name: item.name });
    },
  }),
  defineRoute({
    method: 'GET',
    template: '/me/drive/items/{driveItem-id}',
    scopes: ['Files.Read'],
    match: drivePathMatcher(''),
    handle: (context) =>
      context.reply.json(200, {
        addressedBy: 'path',
        path: context.params['item-path'],
        parent: context.params['driveItem-id'] ?? null,
      }),
  }),
];
