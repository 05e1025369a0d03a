import type { PermissionCategory } from '../permissions/categories';
import { redactSecrets } from './redact';

/** How the call was let through, or why not. */
export type AuditDecision =
  'auto' | 'approved' | 'edited' | 'denied' | 'disabled' | 'invalid' | 'unknown' | 'cancelled';

export type AuditOutcome = { status: 'ok' } | { status: 'error'; code: string } | { status: 'not-run' };

export interface AuditEntry {
  /** ISO time the call was received from the model. */
  time: string;
  turnId: string;
  toolCallId: string;
  tool: string;
  category?: PermissionCategory;
  /** Arguments with secrets redacted (validated args when valid, else the raw text). */
  arguments: unknown;
  decision: AuditDecision;
  /** Why the gate asked (settings or provenance), for calls that needed approval. */
  reasons?: string[];
  outcome: AuditOutcome;
  durationMs: number;
  /** Graph `client-request-id`s of the calls the tool made, for support cases. */
  graphRequestIds: string[];
}

export const DEFAULT_AUDIT_CAPACITY = 500;

/** Bounded, serialisable record of every tool call; the oldest entries go first. */
export class AuditLog {
  private items: AuditEntry[];

  constructor(
    readonly capacity: number = DEFAULT_AUDIT_CAPACITY,
    entries: readonly AuditEntry[] = [],
  ) {
    this.items = entries.slice(-capacity);
  }

  static fromJSON(data: { capacity?: number; entries: AuditEntry[] }): AuditLog {
    return new AuditLog(data.capacity ?? DEFAULT_AUDIT_CAPACITY, data.entries);
  }

  record(entry: AuditEntry): AuditEntry {
    const stored: AuditEntry = {
      ...entry,
      arguments: redactSecrets(entry.arguments),
      graphRequestIds: entry.graphRequestIds.slice(),
    };
    this.items.push(stored);
    if (this.items.length > this.capacity) this.items.splice(0, this.items.length - this.capacity);
    return stored;
  }

  entries(): readonly AuditEntry[] {
    return this.items;
  }

  toJSON(): { capacity: number; entries: AuditEntry[] } {
    return { capacity: this.capacity, entries: this.items.slice() };
  }

  /** Pretty JSON for "Export activity". */
  exportJson(): string {
    return JSON.stringify(this.items, null, 2);
  }
}
