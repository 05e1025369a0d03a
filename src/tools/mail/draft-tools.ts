/** Draft tools: new draft, reply/reply-all/forward draft (Graph keeps the quoted thread), update a draft. */
import { z } from 'zod';
import { defineTool, type ToolContext, type ToolPreview } from '../define-tool';
import { fromGraphRecipients, parsedToGraph, type ParsedRecipient } from '../shared/recipients';
import { argumentRecipients, composeShape, messageBody, outgoingText } from './compose';
import { getMessage, messageIdArgument } from './get-message';
import { IMMUTABLE_IDS, MAIL_WRITE, messagePath, type MessageWire } from './mail-graph';
import { MailToolError } from './mail-errors';
import {
  allAddresses,
  bodyExcerpt,
  recipientFields,
  recipientWarnings,
  type FinalRecipients,
} from './previews';
import { planReply, replyShape, replySubject, type ReplyArguments } from './reply-recipients';

const DRAFT_RESULT_SELECT = 'id,subject,toRecipients,ccRecipients,bccRecipients,isDraft,webLink';

function draftSummary(draft: MessageWire) {
  return {
    id: draft.id,
    to: fromGraphRecipients(draft.toRecipients).map((recipient) => recipient.address),
    ...(draft.ccRecipients?.length
      ? { cc: fromGraphRecipients(draft.ccRecipients).map((recipient) => recipient.address) }
      : {}),
    ...(draft.bccRecipients?.length
      ? { bcc: fromGraphRecipients(draft.bccRecipients).map((recipient) => recipient.address) }
      : {}),
  };
}

export const createDraftTool = defineTool({
  name: 'mail_create_draft',
  area: 'mail',
  category: 'draft',
  description:
    'Save a new email as a draft in Drafts (nothing is sent). Body is text unless bodyType is html. Returns the draft id.',
  input: z.object(composeShape),
  graph: ['POST /me/messages'],
  scopes: MAIL_WRITE,
  preview: (args, ctx): ToolPreview => {
    const recipients = argumentRecipients(args);
    return {
      title: 'Save draft',
      fields: [
        ...recipientFields(recipients, ctx, { to: 'to', cc: 'cc', bcc: 'bcc' }),
        { label: 'Subject', value: args.subject ?? '', kind: 'subject', editableArg: 'subject' },
      ],
      body: bodyExcerpt(args.body, args.bodyType),
      bodyArg: 'body',
      warnings: recipientWarnings(recipients, ctx).filter((warning) => warning.code === 'external-recipient'),
    };
  },
  targets: (args) => ({
    recipients: allAddresses(argumentRecipients(args)),
    outgoingText: outgoingText(args),
  }),
  async run(args, ctx) {
    const draft = await ctx.graph.post<MessageWire>('/me/messages', messageBody(args), {
      headers: IMMUTABLE_IDS,
      scopes: MAIL_WRITE,
      signal: ctx.signal,
    });
    return {
      content: { ...draftSummary(draft), subject: args.subject ?? '', saved: 'Drafts' },
      citations: [{ kind: 'message', id: draft.id, title: args.subject || '(no subject)' }],
      summary: 'Saved a draft',
    };
  },
});

const REPLY_ACTIONS = { reply: 'createReply', replyAll: 'createReplyAll', forward: 'createForward' } as const;

function sameAddresses(left: readonly ParsedRecipient[], right: readonly ParsedRecipient[]): boolean {
  const key = (list: readonly ParsedRecipient[]) =>
    list
      .map((recipient) => recipient.address.toLowerCase())
      .sort()
      .join(',');
  return key(left) === key(right);
}

/**
 * createReply / createReplyAll / createForward with the comment (Graph quotes the thread below it), then the
 * recipients set to exactly those the user approved when Graph's own choice differs.
 */
export async function createReplyDraft(
  args: ReplyArguments,
  recipients: FinalRecipients,
  ctx: ToolContext,
): Promise<MessageWire> {
  const body: Record<string, unknown> = { comment: args.comment };
  if (args.mode === 'forward') body.toRecipients = parsedToGraph(recipients.to);
  const draft = await ctx.graph.post<MessageWire>(
    `${messagePath(args.id)}/${REPLY_ACTIONS[args.mode]}`,
    body,
    {
      headers: IMMUTABLE_IDS,
      scopes: MAIL_WRITE,
      signal: ctx.signal,
    },
  );
  const produced = {
    to: fromGraphRecipients(draft.toRecipients),
    cc: fromGraphRecipients(draft.ccRecipients),
  };
  if (sameAddresses(produced.to, recipients.to) && sameAddresses(produced.cc, recipients.cc)) return draft;
  try {
    return await ctx.graph.patch<MessageWire>(
      messagePath(draft.id),
      { toRecipients: parsedToGraph(recipients.to), ccRecipients: parsedToGraph(recipients.cc) },
      { headers: IMMUTABLE_IDS, scopes: MAIL_WRITE, signal: ctx.signal },
    );
  } catch (error) {
    // A draft with recipients the user did not approve must not stay behind.
    await ctx.graph
      .delete(messagePath(draft.id), { scopes: MAIL_WRITE, signal: ctx.signal })
      .catch(() => undefined);
    throw error;
  }
}

