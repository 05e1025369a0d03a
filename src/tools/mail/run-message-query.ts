/** Runs a message query plan with bounded paging, repairing it once when Graph refuses its shape. */
import { isGraphRequestError } from '../../graph/errors';
import type { ToolContext } from '../define-tool';
import { IMMUTABLE_IDS, LIST_SELECT, MAIL_READ, type MessageWire } from './mail-graph';
import {
  REPAIRABLE_CODES,
  passesClientChecks,
  repairPlan,
  sortByReceived,
  type MessageQueryPlan,
} from './message-query';

export interface MessageQueryOutcome {
  messages: MessageWire[];
  /** The plan that answered (the repaired one after a repair). */
  plan: MessageQueryPlan;
  /** True when more matches may exist than were returned. */
  more: boolean;
}

const PAGE_SIZE = 50;
/** Results checked here are over-fetched (a few times the limit) so the limit can still be met. */
const MAX_FETCH = 250;

export async function runMessageQuery(
  ctx: ToolContext,
  path: string,
  plan: MessageQueryPlan,
  limit: number,
): Promise<MessageQueryOutcome> {
  try {
    return await fetchWith(ctx, path, plan, limit);
  } catch (error) {
    const code = isGraphRequestError(error) && error.kind === 'bad-request' ? error.code : undefined;
    const repaired =
      code && (REPAIRABLE_CODES as readonly string[]).includes(code) ? repairPlan(plan, code) : undefined;
    if (!repaired) throw error;
    return fetchWith(ctx, path, repaired, limit);
  }
}

async function fetchWith(
  ctx: ToolContext,
  path: string,
  plan: MessageQueryPlan,
  limit: number,
): Promise<MessageQueryOutcome> {
  const checksHere = plan.clientChecks.length > 0 || (plan.clientSort && plan.mode === 'filter');
  const wanted = checksHere ? Math.min(Math.max(limit * 4, limit + PAGE_SIZE), MAX_FETCH) : limit + 1;
  const fetched = await ctx.graph.getPages<MessageWire>(path, {
    query: { ...plan.query, $select: LIST_SELECT, $top: Math.min(wanted, PAGE_SIZE) },
    headers: IMMUTABLE_IDS,
    scopes: MAIL_READ,
    signal: ctx.signal,
    maxItems: wanted,
  });
  const checked = fetched.filter((message) => passesClientChecks(message, plan));
  const ordered = plan.clientSort ? sortByReceived(checked, plan.order) : checked;
  return {
    messages: ordered.slice(0, limit),
    plan,
    more: ordered.length > limit || fetched.length >= wanted,
  };
}
