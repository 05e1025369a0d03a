/**
 * Message collection and item routes: list (mailbox or folder), `$count`, get, `$value` (MIME), create draft,
 * update, delete. Both `/me/messages/{id}` and `/me/mailFolders/{id}/messages/{id}` address a message.
 */
import { graphErrors } from '../core/errors';
import { defineRoute } from '../core/route';
import type { RouteContext, RouteDefinition } from '../core/route';
import { applyCollectionQuery } from '../odata/collection';
import { collectionProfiles } from '../odata/profiles';
import type { MailFolderRecord, MessageRecord } from '../store/mail';
import {
  applyMessageInput,
  isMimeRequest,
  mimeMessageInput,
  newMessage,
  parseMessageInput,
} from './mail-compose';
import type { MessageInput } from './mail-compose';
import { messageToMime } from './mail-mime';
import {
  checkIfMatch,
  findFolder,
  findMessageInRoute,
  MESSAGE_ENTITY,
  MESSAGE_PROPERTIES,
  messageToWire,
  touch,
  wellKnownFolder,
} from './mail-wire';

const READ = ['Mail.Read'];
const WRITE = ['Mail.ReadWrite'];
const PREFER = ['body-content-type', 'immutable-id'] as const;

const MESSAGES = '/me/messages';
const FOLDER_MESSAGES = '/me/mailFolders/{mailFolder-id}/messages';
const MESSAGE = '/me/messages/{message-id}';
const FOLDER_MESSAGE = '/me/mailFolders/{mailFolder-id}/messages/{message-id}';

/** The messages a list route covers: the whole mailbox, or one folder. */
function scope(context: RouteContext): MessageRecord[] {
  const folderReference = context.params['mailFolder-id'];
  if (folderReference === undefined) return context.store.mail.messages;
  const folder = findFolder(context, folderReference);
  return context.store.mail.messages.filter((message) => message.parentFolderId === folder.id);
}

function list(context: RouteContext) {
  return context.reply.collection(
    scope(context).map((message) => messageToWire(message, context)),
    collectionProfiles.messages,
    { properties: MESSAGE_PROPERTIES },
  );
}

function count(context: RouteContext) {
  const page = applyCollectionQuery(
    scope(context).map((message) => messageToWire(message, context)),
    { ...context.query, top: 0, skip: undefined },
    collectionProfiles.messages,
  );
  return context.reply.text(200, String(page.count), 'text/plain');
}

function get(context: RouteContext) {
  return context.reply.entity(messageToWire(findMessageInRoute(context), context), MESSAGE_ENTITY);
}

function create(context: RouteContext, folder: MailFolderRecord) {
  const input: MessageInput = isMimeRequest(context)
    ? mimeMessageInput(context)
    : context.body.isEmpty
      ? {}
      : parseMessageInput(context.body.json(), context);
  const message = newMessage(input, folder, context);
  context.store.mail.messages.push(message);
  const wire = messageToWire(message, context);
  return context.reply.created(wire, {
    ...MESSAGE_ENTITY,
    location: `${context.graphBaseUrl}/me/messages('${encodeURIComponent(wire.id as string)}')`,
  });
}

/** Fields Outlook lets you change on mail that was sent or received (the rest only on drafts). */
const ORGANISING_FIELDS = new Set([
  'isRead',
  'flag',
  'categories',
  'importance',
  'inferenceClassification',
  'isReadReceiptRequested',
  'isDeliveryReceiptRequested',
]);

function update(context: RouteContext) {
  const message = findMessageInRoute(context);
  checkIfMatch(context, message.changeKey);
  const input = parseMessageInput(context.body.json(), context);
  if (!message.isDraft) {
    const locked = Object.keys(input).find((key) => !ORGANISING_FIELDS.has(key));
    if (locked)
      throw graphErrors.badRequest(
        `Update operation is not supported for the property '${locked}' on a sent or received message; it can be updated only on a draft.`,
        'ErrorInvalidPropertyUpdateSentMessage',
      );
  }
  applyMessageInput(message, input);
  touch(message, context);
  return context.reply.entity(messageToWire(message, context), MESSAGE_ENTITY);
}

function remove(context: RouteContext) {
  const message = findMessageInRoute(context);
  checkIfMatch(context, message.changeKey);
  const { messages, recoverableItems } = context.store.mail;
  messages.splice(messages.indexOf(message), 1);
  recoverableItems.push(message);
  return context.reply.noContent();
}

function mime(context: RouteContext) {
  return context.reply.text(200, messageToMime(findMessageInRoute(context)), 'text/plain');
}

export const mailMessageRoutes: RouteDefinition[] = [
  defineRoute({ method: 'GET', template: MESSAGES, scopes: READ, prefer: PREFER, handle: list }),
  defineRoute({ method: 'GET', template: FOLDER_MESSAGES, scopes: READ, prefer: PREFER, handle: list }),
  defineRoute({ method: 'GET', template: `${MESSAGES}/$count`, scopes: READ, handle: count }),
  defineRoute({ method: 'GET', template: `${FOLDER_MESSAGES}/$count`, scopes: READ, handle: count }),
  defineRoute({ method: 'GET', template: MESSAGE, scopes: READ, prefer: PREFER, handle: get }),
  defineRoute({ method: 'GET', template: FOLDER_MESSAGE, scopes: READ, prefer: PREFER, handle: get }),
  defineRoute({ method: 'GET', template: `${MESSAGE}/$value`, scopes: READ, handle: mime }),
  defineRoute({
    method: 'POST',
    template: MESSAGES,
    scopes: WRITE,
    prefer: PREFER,
    handle: (context) => create(context, wellKnownFolder(context, 'drafts')),
  }),
  defineRoute({
    method: 'POST',
    template: FOLDER_MESSAGES,
    scopes: WRITE,
    prefer: PREFER,
    handle: (context) => create(context, findFolder(context, context.params['mailFolder-id'] ?? '')),
  }),
  defineRoute({ method: 'PATCH', template: MESSAGE, scopes: WRITE, prefer: PREFER, handle: update }),
  defineRoute({ method: 'PATCH', template: FOLDER_MESSAGE, scopes: WRITE, prefer: PREFER, handle: update }),
  defineRoute({ method: 'DELETE', template: MESSAGE, scopes: WRITE, handle: remove }),
  defineRoute({ method: 'DELETE', template: FOLDER_MESSAGE, scopes: WRITE, handle: remove }),
];
