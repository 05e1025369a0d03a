/** Outgoing message content shared by create-draft, update-draft and send: arguments and the Graph body. */
import { z } from 'zod';
import { recipientListSchema, toGraphRecipients, parseRecipients } from '../shared/recipients';
import type { FinalRecipients } from './previews';

export const composeShape = {
  to: recipientListSchema.optional(),
  cc: recipientListSchema.optional(),
  bcc: recipientListSchema.optional(),
  subject: z.string().max(255).optional(),
  body: z.string().max(100_000).optional(),
  bodyType: z.enum(['text', 'html']).optional().describe('Default text'),
  importance: z.enum(['low', 'normal', 'high']).optional(),
};

export interface ComposeArguments {
  to?: string[];
  cc?: string[];
  bcc?: string[];
  subject?: string;
  body?: string;
  bodyType?: 'text' | 'html';
  importance?: 'low' | 'normal' | 'high';
}

/** Only the properties given, so an update leaves the rest alone. */
export function messageBody(args: ComposeArguments): Record<string, unknown> {
  const message: Record<string, unknown> = {};
  if (args.subject !== undefined) message.subject = args.subject;
  if (args.body !== undefined) message.body = { contentType: args.bodyType ?? 'text', content: args.body };
  if (args.to !== undefined) message.toRecipients = toGraphRecipients(args.to);
  if (args.cc !== undefined) message.ccRecipients = toGraphRecipients(args.cc);
  if (args.bcc !== undefined) message.bccRecipients = toGraphRecipients(args.bcc);
  if (args.importance !== undefined) message.importance = args.importance;
  return message;
}

export function argumentRecipients(args: ComposeArguments): FinalRecipients {
  return { to: parseRecipients(args.to), cc: parseRecipients(args.cc), bcc: parseRecipients(args.bcc) };
}

export function outgoingText(args: { subject?: string; body?: string; comment?: string }): string[] {
  return [args.subject, args.body, args.comment].filter((text): text is string => Boolean(text));
}
