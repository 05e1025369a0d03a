/** mail_get_message and mail_get_conversation: bodies as trimmed text, capped, readable further by offset. */
import { z } from 'zod';
import { defineTool, type ToolContext } from '../define-tool';
import { formatInstant } from '../shared/dates';
import { textWindow } from '../shared/text-window';
import { messageBodyText } from './body-text';
import { IMMUTABLE_IDS, MAIL_READ, messagePath, type MessageWire } from './mail-graph';
import { fullRecipients, messageCitation, messageListItem, plural, senderText } from './message-view';
import { odataString, sortByReceived } from './message-query';

const MESSAGE_SELECT = [
  'id',
  'subject',
  'from',
  'toRecipients',
  'ccRecipients',
  'receivedDateTime',
  'body',
  'uniqueBody',
  'isRead',
  'isDraft',
  'flag',
  'categories',
  'hasAttachments',
  'importance',
  'conversationId',
  'webLink',
].join(',');

export const messageIdArgument = z.string().trim().min(1).max(512);

export async function getMessage(
  ctx: ToolContext,
  id: string,
  select = MESSAGE_SELECT,
): Promise<MessageWire> {
  return ctx.graph.get<MessageWire>(messagePath(id), {
    query: { $select: select },
    headers: IMMUTABLE_IDS,
    scopes: MAIL_READ,
    signal: ctx.signal,
  });
}

function bodyView(
  message: MessageWire,
  options: { full?: boolean; offset?: number; maxChars: number },
  ctx: ToolContext,
) {
  const body = messageBodyText(message.body, message.uniqueBody, { full: options.full });
  const window = textWindow(body.text, options.offset ?? 0, options.maxChars);
  return {
    body: ctx.untrusted(window.text),
    ...(window.truncated ? { nextOffset: window.nextOffset, bodyChars: window.totalChars } : {}),
    ...(body.trimmed ? { trimmed: 'quoted history/signature removed; full: true shows all' } : {}),
    ...(body.hiddenParts > 0 ? { hiddenTextDropped: body.hiddenParts } : {}),
  };
}

export const getMessageTool = defineTool({
  name: 'mail_get_message',
  area: 'mail',
  category: 'read',
  description:
    'Read one message by id: headers, webLink (to link a task to it) and the body as text (quoted history and signature trimmed unless full), capped; continue with offset.',
  input: z.object({
    id: messageIdArgument,
    full: z.boolean().optional().describe('Keep quoted history and signature'),
    offset: z.number().int().min(0).optional(),
    maxChars: z.number().int().min(200).max(20000).optional().describe('Default 4000'),
  }),
  graph: ['GET /me/messages/{message-id}'],
  scopes: MAIL_READ,
  async run(args, ctx) {
    const message = await getMessage(ctx, args.id);
    const item = messageListItem(message, ctx);
    delete item.preview;
    delete item.to;
    return {
      content: {
        ...item,
        to: fullRecipients(message.toRecipients, ctx),
        ...(message.ccRecipients?.length ? { cc: fullRecipients(message.ccRecipients, ctx) } : {}),
        conversationId: message.conversationId,
        // Graph's own link to the message, outside the untrusted marker: the model passes it on to link a task
        // or a note back to this email, and provenance counts it as a structured value Graph returned.
        ...(message.webLink ? { webLink: message.webLink } : {}),
        ...bodyView(message, { ...args, maxChars: args.maxChars ?? 4000 }, ctx),
      },
      citations: [messageCitation(message)],
      summary: 'Read 1 message',
    };
  },
});

const CONVERSATION_LIMIT = 50;

/** Every message of a conversation, oldest first (no `$orderby`: with a conversationId filter it is InefficientFilter). */
export async function conversationMessages(
  ctx: ToolContext,
  conversationId: string,
  select: string,
): Promise<MessageWire[]> {
  const messages = await ctx.graph.getPages<MessageWire>('/me/messages', {
    query: {
      $filter: `conversationId eq ${odataString(conversationId)}`,
      $select: select,
      $top: CONVERSATION_LIMIT,
    },
    headers: IMMUTABLE_IDS,
    scopes: MAIL_READ,
    signal: ctx.signal,
    maxItems: CONVERSATION_LIMIT,
  });
  return sortByReceived(messages, 'oldest');
}

export const getConversationTool = defineTool({
  name: 'mail_get_conversation',
  area: 'mail',
  category: 'read',
  description:
    'Read a whole thread, oldest first, from any message id in it: each message with sender, time and its new text only (quotes trimmed), capped per message. Up to 50 messages.',
  input: z.object({
    id: messageIdArgument.describe('Any message of the conversation'),
    maxCharsPerMessage: z.number().int().min(200).max(8000).optional().describe('Default 1500'),
  }),
  graph: ['GET /me/messages/{message-id}', 'GET /me/messages'],
  scopes: MAIL_READ,
  async run(args, ctx) {
    const anchor = await getMessage(ctx, args.id, 'id,conversationId');
    const messages = anchor.conversationId
      ? await conversationMessages(ctx, anchor.conversationId, MESSAGE_SELECT)
      : [await getMessage(ctx, args.id)];
    const maxChars = args.maxCharsPerMessage ?? 1500;
    return {
      content: {
        conversationId: anchor.conversationId,
        count: messages.length,
        messages: messages.map((message) => ({
          id: message.id,
          from: senderText(message.from, ctx),
          to: fullRecipients(message.toRecipients, ctx),
          ...(message.ccRecipients?.length ? { cc: fullRecipients(message.ccRecipients, ctx) } : {}),
          received: formatInstant(message.receivedDateTime, ctx.user.timeZone),
          subject: ctx.untrusted(message.subject ?? ''),
          ...(message.isDraft ? { isDraft: true } : {}),
          ...(message.hasAttachments ? { hasAttachments: true } : {}),
          ...bodyView(message, { maxChars }, ctx),
        })),
      },
      citations: messages.map(messageCitation),
      summary: `Read a conversation of ${plural(messages.length, 'message')}`,
    };
  },
});
