/**
 * `sendDraftOnce` for a draft this call has already read or created: Graph returned its `internetMessageId` (the
 * dedup key) from `POST /me/messages`, `createReply`… or the draft read, so safe-send need not read it again.
 */
import { sendDraftOnce, type SendOutcome } from '../../graph/safe-send';
import type { ToolContext } from '../define-tool';
import type { MessageWire } from './mail-graph';

export function sendKnownDraft(
  ctx: ToolContext,
  draft: Pick<MessageWire, 'id' | 'internetMessageId' | 'isDraft'>,
): Promise<SendOutcome> {
  // Without the key (or with a message that is no draft) safe-send reads the draft and decides.
  const known = draft.isDraft === true ? draft.internetMessageId : undefined;
  return sendDraftOnce(ctx.graph, draft.id, { signal: ctx.signal, internetMessageId: known ?? undefined });
}
