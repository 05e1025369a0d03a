/** mail_list_messages and mail_search_messages: one engine, two entry points worded for the model. */
import { z } from 'zod';
import { defineTool, type ToolContext, type ToolResult } from '../define-tool';
import { folderPath, MAIL_READ } from './mail-graph';
import { resolveFolder, type ResolvedFolder } from './folders';
import {
  messageCriteriaShape,
  planMessageQuery,
  type MessageCriteria,
  type MessageOrder,
} from './message-query';
import { runMessageQuery } from './run-message-query';
import { messageCitation, messageListItem, plural } from './message-view';

export const FOLDER_ARGUMENT = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .describe('inbox, sentitems, drafts, archive, deleteditems…, or a folder name, path or id');

const limitArgument = z.number().int().min(1).max(50).optional().describe('Default 10, max 50');
const orderArgument = z.enum(['newest', 'oldest']).optional();

export const FOLDER_OPERATIONS = [
  'GET /me/mailFolders',
  'GET /me/mailFolders/{mailFolder-id}',
  'GET /me/mailFolders/{mailFolder-id}/childFolders',
] as const;

interface QueryArguments extends MessageCriteria {
  folder?: string;
  order?: MessageOrder;
  limit?: number;
}

export async function queryMessages(
  args: QueryArguments,
  ctx: ToolContext,
  defaultFolder: string | undefined,
): Promise<ToolResult> {
  const { folder: folderArgument, order, limit = 10, ...criteria } = args;
  const reference = folderArgument ?? defaultFolder;
  const folder: ResolvedFolder | undefined = reference
    ? await resolveFolder(ctx.graph, reference, ctx.signal)
    : undefined;
  const plan = planMessageQuery(criteria, { timeZone: ctx.user.timeZone, order });
  const path = folder ? `${folderPath(folder.id)}/messages` : '/me/messages';
  const outcome = await runMessageQuery(ctx, path, plan, limit);
  const notes: string[] = [];
  if (outcome.plan.mode === 'search' && order === 'oldest')
    notes.push('Search returns the most recent matches; these are sorted oldest first.');
  if (outcome.plan.repairedFrom)
    notes.push(
      `Graph refused the first query form (${outcome.plan.repairedFrom}); it was rewritten and retried.`,
    );
  const where = folder ? ` in ${folder.name}` : '';
  return {
    content: {
      ...(folder ? { folder: folder.name } : {}),
      count: outcome.messages.length,
      more: outcome.more,
      messages: outcome.messages.map((message) => messageListItem(message, ctx)),
      ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
    },
    citations: outcome.messages.map(messageCitation),
    summary: `${args.words !== undefined ? 'Found' : 'Listed'} ${plural(outcome.messages.length, 'message')}${where}`,
  };
}

export const listMessagesTool = defineTool({
  name: 'mail_list_messages',
  area: 'mail',
  category: 'read',
  description:
    'List messages in one folder (default Inbox), newest first, filtered by sender address, subject words, local date range, unread, flagged, attachments, category or importance. Returns compact items with ids.',
  input: z.object({
    folder: FOLDER_ARGUMENT.optional(),
    ...messageCriteriaShape,
    order: orderArgument,
    limit: limitArgument,
  }),
  graph: ['GET /me/mailFolders/{mailFolder-id}/messages', ...FOLDER_OPERATIONS],
  scopes: MAIL_READ,
  run: (args, ctx) => queryMessages(args, ctx, 'inbox'),
});

export const searchMessagesTool = defineTool({
  name: 'mail_search_messages',
  area: 'mail',
  category: 'read',
  description:
    'Search the whole mailbox (or one folder) by free words in from/subject/body plus sender or recipient name/address, subject words, local date range and flags. Newest first; compact items with ids.',
  input: z.object({
    words: z.string().trim().max(300).optional().describe('Free words or "quoted phrases"; OR allowed'),
    folder: FOLDER_ARGUMENT.optional(),
    ...messageCriteriaShape,
    order: orderArgument,
    limit: limitArgument,
  }),
  graph: ['GET /me/messages', 'GET /me/mailFolders/{mailFolder-id}/messages', ...FOLDER_OPERATIONS],
  scopes: MAIL_READ,
  run: (args, ctx) => queryMessages({ ...args, words: args.words ?? '' }, ctx, undefined),
});

export const listDraftsTool = defineTool({
  name: 'mail_list_drafts',
  area: 'mail',
  category: 'read',
  description: "List the user's saved drafts, newest first (id, to, subject, last saved preview).",
  input: z.object({ subject: messageCriteriaShape.subject, limit: limitArgument }),
  graph: ['GET /me/mailFolders/{mailFolder-id}/messages'],
  scopes: MAIL_READ,
  run: (args, ctx) => queryMessages({ subject: args.subject, limit: args.limit }, ctx, 'drafts'),
});
