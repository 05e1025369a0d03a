/**
 * Mail records → Graph wire JSON, and the lookups every mail route shares (message by id or immutable id, folder
 * by id or well-known name, change-key checks). Property order follows Graph's responses.
 */
import { graphErrors } from '../core/errors';
import { htmlToPlainText } from '../core/prefer';
import type { RouteContext } from '../core/route';
import { findMailFolder } from '../seed/mail';
import type { AttachmentRecord, CategoryRecord, MailFolderRecord, MessageRecord } from '../store/mail';

type Wire = Record<string, unknown>;

export const MESSAGE_PROPERTIES = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'categories',
  'receivedDateTime',
  'sentDateTime',
  'hasAttachments',
  'internetMessageId',
  'subject',
  'bodyPreview',
  'importance',
  'parentFolderId',
  'conversationId',
  'conversationIndex',
  'isDeliveryReceiptRequested',
  'isReadReceiptRequested',
  'isRead',
  'isDraft',
  'webLink',
  'inferenceClassification',
  'body',
  'uniqueBody',
  'sender',
  'from',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'flag',
  'internetMessageHeaders',
  'attachments',
];

export const MAIL_FOLDER_PROPERTIES = [
  'id',
  'displayName',
  'parentFolderId',
  'childFolderCount',
  'unreadItemCount',
  'totalItemCount',
  'isHidden',
];

const previews = new WeakMap<MessageRecord, { content: string; preview: string }>();

/** First 255 characters of the body as text (cached: lists convert the whole mailbox per request). */
export function bodyPreview(message: MessageRecord): string {
  const cached = previews.get(message);
  if (cached && cached.content === message.body.content) return cached.preview;
  const text =
    message.body.contentType === 'html' ? htmlToPlainText(message.body.content) : message.body.content;
  const preview = text.replace(/\s+/g, ' ').trim().slice(0, 255);
  previews.set(message, { content: message.body.content, preview });
  return preview;
}

/** Graph's instants have no milliseconds: `2026-11-20T09:00:00Z`. */
export function graphInstant(iso: string): string;
export function graphInstant(iso: string | null): string | null;
export function graphInstant(iso: string | null): string | null {
  return iso === null ? null : iso.replace(/\.\d+Z$/, 'Z');
}

export function webLink(id: string): string {
  return `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(id)}&exvsurl=1&viewmodel=ReadMessageItem`;
}

export function messageId(message: MessageRecord, context: RouteContext): string {
  return context.prefer.immutableId ? message.immutableId : message.id;
}

export function attachmentToWire(attachment: AttachmentRecord): Wire {
  const base: Wire = {
    '@odata.type': attachment['@odata.type'],
    id: attachment.id,
    lastModifiedDateTime: graphInstant(attachment.lastModifiedDateTime),
    name: attachment.name,
    contentType: attachment.contentType,
    size: attachment.size,
    isInline: attachment.isInline,
  };
  if (attachment['@odata.type'] !== '#microsoft.graph.fileAttachment') return base;
  return {
    ...base,
    '@odata.mediaContentType': attachment.contentType,
    contentId: attachment.contentId,
    contentLocation: null,
    contentBytes: attachment.contentBytes,
  };
}

