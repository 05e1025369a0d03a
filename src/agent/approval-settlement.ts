import { decide } from '../permissions/decide';
import { addCapUsage, capExceeded, capUsageOf, type TurnCapUsage } from '../permissions/turn-caps';
import type { ProvenanceTracker } from '../security/provenance';
import { applyEdits } from './approvals';
import { ApprovalError } from './errors';
import type { SessionCore } from './turn-driver';

/** The user's answer to one approval card. */
export type SettlementDecision =
  { kind: 'approve'; editedArgs?: Record<string, unknown> } | { kind: 'deny'; reason?: string };

/**
 * Records the user's answer on a pending call of the paused step. Edits are validated again and the gate runs
 * again on them (deny and caps still apply; what the user typed counts as their own words).
 */
export function settlePending(core: SessionCore, id: string, decision: SettlementDecision): void {
  const turn = core.turn;
  if (!turn || turn.control.kind !== 'awaiting-approval')
    throw new ApprovalError('not-awaiting', 'No action is waiting for approval.');
  const control = turn.control;
  const call = control.plan.find((entry) => entry.toolCallId === id && entry.status.kind === 'pending');
  const approval = control.approvals.find((entry) => entry.id === id);
  if (!call || !approval) throw new ApprovalError('unknown-approval', `No pending approval with id '${id}'.`);
  const tool = core.catalogByName.get(call.toolName);
  const used = turn.state.capsUsed;
  const originalUsage = tool
    ? capUsageOf(tool.area, call.category, tool.targets?.(call.args) ?? {})
    : undefined;
  if (decision.kind === 'deny') {
    call.status = decision.reason?.trim()
      ? { kind: 'declined', reason: decision.reason.trim() }
      : { kind: 'declined' };
    if (originalUsage) subtractUsage(used, originalUsage);
    return;
  }
  if (!decision.editedArgs || !tool) {
    call.status = { kind: 'approved' };
    return;
  }
  const edited = applyEdits(approval, tool, decision.editedArgs);
  // What the user typed on the card is the user's own words.
  addUserValues(core.provenance, decision.editedArgs);
  const verdict = decide(tool, edited, core.settings(), core.provenance);
  if (originalUsage) subtractUsage(used, originalUsage);
  const newUsage = capUsageOf(tool.area, verdict.category, tool.targets?.(edited) ?? {});
  const exceeded = capExceeded(used, newUsage, core.limits().caps);
  call.args = edited;
  if (verdict.kind === 'deny' || exceeded) {
    call.status = { kind: 'blocked', message: verdict.kind === 'deny' ? verdict.message : (exceeded ?? '') };
    return;
  }
  addCapUsage(used, newUsage);
  call.category = verdict.category;
  call.status = { kind: 'edited' };
}

function subtractUsage(total: TurnCapUsage, usage: TurnCapUsage): void {
  total.outboundMessages = Math.max(0, total.outboundMessages - usage.outboundMessages);
  total.recipients = Math.max(0, total.recipients - usage.recipients);
  total.deletes = Math.max(0, total.deletes - usage.deletes);
  total.shares = Math.max(0, total.shares - usage.shares);
}

function addUserValues(provenance: ProvenanceTracker, value: unknown): void {
  if (typeof value === 'string') provenance.addUserText(value);
  else if (Array.isArray(value)) value.forEach((entry) => addUserValues(provenance, entry));
  else if (value && typeof value === 'object')
    Object.values(value).forEach((entry) => addUserValues(provenance, entry));
}
