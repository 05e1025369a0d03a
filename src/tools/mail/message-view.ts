/** Messages as a model reads them: compact, free text marked untrusted, dates in the user's zone. */
import type { Citation, ToolContext } from '../define-tool';
import { formatInstant } from '../shared/dates';
import { fromGraphRecipients, type GraphRecipient } from '../shared/recipients';
import type { MessageWire } from './mail-graph';

const PREVIEW_CHARS = 160;
const SHORT_RECIPIENTS = 3;

/** "Name <address>" with the name (free text) marked untrusted; the address stays outside the marker. */
export function senderText(
  recipient: GraphRecipient | null | undefined,
  ctx: ToolContext,
): string | undefined {
  const [parsed] = fromGraphRecipients(recipient ? [recipient] : []);
  if (!parsed) return undefined;
  return parsed.name ? `${ctx.untrusted(parsed.name)} <${parsed.address}>` : parsed.address;
}

/** Addresses only, the first few and a count: "a@x, b@y +4". */
export function shortRecipients(list: readonly GraphRecipient[] | undefined): string | undefined {
  const addresses = fromGraphRecipients(list).map((recipient) => recipient.address);
  if (addresses.length === 0) return undefined;
  const shown = addresses.slice(0, SHORT_RECIPIENTS).join(', ');
  return addresses.length > SHORT_RECIPIENTS ? `${shown} +${addresses.length - SHORT_RECIPIENTS}` : shown;
}

export function fullRecipients(list: readonly GraphRecipient[] | undefined, ctx: ToolContext): string[] {
  return fromGraphRecipients(list).map((recipient) =>
    recipient.name ? `${ctx.untrusted(recipient.name)} <${recipient.address}>` : recipient.address,
  );
}

function flagText(message: MessageWire, ctx: ToolContext): string | undefined {
  const status = message.flag?.flagStatus;
  if (!status || status === 'notFlagged') return undefined;
  const due = message.flag?.dueDateTime;
  if (status === 'flagged' && due?.dateTime) {
    // Graph usually answers in UTC (local midnight as an instant); otherwise the wall date is already local.
    const dueDay =
      due.timeZone === 'UTC'
        ? formatInstant(`${due.dateTime.slice(0, 19)}Z`, ctx.user.timeZone)?.slice(0, 14)
        : due.dateTime.slice(0, 10);
    return dueDay ? `flagged, due ${dueDay}` : 'flagged';
  }
  return status;
}

/** One list row: id, from, to (short), subject, received, preview, isRead — flag/categories/attachments when set. */
export function messageListItem(message: MessageWire, ctx: ToolContext): Record<string, unknown> {
  const preview = (message.bodyPreview ?? '').replace(/\s+/g, ' ').trim();
  const item: Record<string, unknown> = {
    id: message.id,
    from: senderText(message.from, ctx),
    to: shortRecipients(message.toRecipients),
    subject: ctx.untrusted(message.subject ?? ''),
    received: formatInstant(message.receivedDateTime, ctx.user.timeZone),
    preview: preview
      ? ctx.untrusted(preview.length > PREVIEW_CHARS ? `${preview.slice(0, PREVIEW_CHARS)}…` : preview)
      : undefined,
    isRead: message.isRead,
  };
  const flag = flagText(message, ctx);
  if (flag) item.flag = flag;
  if (message.categories && message.categories.length > 0)
    item.categories = message.categories.map((name) => ctx.untrusted(name));
  if (message.hasAttachments) item.hasAttachments = true;
  if (message.importance && message.importance !== 'normal') item.importance = message.importance;
  if (message.isDraft) item.isDraft = true;
  return item;
}

export function messageCitation(message: MessageWire): Citation {
  return {
    kind: 'message',
    id: message.id,
    title: (message.subject ?? '').slice(0, 120) || '(no subject)',
    ...(message.webLink ? { webLink: message.webLink } : {}),
  };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
