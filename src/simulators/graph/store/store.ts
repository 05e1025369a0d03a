/**
 * The whole in-memory tenant. Plain JSON-serialisable records (what `GET /_sim/state` returns); routes read and
 * write it directly, and convert records to wire JSON themselves. Area files under `store/` own their records.
 */
import type { CalendarStore } from './calendar';
import type { ItemBody, Recipient } from './common';
import type { MailStore } from './mail';
import type { DriveStore } from './onedrive';
import type { OneNoteStore } from './onenote';
import type { TodoStore } from './todo';
import type { PersonRecord, UserRecord } from './users';

/** Everything the tenant "sent" to someone else: mail, meeting requests/responses/cancellations, forwards. */
export interface OutboxEntry {
  kind: 'mail' | 'meeting-request' | 'meeting-response' | 'meeting-cancellation' | 'event-forward';
  sentDateTime: string;
  subject: string;
  from: Recipient;
  toRecipients: Recipient[];
  ccRecipients: Recipient[];
  bccRecipients: Recipient[];
  body: ItemBody | null;
  attachmentNames: string[];
  /** The message in Sent Items (when saved) or the event concerned. */
  messageId?: string;
  eventId?: string;
  /** accept/decline/tentativelyAccept, for meeting responses. */
  response?: string;
  comment?: string;
}

export interface GraphStore {
  /** The simulator's clock ("now"), ISO 8601 UTC. Routes read it through `ctx.now()`. */
  now: string;
  user: UserRecord;
  people: PersonRecord[];
  mail: MailStore;
  calendar: CalendarStore;
  todo: TodoStore;
  drive: DriveStore;
  onenote: OneNoteStore;
  outbox: OutboxEntry[];
}
