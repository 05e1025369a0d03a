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
  const anchors = await getMessages(ctx, [...new Set(args.ids)]);
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

/**
 * The given messages in one `$batch` (Outlook allows 4 concurrent requests per mailbox, so no fan-out of GETs).
 * Any id that cannot be read fails the whole call before anything is changed.
 */
async function getMessages(ctx: ToolContext, ids: readonly string[]): Promise<MessageWire[]> {
  if (ids.length === 1) return [await getMessage(ctx, ids[0] as string, TARGET_SELECT)];
  const steps = ids.map((id, index) => ({
    id: String(index + 1),
    method: 'GET' as const,
    url: `${messagePath(id)}?$select=${TARGET_SELECT}`,
    headers: IMMUTABLE_IDS,
  }));
  const results = await ctx.graph.batch(steps, { scopes: MAIL_READ, signal: ctx.signal });
  const failed = results.findIndex((result) => result.status >= 400);
  if (failed >= 0)
    throw batchStepError(results[failed] as GraphBatchResult, steps[failed] as BatchStep, MAIL_READ);
  return results.map((result) => result.body as MessageWire);
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
