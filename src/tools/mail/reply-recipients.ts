/**
 * Who a reply, reply-all or forward goes to, computed from the original the way Outlook does, so the approval card
 * shows the final recipients before Graph builds the draft.
 */
import { z } from 'zod';
import type { ToolContext } from '../define-tool';
import {
  fromGraphRecipients,
  parseRecipients,
  recipientListSchema,
  sameAddress,
  uniqueRecipients,
  type ParsedRecipient,
} from '../shared/recipients';
import { getMessage, messageIdArgument } from './get-message';
import type { MessageWire } from './mail-graph';
import type { FinalRecipients } from './previews';
import { MailToolError } from './mail-errors';

export type ReplyMode = 'reply' | 'replyAll' | 'forward';

export const replyShape = {
  id: messageIdArgument.describe('The message replied to or forwarded'),
  mode: z.enum(['reply', 'replyAll', 'forward']),
  comment: z.string().max(100_000).describe('Text placed above the quoted thread'),
  to: recipientListSchema.optional().describe('Replace the computed To (required for forward)'),
  cc: recipientListSchema.optional().describe('Replace the computed Cc'),
};

export interface ReplyArguments {
  id: string;
  mode: ReplyMode;
  comment: string;
  to?: string[];
  cc?: string[];
}

export const ORIGINAL_SELECT = 'id,subject,from,sender,toRecipients,ccRecipients,replyTo,conversationId';

/** Outlook's rule: reply → Reply-To or the sender (your own message: its To); reply-all adds To and Cc, minus you. */
export function computeReplyRecipients(
  original: MessageWire,
  mode: ReplyMode,
  userAddress: string,
): FinalRecipients {
  if (mode === 'forward') return { to: [], cc: [], bcc: [] };
  const notMe = (recipient: ParsedRecipient) => !sameAddress(recipient.address, userAddress);
  const sender = fromGraphRecipients(
    original.from ? [original.from] : original.sender ? [original.sender] : [],
  );
  const replyTo = fromGraphRecipients(original.replyTo);
  const originalTo = fromGraphRecipients(original.toRecipients);
  const fromMe = sender.length > 0 && !notMe(sender[0] as ParsedRecipient);
  const primary = replyTo.length > 0 ? replyTo : fromMe ? originalTo : sender;
  if (mode === 'reply') return { to: uniqueRecipients(primary), cc: [], bcc: [] };
  const to = uniqueRecipients([...primary, ...originalTo]).filter(notMe);
  const inTo = new Set(to.map((recipient) => recipient.address.toLowerCase()));
  const cc = uniqueRecipients(fromGraphRecipients(original.ccRecipients)).filter(
    (recipient) => notMe(recipient) && !inTo.has(recipient.address.toLowerCase()),
  );
  return { to: to.length > 0 ? to : uniqueRecipients(primary), cc, bcc: [] };
}

/** The original and the recipients the reply will have (arguments override the computed lists). */
export async function planReply(
  args: ReplyArguments,
  ctx: ToolContext,
): Promise<{ original: MessageWire; recipients: FinalRecipients }> {
  const original = await getMessage(ctx, args.id, ORIGINAL_SELECT);
  const computed = computeReplyRecipients(original, args.mode, ctx.user.emailAddress);
  const recipients: FinalRecipients = {
    to: args.to !== undefined ? parseRecipients(args.to) : computed.to,
    cc: args.cc !== undefined ? parseRecipients(args.cc) : computed.cc,
    bcc: [],
  };
  if (args.mode === 'forward' && recipients.to.length === 0)
    throw new MailToolError('no-recipients', 'A forward needs at least one recipient in "to".');
  return { original, recipients };
}

export function replySubject(original: MessageWire, mode: ReplyMode): string {
  const subject = original.subject ?? '';
  const prefix = mode === 'forward' ? 'FW: ' : 'RE: ';
  return /^(re|fw|fwd|aw|wg):\s/i.test(subject) && subject.slice(0, 3).toUpperCase() === prefix.slice(0, 3)
    ? subject
    : `${prefix}${subject}`;
}
