/**
 * Message actions: createReply / createReplyAll / createForward (201 drafts quoting the thread), reply / replyAll /
 * forward (202, sent at once), send (draft → Sent Items), sendMail, move (new id unless ImmutableId) and copy.
 * Everything sent lands in the store's outbox with its final recipients.
 */
import { graphErrors } from '../core/errors';
import { defineRoute } from '../core/route';
import type { RouteContext, RouteDefinition } from '../core/route';
import { toIanaTimeZone } from '../../../tools/shared/time-zones';
import { escapeHtml, htmlDocument, quotedHistory, bodyInner } from '../seed/mail-html';
import type { Recipient } from '../store/common';
import type { MessageRecord } from '../store/mail';
import type { MessageInput } from './mail-compose';
import {
  applyMessageInput,
  deliver,
  isMimeRequest,
  mimeMessageInput,
  newMessage,
  parseMessageInput,
} from './mail-compose';
import {
  findFolder,
  findMessage,
  findMessageInRoute,
  MESSAGE_ENTITY,
  messageToWire,
  wellKnownFolder,
} from './mail-wire';

type Kind = 'reply' | 'replyAll' | 'forward';
const PREFER = ['body-content-type', 'immutable-id'] as const;

function subjectFor(kind: Kind, subject: string): string {
  if (kind === 'forward') return /^(fw|fwd):/i.test(subject) ? subject : `FW: ${subject}`;
  return /^re:/i.test(subject) ? subject : `RE: ${subject}`;
}

function sameAddress(left: Recipient, right: Recipient): boolean {
  return left.emailAddress.address.toLowerCase() === right.emailAddress.address.toLowerCase();
}

function withoutDuplicates(recipients: Recipient[], exclude: Recipient[]): Recipient[] {
  const result: Recipient[] = [];
  for (const recipient of recipients)
    if (![...exclude, ...result].some((other) => sameAddress(other, recipient))) result.push(recipient);
  return result;
}

/** Who a reply goes to: Reply-To or the sender; your own sent mail replies to its recipients (as Outlook does). */
function replyRecipients(
  kind: Kind,
  original: MessageRecord,
  me: Recipient,
): { to: Recipient[]; cc: Recipient[] } {
  if (kind === 'forward') return { to: [], cc: [] };
  const fromMe = original.from !== null && sameAddress(original.from, me);
  const primary = fromMe
    ? original.toRecipients
    : original.replyTo.length > 0
      ? original.replyTo
      : original.from
        ? [original.from]
        : [];
  if (kind === 'reply') return { to: withoutDuplicates(primary, []), cc: [] };
  const to = withoutDuplicates([...primary, ...(fromMe ? [] : original.toRecipients)], [me]);
  return { to, cc: withoutDuplicates(original.ccRecipients, [me, ...to]) };
}

interface ResponseRequest {
  comment?: string;
  input: MessageInput;
  toRecipients?: Recipient[];
}

/** Reads `comment` / `message` / `toRecipients` (JSON, names case-insensitive) or a base64 MIME body. */
function readResponseRequest(context: RouteContext): ResponseRequest {
  if (isMimeRequest(context)) return { input: mimeMessageInput(context) };
  if (context.body.isEmpty) return { input: {} };
  const comment = context.body.param<unknown>('comment');
  const message = context.body.param<unknown>('message');
  const input = message === undefined || message === null ? {} : parseMessageInput(message, context);
  if (typeof comment === 'string' && input.body !== undefined)
    throw graphErrors.badRequest(
      "Specify either a 'comment' or the body of the 'message', not both.",
      'ErrorInvalidRequest',
    );
  const toRecipients = context.body.param<unknown>('toRecipients');
  return {
    ...(typeof comment === 'string' ? { comment } : {}),
    input,
    ...(Array.isArray(toRecipients)
      ? { toRecipients: parseMessageInput({ toRecipients }, context).toRecipients ?? [] }
      : {}),
  };
}

function uniqueHtml(request: ResponseRequest): string {
  if (request.input.body) {
    const { contentType, content } = request.input.body;
    return contentType === 'html' ? bodyInner(content) : escapeHtml(content).replace(/\n/g, '<br>');
  }
  return escapeHtml(request.comment ?? '').replace(/\n/g, '<br>');
}

/** The reply/forward as a draft record (not yet stored). */
function buildResponse(kind: Kind, original: MessageRecord, context: RouteContext): MessageRecord {
  const request = readResponseRequest(context);
  const me = { emailAddress: { name: context.store.user.displayName, address: context.store.user.mail } };
  const { to, cc } = replyRecipients(kind, original, me);
  const timeZone = toIanaTimeZone(context.prefer.timeZone ?? 'UTC') ?? 'UTC';
  const unique = uniqueHtml(request);
  const quoted = quotedHistory(
    {
      from: original.from,
      sentDateTime: original.sentDateTime ?? original.receivedDateTime,
      toRecipients: original.toRecipients,
      ccRecipients: original.ccRecipients,
      subject: original.subject,
      bodyHtml:
        original.body.contentType === 'html'
          ? original.body.content
          : escapeHtml(original.body.content).replace(/\n/g, '<br>'),
    },
    timeZone,
  );
  const { body: _body, ...overrides } = request.input;
  const draft = newMessage(
    {
      subject: subjectFor(kind, original.subject),
      toRecipients: request.toRecipients ?? to,
      ccRecipients: cc,
      body: { contentType: 'html', content: htmlDocument(`<div>${unique}</div>${quoted}`) },
      attachments:
        kind === 'forward'
          ? original.attachments.map((attachment) => ({ ...attachment, id: context.ids.outlookItem() }))
          : [],
    },
    wellKnownFolder(context, 'drafts'),
    context,
  );
  applyMessageInput(draft, overrides);
  draft.uniqueBody = { contentType: 'html', content: htmlDocument(unique) };
  draft.conversationId = original.conversationId;
  draft.conversationIndex = Buffer.concat([
    Buffer.from(original.conversationIndex, 'base64'),
    Buffer.from(context.ids.guid().replace(/-/g, '').slice(0, 10), 'hex'),
  ]).toString('base64');
  return draft;
}

