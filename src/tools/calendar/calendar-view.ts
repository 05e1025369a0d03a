/** Graph events → the compact objects the model reads, free text marked untrusted; and the approval-card views. */
import type { Citation, RecipientView, ToolContext } from '../define-tool';
import { isExternalAddress } from '../shared/recipients';
import type { AttendeeWire, EventWire } from './calendar-graph';
import { describeLocal } from './calendar-time';

/** Times of an event fetched under `Prefer: outlook.timezone` (the user's zone): "Tue 2026-11-24 14:00". */
export function eventTimes(event: EventWire): { start?: string; end?: string } {
  const allDay = event.isAllDay === true;
  return {
    start: describeLocal(event.start?.dateTime, allDay),
    // All-day ends are exclusive midnights in Graph; people read the last day.
    end: allDay
      ? describeLocal(
          event.end?.dateTime
            ? new Date(Date.parse(`${event.end.dateTime.slice(0, 10)}T00:00:00Z`) - 86_400_000).toISOString()
            : undefined,
          true,
        )
      : describeLocal(event.end?.dateTime),
  };
}

/** Attendees other than the user. */
export function otherAttendees(event: EventWire, ctx: ToolContext): AttendeeWire[] {
  const me = ctx.user.emailAddress.toLowerCase();
  return (event.attendees ?? []).filter(
    (attendee) => attendee.emailAddress?.address && attendee.emailAddress.address.toLowerCase() !== me,
  );
}

function responseCounts(attendees: readonly AttendeeWire[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const attendee of attendees) {
    const response = attendee.status?.response ?? 'none';
    counts[response] = (counts[response] ?? 0) + 1;
  }
  return counts;
}

/** One line of a calendar listing. */
export function compactEvent(event: EventWire, ctx: ToolContext): Record<string, unknown> {
  const attendees = otherAttendees(event, ctx);
  const location = event.location?.displayName;
  return {
    id: event.id,
    subject: ctx.untrusted(event.subject ?? ''),
    ...eventTimes(event),
    ...(event.isAllDay ? { isAllDay: true } : {}),
    ...(location ? { location: ctx.untrusted(location) } : {}),
    organizer: event.organizer?.emailAddress?.address,
    ...(event.isOrganizer ? { isOrganizer: true } : { myResponse: event.responseStatus?.response }),
    ...(attendees.length ? { attendees: attendees.length, responses: responseCounts(attendees) } : {}),
    ...(event.isOnlineMeeting ? { joinUrl: event.onlineMeeting?.joinUrl } : {}),
    showAs: event.showAs,
    ...(event.type && event.type !== 'singleInstance' ? { type: event.type } : {}),
    ...(event.isCancelled ? { isCancelled: true } : {}),
  };
}

export function eventCitation(event: EventWire): Citation {
  return {
    kind: 'event',
    id: event.id,
    title: event.subject ?? '',
    ...(event.webLink ? { webLink: event.webLink } : {}),
  };
}

export function attendeeViews(
  addresses: readonly { address: string; name?: string }[],
  ctx: ToolContext,
): RecipientView[] {
  return addresses.map((attendee) => ({
    address: attendee.address,
    ...(attendee.name ? { name: attendee.name } : {}),
    external: isExternalAddress(attendee.address, ctx.user.emailAddress),
  }));
}
