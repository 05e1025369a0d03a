import type { ToolTargets } from '../tools/define-tool';
import type { PermissionCategory, ToolArea } from './categories';

/**
 * Per-turn ceilings on side effects that reach people or remove things. They bound the damage of a model
 * that goes wrong even when every single call looks fine, so beyond them the gate denies outright.
 */
export interface TurnCaps {
  outboundMessages: number;
  recipients: number;
  deletes: number;
  shares: number;
}

export const DEFAULT_TURN_CAPS: Readonly<TurnCaps> = {
  outboundMessages: 5,
  recipients: 20,
  deletes: 25,
  shares: 3,
};

export type TurnCapUsage = TurnCaps;

export function emptyCapUsage(): TurnCapUsage {
  return { outboundMessages: 0, recipients: 0, deletes: 0, shares: 0 };
}

/** What one call adds to the counters. Sharing is a `send` in the file areas (OneDrive, OneNote). */
export function capUsageOf(area: ToolArea, category: PermissionCategory, targets: ToolTargets): TurnCapUsage {
  const usage = emptyCapUsage();
  if (category === 'send') {
    if (area === 'onedrive' || area === 'onenote') usage.shares = 1;
    else usage.outboundMessages = 1;
    usage.recipients = targets.recipients?.length ?? 0;
  }
  if (category === 'delete')
    usage.deletes = Math.max(1, (targets.itemIds?.length ?? 0) + (targets.paths?.length ?? 0));
  return usage;
}

export function addCapUsage(total: TurnCapUsage, usage: TurnCapUsage): void {
  total.outboundMessages += usage.outboundMessages;
  total.recipients += usage.recipients;
  total.deletes += usage.deletes;
  total.shares += usage.shares;
}

const CAP_WORDS: Readonly<Record<keyof TurnCaps, string>> = {
  outboundMessages: 'outgoing messages',
  recipients: 'recipients',
  deletes: 'deletions',
  shares: 'shares',
};

/** A user-facing sentence naming the first cap this call would break, or undefined. */
export function capExceeded(used: TurnCapUsage, adding: TurnCapUsage, caps: TurnCaps): string | undefined {
  for (const key of Object.keys(CAP_WORDS) as (keyof TurnCaps)[]) {
    if (adding[key] > 0 && used[key] + adding[key] > caps[key]) {
      return `This would exceed the limit of ${caps[key]} ${CAP_WORDS[key]} per request (already ${used[key]}). Ask the user to confirm in a new message and do the rest then.`;
    }
  }
  return undefined;
}