export async function replyPreview(
  args: ReplyArguments,
  ctx: ToolContext,
  sending: boolean,
): Promise<ToolPreview> {
  const { original, recipients } = await planReply(args, ctx);
  const action = { reply: 'Reply', replyAll: 'Reply all', forward: 'Forward' }[args.mode];
  return {
    title: sending ? `${action} and send` : `${action} draft`,
    fields: [
      ...recipientFields(recipients, ctx, { to: 'to', cc: 'cc' }),
      { label: 'Subject', value: replySubject(original, args.mode), kind: 'subject' },
    ],
    body: bodyExcerpt(args.comment, 'text'),
    bodyArg: 'comment',
    warnings: recipientWarnings(recipients, ctx),
  };
}

export const replyTargets = (args: ReplyArguments) => ({
  itemIds: [args.id],
  recipients: [...(args.to ?? []), ...(args.cc ?? [])],
  outgoingText: outgoingText(args),
});

export const createReplyDraftTool = defineTool({
  name: 'mail_create_reply_draft',
  area: 'mail',
  category: 'draft',
  description:
    'Save a reply, reply-all or forward of a message as a draft (not sent); the comment goes above the quoted thread. Recipients follow Outlook rules unless to/cc are given.',
  input: z.object(replyShape),
  graph: [
    'GET /me/messages/{message-id}',
    'POST /me/messages/{message-id}/createReply',
    'POST /me/messages/{message-id}/createReplyAll',
    'POST /me/messages/{message-id}/createForward',
    'PATCH /me/messages/{message-id}',
  ],
  scopes: MAIL_WRITE,
  preview: (args, ctx) => replyPreview(args, ctx, false),
  targets: replyTargets,
  async run(args, ctx) {
    const { recipients, original } = await planReply(args, ctx);
    const draft = await createReplyDraft(args, recipients, ctx);
    return {
      content: {
        ...draftSummary(draft),
        subject: ctx.untrusted(draft.subject ?? replySubject(original, args.mode)),
        saved: 'Drafts',
      },
      citations: [{ kind: 'message', id: draft.id, title: draft.subject ?? '' }],
      summary: `Saved a ${args.mode === 'forward' ? 'forward' : 'reply'} draft`,
    };
  },
});

/** A saved draft, or a clear error when the id is a received or sent message. */
export async function requireDraft(
  ctx: ToolContext,
  id: string,
  select = `${DRAFT_RESULT_SELECT},body`,
): Promise<MessageWire> {
  const draft = await getMessage(ctx, id, select);
  if (draft.isDraft === false)
    throw new MailToolError(
      'not-a-draft',
      `Message '${id}' is not a draft; only drafts can be changed or sent this way.`,
    );
  return draft;
}

export const updateDraftTool = defineTool({
  name: 'mail_update_draft',
  area: 'mail',
  category: 'draft',
  description:
    'Change a saved draft: subject, body (replaces the whole body, quoted thread included), or recipient lists (each given list replaces the old one).',
  input: z.object({ id: messageIdArgument, ...composeShape }),
  graph: ['GET /me/messages/{message-id}', 'PATCH /me/messages/{message-id}'],
  scopes: MAIL_WRITE,
  async preview(args, ctx) {
    const draft = await requireDraft(ctx, args.id);
    const recipients: FinalRecipients = {
      to: args.to !== undefined ? argumentRecipients(args).to : fromGraphRecipients(draft.toRecipients),
      cc: args.cc !== undefined ? argumentRecipients(args).cc : fromGraphRecipients(draft.ccRecipients),
      bcc: args.bcc !== undefined ? argumentRecipients(args).bcc : fromGraphRecipients(draft.bccRecipients),
    };
    return {
      title: 'Update draft',
      fields: [
        ...recipientFields(recipients, ctx, { to: 'to', cc: 'cc', bcc: 'bcc' }),
        {
          label: 'Subject',
          value: args.subject ?? draft.subject ?? '',
          kind: 'subject',
          editableArg: 'subject',
        },
      ],
      ...(args.body !== undefined ? { body: bodyExcerpt(args.body, args.bodyType), bodyArg: 'body' } : {}),
      warnings: recipientWarnings(recipients, ctx).filter((warning) => warning.code === 'external-recipient'),
    };
  },
  targets: (args) => ({
    itemIds: [args.id],
    recipients: allAddresses(argumentRecipients(args)),
    outgoingText: outgoingText(args),
  }),
  async run(args, ctx) {
    const { id, ...changes } = args;
    const patch = messageBody(changes);
    if (Object.keys(patch).length === 0)
      throw new MailToolError(
        'nothing-to-change',
        'Give at least one of subject, body, to, cc, bcc or importance.',
      );
    await requireDraft(ctx, id, 'id,isDraft');
    const draft = await ctx.graph.patch<MessageWire>(messagePath(id), patch, {
      headers: IMMUTABLE_IDS,
      scopes: MAIL_WRITE,
      signal: ctx.signal,
    });
    return {
      content: {
        ...draftSummary(draft),
        subject: ctx.untrusted(draft.subject ?? ''),
        updated: Object.keys(patch),
      },
      summary: 'Updated a draft',
    };
  },
});
