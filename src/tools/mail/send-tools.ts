/**
 * Send tools. Every send goes through a draft and `sendDraftOnce` (graph/safe-send): the draft's internetMessageId
 * lets an ambiguous failure be checked against Sent Items, so a message is never sent twice. A draft this tool
 * created is removed again when the send definitely failed, so a failed call leaves nothing behind.
 */
import { z } from 'zod';
import { isGraphRequestError } from '../../graph/errors';
import { defineTool, type ToolContext, type ToolPreview } from '../define-tool';
import { fromGraphRecipients } from '../shared/recipients';
import { argumentRecipients, composeShape, messageBody, outgoingText } from './compose';
import { createReplyDraft, replyPreview, replyTargets, requireDraft } from './draft-tools';
import { messageIdArgument } from './get-message';
import { IMMUTABLE_IDS, MAIL_SEND, MAIL_WRITE, messagePath, type MessageWire } from './mail-graph';
import { MailToolError } from './mail-errors';
import {
  allAddresses,
  bodyExcerpt,
  recipientFields,
  recipientWarnings,
  type FinalRecipients,
} from './previews';
import { messageBodyText } from './body-text';
import { planReply, replyShape } from './reply-recipients';
import { sendKnownDraft } from './send-draft';

/** What every send tool may call: the send itself and the Sent Items check of safe-send. */
const SEND_OPERATIONS = [
  'POST /me/messages/{message-id}/send',
  'GET /me/messages/{message-id}',
  'GET /me/mailFolders/{mailFolder-id}/messages',
] as const;
const SEND_SCOPES = [...MAIL_WRITE, ...MAIL_SEND];

function requireRecipients(recipients: FinalRecipients): void {
  if (recipients.to.length + recipients.cc.length + recipients.bcc.length === 0)
    throw new MailToolError(
      'no-recipients',
      'The message has no recipients; give at least one address in to, cc or bcc.',
    );
}

/** Sends a draft this call created; deletes it again when the send definitely failed (Graph did not act). */
async function sendCreatedDraft(ctx: ToolContext, draft: MessageWire) {
  const draftId = draft.id;
  try {
    return await sendKnownDraft(ctx, draft);
  } catch (error) {
    if (isGraphRequestError(error) && !error.ambiguous) {
      await ctx.graph
        .delete(messagePath(draftId), { scopes: MAIL_WRITE, signal: ctx.signal })
        .catch(() => undefined);
    }
    throw error;
  }
}

function sentResult(recipients: FinalRecipients, subject: string, attempts: number) {
  return {
    sent: true,
    to: recipients.to.map((recipient) => recipient.address),
    ...(recipients.cc.length ? { cc: recipients.cc.map((recipient) => recipient.address) } : {}),
    ...(recipients.bcc.length ? { bcc: recipients.bcc.map((recipient) => recipient.address) } : {}),
    subject,
    ...(attempts > 1 ? { note: 'The first send attempt failed without effect and was repeated once.' } : {}),
  };
}

function sendPreview(
  title: string,
  recipients: FinalRecipients,
  subject: string,
  body: string,
  ctx: ToolContext,
  editable: boolean,
): ToolPreview {
  return {
    title,
    fields: [
      ...recipientFields(recipients, ctx, editable ? { to: 'to', cc: 'cc', bcc: 'bcc' } : {}),
      { label: 'Subject', value: subject, kind: 'subject', ...(editable ? { editableArg: 'subject' } : {}) },
    ],
    body,
    ...(editable ? { bodyArg: 'body' } : {}),
    warnings: recipientWarnings(recipients, ctx),
  };
}

