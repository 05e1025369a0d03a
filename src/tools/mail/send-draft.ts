/**
 * `sendDraftOnce` for a draft this call has already read or created. safe-send reads the draft's
 * `internetMessageId` (its dedup key) before sending; when the tool already holds it — Graph returns it from
 * `POST /me/messages`, `createReply`… and the draft read — that read is one round trip too many. The check that
 * guards an ambiguous failure is the same: Sent Items by internetMessageId, then the draft itself.
 */
import { isGraphRequestError } from '../../graph/errors';
import {
  sendDraftOnce,
  sendWithDedup,
  sentItemsHasInternetMessageId,
  type SendOutcome,
} from '../../graph/safe-send';
import type { ToolContext } from '../define-tool';
import { MAIL_READ, MAIL_SEND, messagePath, type MessageWire } from './mail-graph';

export async function sendKnownDraft(
  ctx: ToolContext,
  draft: Pick<MessageWire, 'id' | 'internetMessageId' | 'isDraft'>,
): Promise<SendOutcome> {
  const internetMessageId = draft.internetMessageId;
  // Without the key (or with a message that is no draft) safe-send reads and decides as before.
  if (!internetMessageId || draft.isDraft !== true)
    return sendDraftOnce(ctx.graph, draft.id, { signal: ctx.signal });
  const path = messagePath(draft.id);
  return sendWithDedup(
    ctx.graph,
    (graph) => graph.post(`${path}/send`, undefined, { scopes: MAIL_SEND, signal: ctx.signal }),
    {
      signal: ctx.signal,
      checkSent: async () => {
        if (await sentItemsHasInternetMessageId(ctx.graph, internetMessageId, ctx.signal)) return true;
        try {
          const still = await ctx.graph.get<{ isDraft?: boolean }>(path, {
            query: { $select: 'isDraft' },
            scopes: MAIL_READ,
            signal: ctx.signal,
          });
          return still.isDraft === false;
        } catch (error) {
          // A draft that vanished without a sent copy counts as sent: never twice wins.
          if (isGraphRequestError(error) && error.kind === 'not-found') return true;
          throw error;
        }
      },
    },
  );
}
