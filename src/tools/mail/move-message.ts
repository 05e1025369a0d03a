/**
 * mail_move_message and mail_delete_message (a move to Deleted Items, so it is recoverable). Messages or whole
 * conversations, batched; ids are ImmutableIds, so the undo (a move back) still finds them.
 */
import { z } from 'zod';
import { defineTool, type ToolContext, type ToolPreview, type ToolResult } from '../define-tool';
import { MAIL_WRITE, messagePath, type MessageWire } from './mail-graph';
import { resolveFolder, type ResolvedFolder } from './folders';
import { FOLDER_ARGUMENT, FOLDER_OPERATIONS } from './list-messages';
import { plural } from './message-view';
import {
  batchFailures,
  batchHeaders,
  loadTargetsAndFolders,
  targetShape,
  throwIfNothingSucceeded,
  type TargetArguments,
} from './message-targets';

interface MovePlan {
  destination: ResolvedFolder;
  destinationId: string;
  /** Messages not already in the destination. */
  messages: MessageWire[];
}

/**
 * Reads what a move needs in one round trip: the messages, plus the ids of the folders it compares against — the
 * destination when it is a well-known name (a resolved folder already carries its id), and for conversations Sent
 * Items and Drafts, which stay where they are.
 */
async function planMove(
  ctx: ToolContext,
  args: TargetArguments,
  destination: ResolvedFolder,
): Promise<MovePlan> {
  const kept = args.scope === 'conversation' ? ['sentitems', 'drafts'] : [];
  const { messages, folderIds } = await loadTargetsAndFolders(ctx, args, {
    wellKnownFolders: [...(destination.wellKnown ? [destination.id] : []), ...kept],
    excludeFolders: [...kept, destination.id],
  });
  const destinationId = folderIds.get(destination.id) ?? destination.id;
  return {
    destination,
    destinationId,
    messages: messages.filter((message) => message.parentFolderId !== destinationId),
  };
}

function movePreview(plan: MovePlan, args: TargetArguments, title: string): ToolPreview {
  const anchor = plan.messages[0];
  return {
    title,
    fields: [
      {
        label: 'Messages',
        value: `${plural(plan.messages.length, 'message')}${args.scope === 'conversation' ? ' (whole conversation)' : ''}`,
        kind: 'count',
      },
      ...(anchor ? [{ label: 'Subject', value: anchor.subject ?? '', kind: 'subject' as const }] : []),
      { label: 'To folder', value: plan.destination.name, kind: 'folder' },
    ],
    warnings:
      plan.messages.length > 10 ? [{ code: 'bulk', message: `Moves ${plan.messages.length} messages.` }] : [],
    count: plan.messages.length,
  };
}

async function runMove(ctx: ToolContext, plan: MovePlan, verb: 'Moved' | 'Deleted'): Promise<ToolResult> {
  const steps = plan.messages.map((message, index) => ({
    id: String(index + 1),
    method: 'POST' as const,
    url: `${messagePath(message.id)}/move`,
    headers: batchHeaders,
    body: { destinationId: plan.destinationId },
  }));
  const results =
    steps.length === 0 ? [] : await ctx.graph.batch(steps, { scopes: MAIL_WRITE, signal: ctx.signal });
  throwIfNothingSucceeded(results, steps, MAIL_WRITE);
  const failures = batchFailures(
    results,
    plan.messages.map((message) => message.id),
  );
  const moved = plan.messages.flatMap((message, index) => {
    const result = results[index];
    if (!result || result.status >= 400) return [];
    return [
      { from: message.parentFolderId ?? '', id: (result.body as { id?: string } | null)?.id ?? message.id },
    ];
  });
  const movedIds = moved.map((entry) => entry.id);
  const sources = [...new Set(moved.map((entry) => entry.from))];
  const undo =
    moved.length > 0 && sources.length === 1 && sources[0]
      ? {
          tool: 'mail_move_message',
          args: { ids: movedIds, folder: sources[0] },
          label: `Move back ${plural(moved.length, 'message')}`,
        }
      : undefined;
  return {
    content: {
      [verb === 'Moved' ? 'moved' : 'deleted']: moved.length,
      folder: plan.destination.name,
      ids: movedIds,
      ...(sources.length > 1
        ? { movedFrom: Object.fromEntries(moved.map((entry) => [entry.id, entry.from])) }
        : {}),
      ...(failures.length > 0 ? { failed: failures } : {}),
      ...(plan.messages.length === 0 ? { note: 'Nothing to move: the messages are already there.' } : {}),
    },
    summary: `${verb} ${plural(moved.length, 'message')}${verb === 'Moved' ? ` to ${plan.destination.name}` : ''}`,
    ...(undo ? { undo } : {}),
  };
}

const moveOperations = [
  'GET /me/messages/{message-id}',
  'GET /me/messages',
  'GET /me/mailFolders/{mailFolder-id}',
  'POST /me/messages/{message-id}/move',
  'POST /$batch',
] as const;

export const moveMessageTool = defineTool({
  name: 'mail_move_message',
  area: 'mail',
  category: 'organize',
  description:
    'Move messages, or their whole conversations (scope; Sent Items and Drafts stay), to a folder by name, path, well-known name (archive, inbox…) or id. Returns undo info.',
  input: z.object({ ...targetShape, folder: FOLDER_ARGUMENT }),
  graph: [...moveOperations, ...FOLDER_OPERATIONS],
  scopes: MAIL_WRITE,
  async preview(args, ctx) {
    return movePreview(
      await planMove(ctx, args, await resolveFolder(ctx.graph, args.folder, ctx.signal)),
      args,
      'Move messages',
    );
  },
  targets: (args) => ({ itemIds: args.ids, paths: [args.folder] }),
  async run(args, ctx) {
    const destination = await resolveFolder(ctx.graph, args.folder, ctx.signal);
    return runMove(ctx, await planMove(ctx, args, destination), 'Moved');
  },
});

const DELETED_ITEMS: ResolvedFolder = { id: 'deleteditems', name: 'Deleted Items', wellKnown: true };

export const deleteMessageTool = defineTool({
  name: 'mail_delete_message',
  area: 'mail',
  category: 'delete',
  description:
    'Delete messages or whole conversations (scope) by moving them to Deleted Items (recoverable). Returns undo info.',
  input: z.object(targetShape),
  graph: [...moveOperations],
  scopes: MAIL_WRITE,
  async preview(args, ctx) {
    return movePreview(await planMove(ctx, args, DELETED_ITEMS), args, 'Delete messages');
  },
  targets: (args) => ({ itemIds: args.ids }),
  async run(args, ctx) {
    return runMove(ctx, await planMove(ctx, args, DELETED_ITEMS), 'Deleted');
  },
});
