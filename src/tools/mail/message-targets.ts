/**
 * The messages an organize or delete call acts on: the given ids, or every message of their conversations. Sent
 * Items and Drafts stay out of conversation-wide moves (Outlook's "move conversation" leaves them too).
 */
import { z } from 'zod';
import { GraphRequestError, kindForStatus, readGraphErrorBody } from '../../graph/errors';
import type { GraphBatchResult } from '../../graph/types';
import type { ToolContext } from '../define-tool';
import { conversationMessages, getMessage, messageIdArgument } from './get-message';
import { IMMUTABLE_IDS, MAIL_READ, folderPath, messagePath, type MessageWire } from './mail-graph';

export const targetShape = {
  ids: z.array(messageIdArgument).min(1).max(50).describe('Message ids'),
  scope: z
    .enum(['message', 'conversation'])
    .optional()
    .describe('conversation: every message of their threads'),
};

export interface TargetArguments {
  ids: string[];
  scope?: 'message' | 'conversation';
}

export const TARGET_SELECT =
  'id,subject,conversationId,parentFolderId,isRead,flag,importance,categories,isDraft';
const MAX_TARGETS = 200;

export interface LoadedTargets {
  messages: MessageWire[];
  /** Ids of the well-known folders asked for, by well-known name. */
  folderIds: ReadonlyMap<string, string>;
}

/**
 * The target messages, and the ids of the given well-known folders, read together (one `$batch` per 20): they do
 * not depend on each other, so a move plans in one round trip. Conversation members listed in `excludeFolders`
 * (well-known names or ids) stay out.
 */
export async function loadTargetsAndFolders(
  ctx: ToolContext,
  args: TargetArguments,
  options: { wellKnownFolders?: readonly string[]; excludeFolders?: readonly string[] } = {},
): Promise<LoadedTargets> {
  const names = [...new Set(options.wellKnownFolders ?? [])];
  const read = await readTogether(ctx, [...new Set(args.ids)], names);
  const folderIds = new Map(names.map((name, index) => [name, read.folderIds[index] as string]));
  if (args.scope !== 'conversation') return { messages: read.messages, folderIds };
  const excluded = new Set((options.excludeFolders ?? []).map((folder) => folderIds.get(folder) ?? folder));
  return { messages: await withConversations(ctx, read.messages, excluded), folderIds };
}

export async function loadTargets(
  ctx: ToolContext,
  args: TargetArguments,
  options: { excludeFolderIds?: readonly string[] } = {},
): Promise<MessageWire[]> {
  const { messages } = await loadTargetsAndFolders(ctx, args, { excludeFolders: options.excludeFolderIds });
  return messages;
}

async function withConversations(
  ctx: ToolContext,
  anchors: readonly MessageWire[],
  excluded: ReadonlySet<string>,
): Promise<MessageWire[]> {
  const conversations = [
    ...new Set(anchors.map((message) => message.conversationId).filter(Boolean) as string[]),
  ];
  const byId = new Map(anchors.map((message) => [message.id, message]));
  for (const conversationId of conversations) {
    for (const message of await conversationMessages(ctx, conversationId, TARGET_SELECT)) {
      if (byId.size >= MAX_TARGETS) break;
      if (!excluded.has(message.parentFolderId ?? '') && !message.isDraft) byId.set(message.id, message);
    }
  }
  return [...byId.values()];
}

/**
 * The given messages and folders in one `$batch` (Outlook allows 4 concurrent requests per mailbox, so no fan-out
 * of GETs); a single message alone is a plain GET. Any id that cannot be read fails the whole call before anything
 * is changed.
 */
async function readTogether(
  ctx: ToolContext,
  ids: readonly string[],
  folders: readonly string[],
): Promise<{ messages: MessageWire[]; folderIds: string[] }> {
  if (ids.length === 1 && folders.length === 0)
    return { messages: [await getMessage(ctx, ids[0] as string, TARGET_SELECT)], folderIds: [] };
  const steps = [
    ...folders.map((name, index) => ({
      id: `folder-${index + 1}`,
      method: 'GET' as const,
      url: `${folderPath(name)}?$select=id`,
    })),
    ...ids.map((id, index) => ({
      id: String(index + 1),
      method: 'GET' as const,
      url: `${messagePath(id)}?$select=${TARGET_SELECT}`,
      headers: IMMUTABLE_IDS,
    })),
  ];
  const results = await ctx.graph.batch(steps, { scopes: MAIL_READ, signal: ctx.signal });
  const failed = results.findIndex((result) => result.status >= 400);
  if (failed >= 0)
    throw batchStepError(results[failed] as GraphBatchResult, steps[failed] as BatchStep, MAIL_READ);
  const bodies = results.map((result) => result.body);
  return {
    folderIds: bodies.slice(0, folders.length).map((body) => (body as { id: string }).id),
    messages: bodies.slice(folders.length) as MessageWire[],
  };
}

interface BatchStep {
  method: string;
  url: string;
}

/** A failed `$batch` step as the error the Graph client throws for a single call. */
function batchStepError(
  result: GraphBatchResult,
  step: BatchStep,
  scopes: readonly string[],
): GraphRequestError {
  const body = readGraphErrorBody(result.body);
  return new GraphRequestError({
    kind: kindForStatus(result.status),
    status: result.status,
    code: body.code ?? String(result.status),
    graphMessage: body.message,
    method: step.method,
    path: step.url.split('?')[0] ?? step.url,
    clientRequestId: '',
    requestId: body.requestId,
    scopes,
    ambiguous: result.status >= 500,
  });
}

/** Batch results that failed, as "id: reason" lines (a partial failure is reported, never hidden). */
export function batchFailures(results: readonly GraphBatchResult[], ids: readonly string[]): string[] {
  return results.flatMap((result, index) => {
    if (result.status < 400) return [];
    const error = (result.body as { error?: { code?: string; message?: string } } | null)?.error;
    return [`${ids[index]}: ${result.status} ${error?.code ?? ''} ${error?.message ?? ''}`.trim()];
  });
}

export const batchHeaders = { 'Content-Type': 'application/json', ...IMMUTABLE_IDS };

/**
 * When every step of a batch failed, nothing changed: throw the first failure as the Graph client would have for a
 * single call (so a missing scope reads the same). Partial failures are reported in the result instead.
 */
export function throwIfNothingSucceeded(
  results: readonly GraphBatchResult[],
  steps: readonly BatchStep[],
  scopes: readonly string[],
): void {
  if (results.length === 0 || results.some((result) => result.status < 400)) return;
  throw batchStepError(
    results[0] as GraphBatchResult,
    steps[0] ?? { method: 'POST', url: '/$batch' },
    scopes,
  );
}
