/** mail_update_message: read state, flag, importance and categories of messages or whole conversations, batched. */
import { z } from 'zod';
import { defineTool, type ToolContext } from '../define-tool';
import { isLocalDateTime, localDateOf } from '../shared/dates';
import { MAIL_WRITE, messagePath, type MessageWire } from './mail-graph';
import { MailToolError } from './mail-errors';
import { plural } from './message-view';
import {
  batchFailures,
  batchHeaders,
  loadTargets,
  targetShape,
  throwIfNothingSucceeded,
} from './message-targets';

const categoryList = z.array(z.string().trim().min(1).max(255)).max(25);

const updateShape = {
  ...targetShape,
  isRead: z.boolean().optional(),
  flag: z.enum(['flagged', 'complete', 'notFlagged']).optional(),
  due: z
    .string()
    .trim()
    .refine(isLocalDateTime, { message: 'Use a local date YYYY-MM-DD.' })
    .optional()
    .describe('Flag due date (local); implies flagged'),
  importance: z.enum(['low', 'normal', 'high']).optional(),
  addCategories: categoryList.optional(),
  removeCategories: categoryList.optional(),
};

type UpdateArguments = z.infer<z.ZodObject<typeof updateShape>>;

function describeChanges(args: UpdateArguments): string[] {
  const changes: string[] = [];
  if (args.isRead !== undefined) changes.push(args.isRead ? 'mark read' : 'mark unread');
  if (args.due) changes.push(`flag, due ${args.due.slice(0, 10)}`);
  else if (args.flag)
    changes.push(
      args.flag === 'notFlagged' ? 'clear flag' : args.flag === 'complete' ? 'mark flag complete' : 'flag',
    );
  if (args.importance) changes.push(`importance ${args.importance}`);
  if (args.addCategories?.length) changes.push(`add categories ${args.addCategories.join(', ')}`);
  if (args.removeCategories?.length) changes.push(`remove categories ${args.removeCategories.join(', ')}`);
  return changes;
}

function flagBody(args: UpdateArguments, ctx: ToolContext): Record<string, unknown> | undefined {
  if (args.due) {
    const zone = ctx.user.timeZone;
    const today = localDateOf(ctx.now(), zone);
    const due = args.due.slice(0, 10);
    return {
      flagStatus: 'flagged',
      startDateTime: { dateTime: `${due < today ? due : today}T00:00:00`, timeZone: zone },
      dueDateTime: { dateTime: `${due}T00:00:00`, timeZone: zone },
    };
  }
  return args.flag ? { flagStatus: args.flag } : undefined;
}

function patchFor(message: MessageWire, args: UpdateArguments, ctx: ToolContext): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (args.isRead !== undefined) patch.isRead = args.isRead;
  const flag = flagBody(args, ctx);
  if (flag) patch.flag = flag;
  if (args.importance) patch.importance = args.importance;
  if (args.addCategories?.length || args.removeCategories?.length) {
    const removed = new Set((args.removeCategories ?? []).map((name) => name.toLowerCase()));
    const kept = (message.categories ?? []).filter((name) => !removed.has(name.toLowerCase()));
    const present = new Set(kept.map((name) => name.toLowerCase()));
    const added = (args.addCategories ?? []).filter((name) => !present.has(name.toLowerCase()));
    patch.categories = [...kept, ...added];
  }
  return patch;
}

/** Undo when every target had the same prior value for each changed field (else the prior states differ). */
function undoFor(messages: readonly MessageWire[], args: UpdateArguments) {
  const same = <T>(read: (message: MessageWire) => T) =>
    new Set(messages.map((message) => JSON.stringify(read(message)))).size === 1;
  const first = messages[0];
  if (!first) return undefined;
  const undoArgs: Record<string, unknown> = { ids: messages.map((message) => message.id), scope: 'message' };
  if (args.isRead !== undefined) {
    if (!same((message) => message.isRead)) return undefined;
    undoArgs.isRead = first.isRead;
  }
  if (args.flag || args.due) {
    if (!same((message) => message.flag?.flagStatus ?? 'notFlagged')) return undefined;
    undoArgs.flag = first.flag?.flagStatus ?? 'notFlagged';
  }
  if (args.importance) {
    if (!same((message) => message.importance)) return undefined;
    undoArgs.importance = first.importance;
  }
  const had = (name: string) =>
    messages.some((message) =>
      (message.categories ?? []).some((existing) => existing.toLowerCase() === name.toLowerCase()),
    );
  if (args.addCategories?.length) {
    if (args.addCategories.some(had)) return undefined;
    undoArgs.removeCategories = args.addCategories;
  }
  if (args.removeCategories?.length) {
    const everyHad = (name: string) =>
      messages.every((message) =>
        (message.categories ?? []).some((existing) => existing.toLowerCase() === name.toLowerCase()),
      );
    if (!args.removeCategories.every((name) => everyHad(name) || !had(name))) return undefined;
    undoArgs.addCategories = args.removeCategories.filter(had);
  }
  return { tool: 'mail_update_message', args: undoArgs, label: 'Undo the change' };
}

export const updateMessageTool = defineTool({
  name: 'mail_update_message',
  area: 'mail',
  category: 'organize',
  description:
    'Mark read/unread, flag (optionally with a due date), clear or complete a flag, set importance, add/remove categories, on messages or their whole conversations (scope).',
  input: z.object(updateShape),
  graph: [
    'GET /me/messages/{message-id}',
    'GET /me/messages',
    'PATCH /me/messages/{message-id}',
    'POST /$batch',
  ],
  scopes: MAIL_WRITE,
  async preview(args, ctx) {
    const messages = await loadTargets(ctx, args);
    const anchor = messages[0];
    return {
      title: 'Update messages',
      fields: [
        {
          label: 'Messages',
          value: `${plural(messages.length, 'message')}${args.scope === 'conversation' ? ' (whole conversation)' : ''}`,
          kind: 'count',
        },
        ...(anchor ? [{ label: 'Subject', value: anchor.subject ?? '', kind: 'subject' as const }] : []),
        { label: 'Change', value: describeChanges(args).join('; '), kind: 'text' },
      ],
      warnings:
        messages.length > 10 ? [{ code: 'bulk', message: `Changes ${messages.length} messages.` }] : [],
      count: messages.length,
    };
  },
  targets: (args) => ({ itemIds: args.ids }),
  async run(args, ctx) {
    if (describeChanges(args).length === 0)
      throw new MailToolError(
        'nothing-to-change',
        'Give at least one change: isRead, flag, due, importance, addCategories or removeCategories.',
      );
    const messages = await loadTargets(ctx, args);
    const items = messages.map((message, index) => ({
      id: String(index + 1),
      method: 'PATCH' as const,
      url: messagePath(message.id),
      headers: batchHeaders,
      body: patchFor(message, args, ctx),
    }));
    const results = await ctx.graph.batch(items, { scopes: MAIL_WRITE, signal: ctx.signal });
    throwIfNothingSucceeded(results, items, MAIL_WRITE);
    const failures = batchFailures(
      results,
      messages.map((message) => message.id),
    );
    const changed = messages.length - failures.length;
    const undo = failures.length === 0 ? undoFor(messages, args) : undefined;
    return {
      content: {
        updated: changed,
        change: describeChanges(args).join('; '),
        ids: messages.map((message) => message.id),
        ...(failures.length > 0 ? { failed: failures } : {}),
      },
      summary: `Updated ${plural(changed, 'message')}`,
      ...(undo ? { undo } : {}),
    };
  },
});