export function messageToWire(message: MessageRecord, context: RouteContext): Wire {
  const id = messageId(message, context);
  const wire: Wire = {
    '@odata.etag': `W/"${message.changeKey}"`,
    id,
    createdDateTime: graphInstant(message.createdDateTime),
    lastModifiedDateTime: graphInstant(message.lastModifiedDateTime),
    changeKey: message.changeKey,
    categories: message.categories,
    receivedDateTime: graphInstant(message.receivedDateTime),
    sentDateTime: graphInstant(message.sentDateTime),
    hasAttachments: message.attachments.some((attachment) => !attachment.isInline),
    internetMessageId: message.internetMessageId,
    subject: message.subject,
    bodyPreview: bodyPreview(message),
    importance: message.importance,
    parentFolderId: message.parentFolderId,
    conversationId: message.conversationId,
    conversationIndex: message.conversationIndex,
    isDeliveryReceiptRequested: message.isDeliveryReceiptRequested,
    isReadReceiptRequested: message.isReadReceiptRequested,
    isRead: message.isRead,
    isDraft: message.isDraft,
    webLink: webLink(id),
    inferenceClassification: message.inferenceClassification,
    body: message.body,
    uniqueBody: message.uniqueBody ?? message.body,
    sender: message.sender,
    from: message.from,
    toRecipients: message.toRecipients,
    ccRecipients: message.ccRecipients,
    bccRecipients: message.bccRecipients,
    replyTo: message.replyTo,
    flag: message.flag,
    internetMessageHeaders: message.internetMessageHeaders,
    '@sim.attachmentNames': message.attachments.map((attachment) => attachment.name),
  };
  if (context.query.expand?.some((name) => name.split('(')[0]?.toLowerCase() === 'attachments'))
    wire.attachments = message.attachments.map(attachmentToWire);
  return wire;
}

export function folderToWire(folder: MailFolderRecord, context: RouteContext): Wire {
  const { folders, messages } = context.store.mail;
  const inFolder = messages.filter((message) => message.parentFolderId === folder.id);
  return {
    id: folder.id,
    displayName: folder.displayName,
    parentFolderId: folder.parentFolderId,
    childFolderCount: folders.filter((child) => child.parentFolderId === folder.id).length,
    unreadItemCount: inFolder.filter((message) => !message.isRead).length,
    totalItemCount: inFolder.length,
    isHidden: folder.isHidden,
  };
}

export function categoryToWire(category: CategoryRecord): Wire {
  return { id: category.id, displayName: category.displayName, color: category.color };
}

/** A message by its current id or its immutable id; 404 ErrorItemNotFound otherwise. */
export function findMessage(
  context: RouteContext,
  id: string = context.params['message-id'] ?? '',
): MessageRecord {
  const message = context.store.mail.messages.find(
    (candidate) => candidate.id === id || candidate.immutableId === id,
  );
  if (!message) throw graphErrors.itemNotFound();
  return message;
}

/** A folder by id or well-known name (case-insensitive), as Graph accepts wherever a folder id goes. */
export function findFolder(context: RouteContext, reference: string): MailFolderRecord {
  const lower = reference.toLowerCase();
  const folder =
    context.store.mail.folders.find((candidate) => candidate.id === reference) ??
    context.store.mail.folders.find((candidate) => candidate.wellKnownName === lower);
  if (!folder) throw graphErrors.itemNotFound();
  return folder;
}

export function wellKnownFolder(context: RouteContext, name: string): MailFolderRecord {
  const folder = findMailFolder(context.store.mail.folders, name);
  if (!folder) throw new Error(`The mailbox has no '${name}' folder.`);
  return folder;
}

/** `/me/mailFolders/{id}/messages/{message-id}`: the message must live in that folder. */
export function findMessageInRoute(context: RouteContext): MessageRecord {
  const message = findMessage(context);
  const folderReference = context.params['mailFolder-id'];
  if (folderReference !== undefined && findFolder(context, folderReference).id !== message.parentFolderId)
    throw graphErrors.itemNotFound();
  return message;
}

/** `If-Match` with a change key (or `W/"…"` etag) that is no longer current → 412, as Outlook items do. */
export function checkIfMatch(context: RouteContext, changeKey: string): void {
  const header = context.headers['if-match'];
  if (header === undefined || header.trim() === '*') return;
  const given = header
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');
  if (given !== changeKey) throw graphErrors.preconditionFailed();
}

/** Records a change: new change key, new lastModifiedDateTime. */
export function touch(message: MessageRecord, context: RouteContext): void {
  message.changeKey = context.ids.changeKey();
  message.lastModifiedDateTime = context.now().toISOString();
}

/** `ctx.reply.entity` options for a message: full property list for `$select`, select-only properties. */
export const MESSAGE_ENTITY = {
  properties: MESSAGE_PROPERTIES,
  entityType: 'microsoft.graph.message',
  selectOnly: ['uniqueBody', 'internetMessageHeaders'],
} as const;
