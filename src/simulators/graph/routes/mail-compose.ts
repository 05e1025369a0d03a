/**
 * Building and sending messages: JSON or MIME message input → record fields (Graph's validation and 400s), new
 * drafts, and "sending" (outbox entry + Sent Items copy), shared by create, send, sendMail, reply and forward.
 */
import { GraphError, graphErrors } from '../core/errors';
import type { RouteContext } from '../core/route';
import type { ItemBody, Recipient } from '../store/common';
import type { AttachmentRecord, FollowupFlag, MailFolderRecord, MessageRecord } from '../store/mail';
import { MESSAGE_PROPERTIES, wellKnownFolder } from './mail-wire';
import { parseMime } from './mail-mime';

type Wire = Record<string, unknown>;

/** The message fields a request may set (create, PATCH, the `message` of sendMail/reply). */
export type MessageInput = Partial<
  Pick<
    MessageRecord,
    | 'subject'
    | 'body'
    | 'from'
    | 'sender'
    | 'toRecipients'
    | 'ccRecipients'
    | 'bccRecipients'
    | 'replyTo'
    | 'importance'
    | 'isRead'
    | 'isReadReceiptRequested'
    | 'isDeliveryReceiptRequested'
    | 'inferenceClassification'
    | 'flag'
    | 'categories'
    | 'internetMessageHeaders'
    | 'attachments'
  >
>;

const READ_ONLY = new Set([
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'receivedDateTime',
  'sentDateTime',
  'hasAttachments',
  'bodyPreview',
  'parentFolderId',
  'conversationId',
  'conversationIndex',
  'webLink',
  'uniqueBody',
  'isDraft',
  'internetMessageId',
]);

const invalid = (message: string): GraphError => graphErrors.badRequest(message, 'ErrorInvalidRequest');

function enumValue<T extends string>(value: unknown, allowed: readonly T[], property: string): T {
  const match = allowed.find(
    (candidate) => typeof value === 'string' && candidate.toLowerCase() === value.toLowerCase(),
  );
  if (!match)
    throw invalid(`Cannot convert the literal '${String(value)}' to the expected type for '${property}'.`);
  return match;
}

function parseRecipient(value: unknown, context: RouteContext): Recipient {
  const email = (value as { emailAddress?: { address?: unknown; name?: unknown } } | null)?.emailAddress;
  if (!email || typeof email.address !== 'string')
    throw invalid('A recipient must be { "emailAddress": { "address": "…" } }.');
  const address = email.address.trim();
  const known =
    address.toLowerCase() === context.store.user.mail.toLowerCase()
      ? context.store.user.displayName
      : context.store.people.find((person) => person.address.toLowerCase() === address.toLowerCase())
          ?.displayName;
  const name = typeof email.name === 'string' && email.name !== '' ? email.name : (known ?? address);
  return { emailAddress: { name, address } };
}

function parseRecipients(value: unknown, property: string, context: RouteContext): Recipient[] {
  if (value === null) return [];
  if (!Array.isArray(value)) throw invalid(`'${property}' must be an array of recipients.`);
  return value.map((recipient) => parseRecipient(recipient, context));
}

function parseBody(value: unknown): ItemBody {
  const body = value as { contentType?: unknown; content?: unknown } | null;
  if (!body || typeof body !== 'object') throw invalid("'body' must be { contentType, content }.");
  const contentType =
    body.contentType === undefined ? 'text' : enumValue(body.contentType, ['html', 'text'], 'contentType');
  return { contentType, content: typeof body.content === 'string' ? body.content : '' };
}

function parseFlag(value: unknown): FollowupFlag {
  const flag = value as Partial<FollowupFlag> | null;
  if (!flag || typeof flag !== 'object') throw invalid("'flag' must be a followupFlag object.");
  const result: FollowupFlag = {
    flagStatus: enumValue(
      flag.flagStatus ?? 'notFlagged',
      ['notFlagged', 'flagged', 'complete'],
      'flagStatus',
    ),
  };
  for (const key of ['startDateTime', 'dueDateTime', 'completedDateTime'] as const) {
    const time = flag[key];
    if (time === undefined || time === null) continue;
    if (typeof time.dateTime !== 'string' || Number.isNaN(Date.parse(time.dateTime)))
      throw invalid(`'flag.${key}' must be a dateTimeTimeZone.`);
    result[key] = { dateTime: time.dateTime, timeZone: time.timeZone ?? 'UTC' };
  }
  if (result.dueDateTime && !result.startDateTime)
    throw invalid("'flag.startDateTime' is required when 'flag.dueDateTime' is set.");
  return result;
}

