import type { ModelMessage } from '../llm/model';
import type { TurnCapUsage } from '../permissions/turn-caps';
import type { ProvenanceSnapshot } from '../security/provenance';
import type { AuditEntry } from './audit-log';
import type { PendingApproval } from './approvals';
import type { TurnEndReason, TurnUsage } from './events';
import type { PlannedCall } from './tool-calls';

/**
 * What the driver does next. A union instead of flags: each state carries exactly the data it needs, and
 * `awaiting-approval` is plain data so a paused turn survives a reload.
 */
export type ControlState =
  | { kind: 'run-again' }
  | { kind: 'awaiting-approval'; step: number; plan: PlannedCall[]; approvals: PendingApproval[] }
  | { kind: 'final'; reason: TurnEndReason; message?: string }
  | { kind: 'failed'; code: string; message: string };

/** The serialisable part of a turn in progress. */
export interface TurnState {
  turnId: string;
  step: number;
  usage: TurnUsage;
  activeMs: number;
  capsUsed: TurnCapUsage;
}

/** What the pane sees of the session right now. */
export type SessionStatus =
  | { kind: 'idle' }
  | { kind: 'running'; turnId: string }
  | { kind: 'awaiting-approval'; turnId: string; approvals: PendingApproval[] };

/** Where a call to `run`, `approve`, `deny` or `approveAll` left the turn. */
export type TurnProgress =
  | { kind: 'awaiting-approval'; turnId: string; approvals: PendingApproval[] }
  | { kind: 'ended'; turnId: string; reason: TurnEndReason; message?: string }
  /** Other approvals of the step are still open. */
  | { kind: 'still-pending'; turnId: string; approvals: PendingApproval[] };

export interface AgentSessionSnapshot {
  version: 1;
  nonce: string;
  messages: ModelMessage[];
  provenance: ProvenanceSnapshot;
  audit: { capacity: number; entries: AuditEntry[] };
  /** Present when the session was saved while waiting for approval. */
  paused?: { turn: TurnState; control: Extract<ControlState, { kind: 'awaiting-approval' }> };
}
