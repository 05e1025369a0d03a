/**
 * The messages an organize or delete call acts on: the given ids, or every message of their conversations. Sent
 * Items and Drafts stay out of conversation-wide moves (Outlook's "move conversation" leaves them too).
 */
import { z } from 'zod';
import { GraphRequestError, kindForStatus, readGraphErrorBody } from '../../graph/errors';
import type { GraphBatchResult } from '../../graph/types';
import type { ToolContext } from '../define-tool';
import { conversationMessages, getMessage, messageIdArgument } from './get-message';
import { IMMUTABLE_IDS, MAIL_READ, folderPath, type MessageWire } from './mail-graph';

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

/** Folder ids of well-known folders (names → ids, so a message's parentFolderId can be compared). */
export async function wellKnownFolderId(ctx: ToolContext, name: string): Promise<string> {
  const folder = await ctx.graph.get<{ id: string }>(folderPath(name), {
    query: { $select: 'id' },
    scopes: MAIL_READ,
    signal: ctx.signal,
  });
  return folder.id;
}

export async function loadTargets(
  ctx: ToolContext,
  args: TargetArguments,
  options: { excludeFolderIds?: readonly string[] } = {},
): Promise<MessageWire[]> {
  const anchors = await Promise.all([...new Set(args.ids)].map((id) => getMessage(ctx, id, TARGET_SELECT)));
  if (args.scope !== 'conversation') return anchors;
  const conversations = [
    ...new Set(anchors.map((message) => message.conversationId).filter(Boolean) as string[]),
  ];
  const excluded = new Set(options.excludeFolderIds ?? []);
  const byId = new Map(anchors.map((message) => [message.id, message]));
  for (const conversationId of conversations) {
    for (const message of await conversationMessages(ctx, conversationId, TARGET_SELECT)) {
      if (byId.size >= MAX_TARGETS) break;
      if (!excluded.has(message.parentFolderId ?? '') && !message.isDraft) byId.set(message.id, message);
    }
  }
  return [...byId.values()];
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
  steps: readonly { method: string; url: string }[],
  scopes: readonly string[],
): void {
  if (results.length === 0 || results.some((result) => result.status < 400)) return;
  const first = results[0] as GraphBatchResult;
  const body = readGraphErrorBody(first.body);
  throw new GraphRequestError({
    kind: kindForStatus(first.status),
    status: first.status,
    code: body.code ?? String(first.status),
    graphMessage: body.message,
    method: steps[0]?.method ?? 'POST',
    path: steps[0]?.url ?? '/$batch',
    clientRequestId: '',
    requestId: body.requestId,
    scopes,
    ambiguous: first.status >= 500,
  });
}