export function newFileAttachment(
  input: {
    name: string;
    contentType?: string;
    contentBytes: string;
    isInline?: boolean;
    contentId?: string | null;
  },
  context: RouteContext,
): AttachmentRecord {
  return {
    id: context.ids.outlookItem(),
    '@odata.type': '#microsoft.graph.fileAttachment',
    name: input.name,
    contentType: input.contentType ?? 'application/octet-stream',
    size: Buffer.from(input.contentBytes, 'base64').length,
    isInline: input.isInline ?? false,
    lastModifiedDateTime: context.now().toISOString(),
    contentId: input.contentId ?? null,
    contentBytes: input.contentBytes,
  };
}

/** Validates a JSON message (Graph's 400 for unknown or read-only properties and bad values). */
export function parseMessageInput(value: unknown, context: RouteContext): MessageInput {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw invalid('The message must be a JSON object.');
  const input: MessageInput = {};
  for (const [key, item] of Object.entries(value as Wire)) {
    if (key.startsWith('@odata.')) continue;
    if (!MESSAGE_PROPERTIES.includes(key))
      throw graphErrors.badRequest(
        `The property '${key}' does not exist on type 'microsoft.graph.message'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
        'RequestBodyRead',
      );
    if (READ_ONLY.has(key)) continue;
    switch (key) {
      case 'subject':
        input.subject = typeof item === 'string' ? item : '';
        break;
      case 'body':
        input.body = parseBody(item);
        break;
      case 'from':
      case 'sender':
        input[key] = item === null ? null : parseRecipient(item, context);
        break;
      case 'toRecipients':
      case 'ccRecipients':
      case 'bccRecipients':
      case 'replyTo':
        input[key] = parseRecipients(item, key, context);
        break;
      case 'importance':
        input.importance = enumValue(item, ['low', 'normal', 'high'] as const, key);
        break;
      case 'inferenceClassification':
        input.inferenceClassification = enumValue(item, ['focused', 'other'] as const, key);
        break;
      case 'isRead':
      case 'isReadReceiptRequested':
      case 'isDeliveryReceiptRequested':
        if (typeof item !== 'boolean') throw invalid(`'${key}' must be true or false.`);
        input[key] = item;
        break;
      case 'flag':
        input.flag = parseFlag(item);
        break;
      case 'categories':
        if (!Array.isArray(item) || item.some((category) => typeof category !== 'string'))
          throw invalid("'categories' must be an array of strings.");
        input.categories = item as string[];
        break;
      case 'internetMessageHeaders':
        if (!Array.isArray(item)) throw invalid("'internetMessageHeaders' must be an array.");
        input.internetMessageHeaders = (item as { name?: unknown; value?: unknown }[]).map((header) => {
          if (typeof header.name !== 'string' || !/^x-/i.test(header.name))
            throw graphErrors.badRequest(
              'The internet message header name should start with x- or X-.',
              'InvalidInternetMessageHeader',
            );
          return { name: header.name, value: String(header.value ?? '') };
        });
        break;
      case 'attachments':
        if (!Array.isArray(item)) throw invalid("'attachments' must be an array.");
        input.attachments = (item as Wire[]).map((attachment) => {
          if (typeof attachment.name !== 'string' || typeof attachment.contentBytes !== 'string')
            throw invalid('A file attachment needs name and contentBytes.');
          return newFileAttachment(
            {
              name: attachment.name,
              contentType: typeof attachment.contentType === 'string' ? attachment.contentType : undefined,
              contentBytes: attachment.contentBytes,
              isInline: attachment.isInline === true,
            },
            context,
          );
        });
        break;
    }
  }
  return input;
}

/** A base64 MIME request body (Content-Type text/plain) as message input. */
export function mimeMessageInput(context: RouteContext): MessageInput {
  const parsed = parseMime(context.body.text());
  return {
    ...(parsed.subject !== undefined ? { subject: parsed.subject } : {}),
    ...(parsed.body ? { body: parsed.body } : {}),
    toRecipients: parsed.toRecipients,
    ccRecipients: parsed.ccRecipients,
    bccRecipients: parsed.bccRecipients,
    internetMessageHeaders: parsed.headers,
    attachments: parsed.attachments.map((attachment) => newFileAttachment(attachment, context)),
  };
}

export function isMimeRequest(context: RouteContext): boolean {
  return context.body.contentType === 'text/plain';
}

export function userRecipient(context: RouteContext): Recipient {
  return { emailAddress: { name: context.store.user.displayName, address: context.store.user.mail } };
}

/** A new draft (or message) record in `folder` with the given fields. */
export function newMessage(
  input: MessageInput,
  folder: MailFolderRecord,
  context: RouteContext,
): MessageRecord {
  const now = context.now().toISOString();
  const id = context.ids.outlookItem();
  const from = input.from ?? userRecipient(context);
  return {
    id,
    immutableId: context.ids.immutableOutlookItem(),
    changeKey: context.ids.changeKey(),
    createdDateTime: now,
    lastModifiedDateTime: now,
    receivedDateTime: now,
    sentDateTime: null,
    subject: input.subject ?? '',
    body: input.body ?? { contentType: 'text', content: '' },
    uniqueBody: null,
    from,
    sender: input.sender ?? from,
    toRecipients: input.toRecipients ?? [],
    ccRecipients: input.ccRecipients ?? [],
    bccRecipients: input.bccRecipients ?? [],
    replyTo: input.replyTo ?? [],
    conversationId: context.ids.outlookItem().replace(/^AAMk/, 'AAQk').slice(0, 60),
    conversationIndex: Buffer.from(context.ids.guid().replace(/-/g, '') + '000000000000', 'hex').toString(
      'base64',
    ),
    internetMessageId: `<${context.ids.guid()}@${context.store.user.mail.split('@')[1] ?? 'example'}>`,
    internetMessageHeaders: input.internetMessageHeaders ?? [],
    isRead: input.isRead ?? true,
    isDraft: true,
    isReadReceiptRequested: input.isReadReceiptRequested ?? false,
    isDeliveryReceiptRequested: input.isDeliveryReceiptRequested ?? false,
    importance: input.importance ?? 'normal',
    inferenceClassification: input.inferenceClassification ?? 'focused',
    flag: input.flag ?? { flagStatus: 'notFlagged' },
    categories: input.categories ?? [],
    parentFolderId: folder.id,
    attachments: input.attachments ?? [],
  };
}

/** Applies message input to a record (drafts get everything; sent/received mail only the organising fields). */
export function applyMessageInput(message: MessageRecord, input: MessageInput): void {
  Object.assign(message, input);
  if (input.from !== undefined && input.sender === undefined) message.sender = input.from;
}

const ADDRESS = /^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/;

/** Graph's check before anything leaves: at least one recipient, each a valid address. */
export function checkRecipients(message: MessageRecord): void {
  const all = [...message.toRecipients, ...message.ccRecipients, ...message.bccRecipients];
  if (all.length === 0)
    throw graphErrors.badRequest('At least one recipient is required.', 'ErrorInvalidRecipients');
  const bad = all.find((recipient) => !ADDRESS.test(recipient.emailAddress.address));
  if (bad)
    throw graphErrors.badRequest(
      `At least one recipient isn't valid., Recipient '${bad.emailAddress.address}' isn't resolved. All recipients must be resolved before a message can be submitted.`,
      'ErrorInvalidRecipients',
    );
}

/**
 * Sends `message` (already complete): records it in the outbox and, unless `saveToSentItems` is false, files it in
 * Sent Items under a new id (a draft being sent leaves Drafts). Returns the Sent Items copy, if any.
 */
export function deliver(
  message: MessageRecord,
  context: RouteContext,
  options: { saveToSentItems: boolean; fromDrafts: boolean },
): MessageRecord | undefined {
  checkRecipients(message);
  const now = context.now().toISOString();
  const messages = context.store.mail.messages;
  if (options.fromDrafts) messages.splice(messages.indexOf(message), 1);
  let saved: MessageRecord | undefined;
  if (options.saveToSentItems) {
    saved = {
      ...message,
      id: context.ids.outlookItem(),
      changeKey: context.ids.changeKey(),
      from: message.from ?? userRecipient(context),
      sender: message.sender ?? userRecipient(context),
      isDraft: false,
      isRead: true,
      sentDateTime: now,
      receivedDateTime: now,
      lastModifiedDateTime: now,
      parentFolderId: wellKnownFolder(context, 'sentitems').id,
    };
    messages.push(saved);
  }
  context.store.outbox.push({
    kind: 'mail',
    sentDateTime: now,
    subject: message.subject,
    from: message.from ?? userRecipient(context),
    toRecipients: message.toRecipients,
    ccRecipients: message.ccRecipients,
    bccRecipients: message.bccRecipients,
    body: message.body,
    attachmentNames: message.attachments.map((attachment) => attachment.name),
    ...(saved ? { messageId: saved.id } : {}),
  });
  return saved;
}