export const sendMessageTool = defineTool({
  name: 'mail_send_message',
  area: 'mail',
  category: 'send',
  description:
    'Send a new email now (to/cc/bcc, subject, body text or html). Saved to Sent Items. Use mail_reply_message for replies.',
  input: z.object({ ...composeShape, to: composeShape.to, subject: z.string().max(255) }),
  graph: ['POST /me/messages', 'DELETE /me/messages/{message-id}', ...SEND_OPERATIONS],
  scopes: SEND_SCOPES,
  preview: (args, ctx) =>
    sendPreview(
      'Send email',
      argumentRecipients(args),
      args.subject,
      bodyExcerpt(args.body, args.bodyType),
      ctx,
      true,
    ),
  targets: (args) => ({
    recipients: allAddresses(argumentRecipients(args)),
    outgoingText: outgoingText(args),
  }),
  async run(args, ctx) {
    const recipients = argumentRecipients(args);
    requireRecipients(recipients);
    const draft = await ctx.graph.post<MessageWire>('/me/messages', messageBody(args), {
      headers: IMMUTABLE_IDS,
      scopes: MAIL_WRITE,
      signal: ctx.signal,
    });
    const outcome = await sendCreatedDraft(ctx, draft);
    return {
      content: sentResult(recipients, args.subject, outcome.attempts),
      summary: `Sent "${args.subject}"`,
    };
  },
});

const DRAFT_SELECT = 'id,subject,toRecipients,ccRecipients,bccRecipients,isDraft,body,internetMessageId';

async function draftRecipients(
  ctx: ToolContext,
  id: string,
): Promise<{ draft: MessageWire; recipients: FinalRecipients }> {
  const draft = await requireDraft(ctx, id, DRAFT_SELECT);
  return {
    draft,
    recipients: {
      to: fromGraphRecipients(draft.toRecipients),
      cc: fromGraphRecipients(draft.ccRecipients),
      bcc: fromGraphRecipients(draft.bccRecipients),
    },
  };
}

export const sendDraftTool = defineTool({
  name: 'mail_send_draft',
  area: 'mail',
  category: 'send',
  description: 'Send an existing draft by id, as saved (change it first with mail_update_draft).',
  input: z.object({ id: messageIdArgument }),
  graph: [...SEND_OPERATIONS],
  scopes: SEND_SCOPES,
  async preview(args, ctx) {
    const { draft, recipients } = await draftRecipients(ctx, args.id);
    const body = messageBodyText(draft.body, undefined, { full: true }).text;
    return sendPreview(
      'Send draft',
      recipients,
      draft.subject ?? '',
      body.length > 1200 ? `${body.slice(0, 1200)}…` : body,
      ctx,
      false,
    );
  },
  targets: (args) => ({ itemIds: [args.id] }),
  async run(args, ctx) {
    const { draft, recipients } = await draftRecipients(ctx, args.id);
    requireRecipients(recipients);
    const outcome = await sendKnownDraft(ctx, { ...draft, id: args.id });
    return {
      content: sentResult(recipients, ctx.untrusted(draft.subject ?? ''), outcome.attempts),
      summary: 'Sent a draft',
    };
  },
});

export const replyMessageTool = defineTool({
  name: 'mail_reply_message',
  area: 'mail',
  category: 'send',
  description:
    'Reply, reply-all or forward now: the comment goes above the quoted thread. Recipients follow Outlook rules (reply-all: sender, To and Cc minus you) unless to/cc are given.',
  input: z.object(replyShape),
  graph: [
    'POST /me/messages/{message-id}/createReply',
    'POST /me/messages/{message-id}/createReplyAll',
    'POST /me/messages/{message-id}/createForward',
    'PATCH /me/messages/{message-id}',
    'DELETE /me/messages/{message-id}',
    ...SEND_OPERATIONS,
  ],
  scopes: SEND_SCOPES,
  preview: (args, ctx) => replyPreview(args, ctx, true),
  targets: replyTargets,
  async run(args, ctx) {
    const { recipients } = await planReply(args, ctx);
    requireRecipients(recipients);
    const draft = await createReplyDraft(args, recipients, ctx);
    const outcome = await sendCreatedDraft(ctx, draft);
    return {
      content: sentResult(recipients, ctx.untrusted(draft.subject ?? ''), outcome.attempts),
      summary: args.mode === 'forward' ? 'Forwarded a message' : 'Sent a reply',
    };
  },
});