function createResponse(kind: Kind) {
  return (context: RouteContext) => {
    const draft = buildResponse(kind, findMessage(context), context);
    context.store.mail.messages.push(draft);
    const wire = messageToWire(draft, context);
    return context.reply.created(wire, {
      ...MESSAGE_ENTITY,
      context: `users('${context.store.user.id}')/messages/$entity`,
      location: `${context.graphBaseUrl}/me/messages('${encodeURIComponent(wire.id as string)}')`,
    });
  };
}

function sendResponse(kind: Kind) {
  return (context: RouteContext) => {
    const message = buildResponse(kind, findMessage(context), context);
    deliver(message, context, { saveToSentItems: true, fromDrafts: false });
    return context.reply.accepted();
  };
}

function relocate(context: RouteContext, mode: 'move' | 'copy') {
  const message = findMessageInRoute(context);
  const destinationId = context.body.param<unknown>('destinationId');
  if (typeof destinationId !== 'string' || destinationId === '')
    throw graphErrors.badRequest("The parameter 'destinationId' is required.", 'ErrorInvalidRequest');
  const destination = findFolder(context, destinationId);
  const now = context.now().toISOString();
  let result: MessageRecord;
  if (mode === 'copy') {
    result = {
      ...structuredClone(message),
      id: context.ids.outlookItem(),
      immutableId: context.ids.immutableOutlookItem(),
      changeKey: context.ids.changeKey(),
      createdDateTime: now,
      lastModifiedDateTime: now,
      parentFolderId: destination.id,
    };
    result.attachments = result.attachments.map((attachment) => ({
      ...attachment,
      id: context.ids.outlookItem(),
    }));
    context.store.mail.messages.push(result);
  } else {
    // A move is a copy-and-delete inside Exchange: the item gets a new id (the immutable id survives).
    if (destination.id !== message.parentFolderId) message.id = context.ids.outlookItem();
    message.parentFolderId = destination.id;
    message.changeKey = context.ids.changeKey();
    message.lastModifiedDateTime = now;
    result = message;
  }
  // The move/copy response names its type, as Graph's does (the $metadata#message context is untyped).
  const wire: Record<string, unknown> = {
    '@odata.type': '#microsoft.graph.message',
    ...messageToWire(result, context),
  };
  return context.reply.created(wire, {
    ...MESSAGE_ENTITY,
    context: 'message',
    location: `${context.graphBaseUrl}/me/messages('${encodeURIComponent(wire.id as string)}')`,
  });
}

const MESSAGE = '/me/messages/{message-id}';

export const mailActionRoutes: RouteDefinition[] = [
  ...(
    [
      ['createReply', 'reply'],
      ['createReplyAll', 'replyAll'],
      ['createForward', 'forward'],
    ] as const
  ).map(([action, kind]) =>
    defineRoute({
      method: 'POST',
      template: `${MESSAGE}/${action}`,
      scopes: ['Mail.ReadWrite'],
      prefer: PREFER,
      handle: createResponse(kind),
    }),
  ),
  ...(['reply', 'replyAll', 'forward'] as const).map((kind) =>
    defineRoute({
      method: 'POST',
      template: `${MESSAGE}/${kind}`,
      scopes: ['Mail.Send'],
      handle: sendResponse(kind),
    }),
  ),
  defineRoute({
    method: 'POST',
    template: `${MESSAGE}/send`,
    scopes: ['Mail.Send'],
    handle: (context) => {
      const message = findMessage(context);
      if (!message.isDraft)
        throw graphErrors.badRequest('Only a draft message can be sent.', 'ErrorInvalidOperation');
      deliver(message, context, { saveToSentItems: true, fromDrafts: true });
      return context.reply.accepted();
    },
  }),
  defineRoute({
    method: 'POST',
    template: '/me/sendMail',
    scopes: ['Mail.Send'],
    handle: (context) => {
      let input: MessageInput;
      let saveToSentItems = true;
      if (isMimeRequest(context)) input = mimeMessageInput(context);
      else {
        const parameter = context.body.isEmpty ? undefined : context.body.param<unknown>('message');
        if (parameter === undefined || parameter === null)
          throw graphErrors.badRequest("The parameter 'message' is required.", 'ErrorInvalidRequest');
        input = parseMessageInput(parameter, context);
        saveToSentItems = context.body.boolean('saveToSentItems') ?? true;
      }
      const message = newMessage(input, wellKnownFolder(context, 'drafts'), context);
      deliver(message, context, { saveToSentItems, fromDrafts: false });
      return context.reply.accepted();
    },
  }),
  ...[MESSAGE, '/me/mailFolders/{mailFolder-id}/messages/{message-id}'].map((template) =>
    defineRoute({
      method: 'POST',
      template: `${template}/move`,
      scopes: ['Mail.ReadWrite'],
      prefer: PREFER,
      handle: (context) => relocate(context, 'move'),
    }),
  ),
  defineRoute({
    method: 'POST',
    template: `${MESSAGE}/copy`,
    scopes: ['Mail.ReadWrite'],
    prefer: PREFER,
    handle: (context) => relocate(context, 'copy'),
  }),
];
