/** Calendar reads: events in a range (series expanded), one event, and the user's calendars. */
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { bodyHtmlToModelText, bodyTextToModelText } from '../shared/html-text';
import { textWindow } from '../shared/text-window';
import { encodeGraphId } from '../../graph/types';
import {
  CALENDAR_READ,
  EVENT_LIST_SELECT,
  eventPath,
  userZoneHeaders,
  type EventWire,
} from './calendar-graph';
import { CalendarToolError } from './calendar-errors';
import {
  checkLocal,
  instantOf,
  localDateTimeSchema,
  timeZoneSchema,
  withSeconds,
  zoneOrUser,
} from './calendar-time';
import { compactEvent, eventCitation, eventTimes, otherAttendees } from './calendar-view';

const MAX_EVENTS = 100;

export const listEventsInput = z.object({
  start: localDateTimeSchema.describe('Local start of the range, e.g. "2026-11-23" or "2026-11-23T08:00".'),
  end: localDateTimeSchema.describe('Local end of the range (exclusive), e.g. "2026-11-30".'),
  timeZone: timeZoneSchema.optional().describe("Zone of start/end; default the user's."),
  calendarId: z.string().min(1).optional(),
  limit: z.number().int().min(1).max(MAX_EVENTS).default(50),
});

/** Range → UTC instants for calendarView (read with their own offset by Graph). */
export function rangeQuery(
  input: { start: string; end: string; timeZone?: string },
  ctx: Parameters<typeof zoneOrUser>[1],
) {
  const zone = zoneOrUser(input.timeZone, ctx);
  checkLocal(input.start, 'start');
  checkLocal(input.end, 'end');
  const start = instantOf(input.start, zone);
  const end = instantOf(input.end, zone);
  if (end <= start)
    throw new CalendarToolError(
      'end-before-start',
      `The range ends (${input.end}) before it starts (${input.start}).`,
    );
  return { startDateTime: new Date(start).toISOString(), endDateTime: new Date(end).toISOString() };
}

export const calendarListEvents = defineTool({
  name: 'calendar_list_events',
  area: 'calendar',
  category: 'read',
  description:
    "Events in a date range (recurring meetings expanded), times in the user's zone with weekday: subject, location, organizer, attendee responses, Teams link, showAs. Max 100.",
  input: listEventsInput,
  graph: ['GET /me/calendarView', 'GET /me/calendars/{calendar-id}/calendarView'],
  scopes: CALENDAR_READ,
  async run(args, ctx) {
    const range = rangeQuery(args, ctx);
    const path = args.calendarId
      ? `/me/calendars/${encodeGraphId(args.calendarId)}/calendarView`
      : '/me/calendarView';
    const events = await ctx.graph.getPages<EventWire>(path, {
      query: {
        ...range,
        $select: EVENT_LIST_SELECT,
        $orderby: 'start/dateTime',
        $top: Math.min(args.limit, 50),
      },
      headers: userZoneHeaders(ctx),
      scopes: CALENDAR_READ,
      signal: ctx.signal,
      maxItems: args.limit,
    });
    return {
      content: {
        timeZone: zoneOrUser(undefined, ctx).iana,
        range: { start: withSeconds(args.start).slice(0, 16), end: withSeconds(args.end).slice(0, 16) },
        events: events.map((event) => compactEvent(event, ctx)),
        ...(events.length >= args.limit
          ? { note: `Showing the first ${args.limit}; narrow the range for more.` }
          : {}),
      },
      citations: events.map(eventCitation),
      summary: `Read ${events.length} event${events.length === 1 ? '' : 's'}`,
    };
  },
});

const BODY_CHARS = 3000;

export const calendarGetEvent = defineTool({
  name: 'calendar_get_event',
  area: 'calendar',
  category: 'read',
  description:
    "One event by id: times in the user's zone, attendees with responses, Teams join link, recurrence, body as text (capped; read on with offset).",
  input: z.object({ eventId: z.string().min(1), offset: z.number().int().min(0).default(0) }),
  graph: ['GET /me/events/{event-id}'],
  scopes: CALENDAR_READ,
  async run(args, ctx) {
    const event = await ctx.graph.get<EventWire>(eventPath(args.eventId), {
      query: {
        $select: `${EVENT_LIST_SELECT},body,recurrence,importance,sensitivity,reminderMinutesBeforeStart,isReminderOn,allowNewTimeProposals`,
      },
      headers: userZoneHeaders(ctx),
      scopes: CALENDAR_READ,
      signal: ctx.signal,
    });
    const raw = event.body?.content ?? '';
    const body = event.body?.contentType === 'html' ? bodyHtmlToModelText(raw) : bodyTextToModelText(raw);
    const window = textWindow(body.text, args.offset, BODY_CHARS);
    const location = event.location?.displayName;
    return {
      content: {
        id: event.id,
        subject: ctx.untrusted(event.subject ?? ''),
        ...eventTimes(event),
        ...(event.isAllDay ? { isAllDay: true } : {}),
        timeZone: zoneOrUser(undefined, ctx).iana,
        ...(location ? { location: ctx.untrusted(location) } : {}),
        organizer: event.organizer?.emailAddress?.address,
        isOrganizer: event.isOrganizer === true,
        ...(event.isOrganizer ? {} : { myResponse: event.responseStatus?.response }),
        attendees: otherAttendees(event, ctx).map((attendee) => ({
          address: attendee.emailAddress?.address,
          ...(attendee.emailAddress?.name && attendee.emailAddress.name !== attendee.emailAddress.address
            ? { name: ctx.untrusted(attendee.emailAddress.name) }
            : {}),
          type: attendee.type,
          response: attendee.status?.response,
        })),
        ...(event.isOnlineMeeting ? { joinUrl: event.onlineMeeting?.joinUrl } : {}),
        showAs: event.showAs,
        type: event.type,
        ...(event.recurrence ? { recurrence: event.recurrence } : {}),
        ...(event.isCancelled ? { isCancelled: true } : {}),
        allowNewTimeProposals: event.allowNewTimeProposals,
        body: ctx.untrusted(window.text),
        ...(window.truncated ? { bodyNextOffset: window.nextOffset, bodyTotalChars: window.totalChars } : {}),
      },
      citations: [eventCitation(event)],
      summary: 'Read 1 event',
    };
  },
});

interface CalendarWire {
  id: string;
  name?: string;
  isDefaultCalendar?: boolean;
  canEdit?: boolean;
  owner?: { address?: string };
}

export const calendarListCalendars = defineTool({
  name: 'calendar_list_calendars',
  area: 'calendar',
  category: 'read',
  description: "The user's calendars: id, name, default flag, whether editable.",
  input: z.object({}),
  graph: ['GET /me/calendars'],
  scopes: CALENDAR_READ,
  async run(_args, ctx) {
    const calendars = await ctx.graph.getPages<CalendarWire>('/me/calendars', {
      query: { $select: 'id,name,isDefaultCalendar,canEdit,owner' },
      scopes: CALENDAR_READ,
      signal: ctx.signal,
      maxItems: 100,
    });
    return {
      content: calendars.map((calendar) => ({
        id: calendar.id,
        name: ctx.untrusted(calendar.name ?? ''),
        ...(calendar.isDefaultCalendar ? { isDefault: true } : {}),
        canEdit: calendar.canEdit,
      })),
      summary: `Read ${calendars.length} calendar${calendars.length === 1 ? '' : 's'}`,
    };
  },
});
