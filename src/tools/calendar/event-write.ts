/**
 * Create and update events. Without attendees these are `draft` (the user's own calendar, nobody notified); with
 * attendees the same tools are `send`, because Graph mails invitations or updates to everyone on the meeting.
 */
import { z } from 'zod';
import { encodeGraphId } from '../../graph/types';
import {
  defineTool,
  type PreviewField,
  type PreviewWarning,
  type ToolContext,
  type ToolPreview,
} from '../define-tool';
import { formatInstant } from '../shared/dates';
import {
  parseRecipients,
  recipientListSchema,
  uniqueRecipients,
  type ParsedRecipient,
} from '../shared/recipients';
import { CalendarToolError } from './calendar-errors';
import {
  CALENDAR_READ,
  CALENDAR_WRITE,
  EVENT_LIST_SELECT,
  eventPath,
  userZoneHeaders,
  type AttendeeWire,
  type EventWire,
} from './calendar-graph';
import {
  instantOf,
  localDateTimeSchema,
  planEventTimes,
  timeZoneSchema,
  zoneOrUser,
  type PlannedTimes,
} from './calendar-time';
import { attendeeViews, compactEvent, eventCitation, eventTimes, otherAttendees } from './calendar-view';
import { conflictMessage, findConflicts } from './conflicts';

const SHOW_AS = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere'] as const;

const eventFields = {
  subject: z.string().trim().min(1).max(255),
  start: localDateTimeSchema.describe('Local start "YYYY-MM-DDTHH:mm", or a date for all-day events.'),
  end: localDateTimeSchema.optional().describe('Local end; for all-day events the last day (inclusive).'),
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(1440 * 14)
    .optional()
    .describe('Instead of end; default 30.'),
  timeZone: timeZoneSchema.optional().describe("IANA or Windows zone of start/end; default the user's."),
  isAllDay: z.boolean().optional(),
  location: z.string().trim().max(255).optional(),
  body: z.string().max(20000).optional().describe('Plain text.'),
  reminderMinutes: z.number().int().min(0).max(40320).optional(),
  showAs: z.enum(SHOW_AS).optional(),
  teamsMeeting: z.boolean().optional(),
};

export const createEventInput = z.object({
  ...eventFields,
  attendees: recipientListSchema.optional().describe('Required attendees; invitations are sent.'),
  optionalAttendees: recipientListSchema.optional(),
  calendarId: z.string().min(1).optional(),
});
type CreateEventArgs = z.infer<typeof createEventInput>;

function attendeesOf(args: { attendees?: string[]; optionalAttendees?: string[] }, ctx: ToolContext) {
  const me = ctx.user.emailAddress.toLowerCase();
  const required = uniqueRecipients(parseRecipients(args.attendees)).filter(
    (person) => person.address.toLowerCase() !== me,
  );
  const optional = uniqueRecipients(parseRecipients(args.optionalAttendees)).filter(
    (person) =>
      person.address.toLowerCase() !== me &&
      !required.some((other) => other.address.toLowerCase() === person.address.toLowerCase()),
  );
  return { required, optional, all: [...required, ...optional] };
}

function attendeeWire(person: ParsedRecipient, type: 'required' | 'optional'): AttendeeWire {
  return {
    type,
    emailAddress: person.name ? { address: person.address, name: person.name } : { address: person.address },
  };
}

function externalWarnings(people: readonly ParsedRecipient[], ctx: ToolContext): PreviewWarning[] {
  return attendeeViews(people, ctx)
    .filter((person) => person.external)
    .map((person) => ({
      code: 'external-recipient' as const,
      message: `${person.address} is outside your organisation and will receive the invitation.`,
    }));
}

async function conflictWarnings(
  ctx: ToolContext,
  times: PlannedTimes,
  excludeId?: string,
): Promise<PreviewWarning[]> {
  const conflicts = await findConflicts(ctx, times.startInstant, times.endInstant, excludeId);
  return conflicts.length ? [{ code: 'conflict', message: conflictMessage(conflicts) }] : [];
}

function optionalFields(args: Partial<CreateEventArgs>): PreviewField[] {
  return [
    ...(args.location !== undefined
      ? [{ label: 'Location', value: args.location, editableArg: 'location' }]
      : []),
    ...(args.teamsMeeting !== undefined
      ? [{ label: 'Teams meeting', value: args.teamsMeeting ? 'yes' : 'no' }]
      : []),
    ...(args.showAs ? [{ label: 'Show as', value: args.showAs }] : []),
    ...(args.reminderMinutes !== undefined
      ? [{ label: 'Reminder', value: `${args.reminderMinutes} minutes before` }]
      : []),
  ];
}

/** The writable properties the arguments set, as Graph takes them. */
function eventBody(args: Partial<CreateEventArgs>, times: PlannedTimes | undefined): Record<string, unknown> {
  return {
    ...(args.subject !== undefined ? { subject: args.subject } : {}),
    ...(times ? { start: times.start, end: times.end, isAllDay: times.isAllDay } : {}),
    ...(args.location !== undefined ? { location: { displayName: args.location } } : {}),
    ...(args.body !== undefined ? { body: { contentType: 'text', content: args.body } } : {}),
    ...(args.reminderMinutes !== undefined
      ? { isReminderOn: true, reminderMinutesBeforeStart: args.reminderMinutes }
      : {}),
    ...(args.showAs
      ? { showAs: args.showAs }
      : times?.isAllDay && args.subject !== undefined
        ? { showAs: 'free' }
        : {}),
    ...(args.teamsMeeting !== undefined
      ? {
          isOnlineMeeting: args.teamsMeeting,
          ...(args.teamsMeeting ? { onlineMeetingProvider: 'teamsForBusiness' } : {}),
        }
      : {}),
  };
}

export const calendarCreateEvent = defineTool({
  name: 'calendar_create_event',
  area: 'calendar',
  category: {
    categories: ['draft', 'send'],
    of: (args) => (args.attendees?.length || args.optionalAttendees?.length ? 'send' : 'draft'),
  },
  description:
    "Creates an event in the user's calendar. With attendees it sends invitations. Times are local in timeZone (default the user's); optional Teams meeting. Rejects an end before the start.",
  input: createEventInput,
  graph: ['POST /me/events', 'POST /me/calendars/{calendar-id}/events', 'GET /me/calendarView'],
  scopes: CALENDAR_WRITE,
  async preview(args, ctx): Promise<ToolPreview> {
    const times = planEventTimes(args, ctx);
    const people = attendeesOf(args, ctx);
    const inviting = people.all.length > 0;
    return {
      title: inviting
        ? `Send meeting invitation to ${people.all.length} ${people.all.length === 1 ? 'person' : 'people'}`
        : 'Add event to your calendar',
      fields: [
        { label: 'Subject', value: args.subject, kind: 'subject', editableArg: 'subject' },
        { label: 'When', value: times.summary, kind: 'time' },
        ...(people.required.length
          ? [
              {
                label: 'Attendees',
                value: people.required.map((person) => person.address).join(', '),
                kind: 'recipients' as const,
                recipients: attendeeViews(people.required, ctx),
                editableArg: 'attendees',
              },
            ]
          : []),
        ...(people.optional.length
          ? [
              {
                label: 'Optional',
                value: people.optional.map((person) => person.address).join(', '),
                kind: 'recipients' as const,
                recipients: attendeeViews(people.optional, ctx),
                editableArg: 'optionalAttendees',
              },
            ]
          : []),
        ...optionalFields(args),
      ],
      ...(args.body ? { body: args.body.slice(0, 1000), bodyArg: 'body' } : {}),
      warnings: [...externalWarnings(people.all, ctx), ...(await conflictWarnings(ctx, times))],
    };
  },
  targets(args) {
    const people = [...(args.attendees ?? []), ...(args.optionalAttendees ?? [])];
    return people.length
      ? {
          recipients: parseRecipients(people).map((person) => person.address),
          outgoingText: [args.subject, args.body ?? '', args.location ?? ''],
        }
      : {};
  },
  async run(args, ctx) {
    const times = planEventTimes(args, ctx);
    const people = attendeesOf(args, ctx);
    const path = args.calendarId ? `/me/calendars/${encodeGraphId(args.calendarId)}/events` : '/me/events';
    const conflicts = await findConflicts(ctx, times.startInstant, times.endInstant);
    const created = await ctx.graph.post<EventWire>(
      path,
      {
        ...eventBody(args, times),
        ...(people.all.length
          ? {
              attendees: [
                ...people.required.map((person) => attendeeWire(person, 'required')),
                ...people.optional.map((person) => attendeeWire(person, 'optional')),
              ],
            }
          : {}),
      },
      { headers: userZoneHeaders(ctx), scopes: CALENDAR_WRITE, signal: ctx.signal },
    );
    return {
      content: {
        created: compactEvent(created, ctx),
        ...(people.all.length ? { invitationsSentTo: people.all.map((person) => person.address) } : {}),
        ...(conflicts.length
          ? {
              conflicts: conflicts.map((conflict) => ({
                ...conflict,
                subject: ctx.untrusted(conflict.subject),
              })),
            }
          : {}),
      },
      citations: [eventCitation(created)],
      summary: people.all.length
        ? `Sent invitation "${args.subject}" to ${people.all.length}`
        : `Created event "${args.subject}"`,
    };
  },
});

export const updateEventInput = z.object({
  eventId: z.string().min(1),
  ...eventFields,
  subject: eventFields.subject.optional(),
  start: eventFields.start.optional(),
  addAttendees: recipientListSchema.optional(),
  removeAttendees: recipientListSchema.optional(),
  notifyAttendees: z
    .boolean()
    .optional()
    .describe('Must be true to change a meeting that has attendees (they receive the update).'),
});
type UpdateEventArgs = z.infer<typeof updateEventInput>;

const CHANGE_KEYS = [
  'subject',
  'start',
  'end',
  'durationMinutes',
  'isAllDay',
  'location',
  'body',
  'reminderMinutes',
  'showAs',
  'teamsMeeting',
  'addAttendees',
  'removeAttendees',
] as const;

async function loadEvent(ctx: ToolContext, eventId: string): Promise<EventWire> {
  return ctx.graph.get<EventWire>(eventPath(eventId), {
    query: { $select: EVENT_LIST_SELECT },
    headers: userZoneHeaders(ctx),
    scopes: CALENDAR_READ,
    signal: ctx.signal,
  });
}

/** "2026-11-24T14:00" of an instant in a zone (for re-planning times when only one end moves). */
function localIn(instant: number, ianaZone: string): string {
  return (formatInstant(new Date(instant).toISOString(), ianaZone) ?? '').slice(4).replace(' ', 'T');
}

interface UpdatePlan {
  event: EventWire;
  times?: PlannedTimes;
  attendees?: AttendeeWire[];
  added: ParsedRecipient[];
  notified: ParsedRecipient[];
}

async function planUpdate(args: UpdateEventArgs, ctx: ToolContext): Promise<UpdatePlan> {
  if (!CHANGE_KEYS.some((key) => args[key] !== undefined))
    throw new CalendarToolError('nothing-to-change', 'Nothing to change: give at least one field to update.');
  const event = await loadEvent(ctx, args.eventId);
  const existing = otherAttendees(event, ctx);
  const added = uniqueRecipients(parseRecipients(args.addAttendees)).filter(
    (person) =>
      !existing.some(
        (attendee) => attendee.emailAddress?.address?.toLowerCase() === person.address.toLowerCase(),
      ),
  );
  const removed = new Set(
    parseRecipients(args.removeAttendees).map((person) => person.address.toLowerCase()),
  );
  const meetingChange = CHANGE_KEYS.some(
    (key) => args[key] !== undefined && !['reminderMinutes', 'showAs'].includes(key),
  );
  if (!event.isOrganizer && meetingChange)
    throw new CalendarToolError(
      'not-organizer',
      "You are not the organizer of this meeting, so you can't change it; use calendar_respond_to_event to reply or propose a new time.",
    );
  const finalAttendees = [
    ...(event.attendees ?? []).filter(
      (attendee) => !removed.has(attendee.emailAddress?.address?.toLowerCase() ?? ''),
    ),
    ...added.map((person) => attendeeWire(person, 'required')),
  ];
  const notified = finalAttendees
    .filter(
      (attendee) =>
        attendee.emailAddress?.address &&
        attendee.emailAddress.address.toLowerCase() !== ctx.user.emailAddress.toLowerCase(),
    )
    .map((attendee) => ({
      address: attendee.emailAddress?.address as string,
      ...(attendee.emailAddress?.name ? { name: attendee.emailAddress.name } : {}),
    }));
  if ((existing.length > 0 || added.length > 0) && meetingChange && args.notifyAttendees !== true)
    throw new CalendarToolError(
      'notify-required',
      'This meeting has attendees, who will receive the update. Call again with notifyAttendees: true to send it.',
    );
  let times: PlannedTimes | undefined;
  const timeChange =
    args.start !== undefined ||
    args.end !== undefined ||
    args.durationMinutes !== undefined ||
    args.isAllDay !== undefined;
  if (timeChange) {
    const userZone = zoneOrUser(undefined, ctx);
    const zone = zoneOrUser(args.timeZone, ctx);
    // Fetched under Prefer in the user's zone: wall-clock values there.
    const oldStart = instantOf((event.start?.dateTime ?? '').slice(0, 16), userZone);
    const oldEnd = instantOf((event.end?.dateTime ?? '').slice(0, 16), userZone);
    const start =
      args.start ?? (args.isAllDay ? event.start?.dateTime.slice(0, 10) : localIn(oldStart, zone.iana));
    const keepDuration = args.end === undefined && args.durationMinutes === undefined && !args.isAllDay;
    times = planEventTimes(
      {
        start: start as string,
        end: args.end,
        durationMinutes: keepDuration ? Math.round((oldEnd - oldStart) / 60_000) : args.durationMinutes,
        timeZone: args.timeZone,
        isAllDay: args.isAllDay ?? (event.isAllDay === true && args.start?.length === 10),
      },
      ctx,
    );
  }
  return {
    event,
    times,
    ...(added.length || removed.size ? { attendees: finalAttendees } : {}),
    added,
    notified: meetingChange ? notified : [],
  };
}

export const calendarUpdateEvent = defineTool({
  name: 'calendar_update_event',
  area: 'calendar',
  category: {
    categories: ['draft', 'send'],
    of: (args) => (args.addAttendees?.length || args.notifyAttendees ? 'send' : 'draft'),
  },
  description:
    'Changes an event: subject, time, location, body, reminder, show-as, Teams, attendees. A meeting with attendees needs notifyAttendees: true (they get the update). Organizer only.',
  input: updateEventInput,
  graph: ['GET /me/events/{event-id}', 'PATCH /me/events/{event-id}', 'GET /me/calendarView'],
  scopes: CALENDAR_WRITE,
  async preview(args, ctx): Promise<ToolPreview> {
    const plan = await planUpdate(args, ctx);
    const before = eventTimes(plan.event);
    return {
      title: plan.notified.length
        ? `Send meeting update to ${plan.notified.length} ${plan.notified.length === 1 ? 'person' : 'people'}`
        : 'Change event',
      fields: [
        { label: 'Event', value: plan.event.subject ?? '', kind: 'subject' },
        ...(args.subject !== undefined
          ? [{ label: 'New subject', value: args.subject, kind: 'subject' as const, editableArg: 'subject' }]
          : []),
        ...(plan.times
          ? [
              {
                label: 'When',
                value: `${before.start} – ${before.end} → ${plan.times.summary}`,
                kind: 'time' as const,
              },
            ]
          : []),
        ...(plan.notified.length
          ? [
              {
                label: 'Attendees notified',
                value: plan.notified.map((person) => person.address).join(', '),
                kind: 'recipients' as const,
                recipients: attendeeViews(plan.notified, ctx),
              },
            ]
          : []),
        ...(args.removeAttendees?.length
          ? [{ label: 'Removed', value: args.removeAttendees.join(', ') }]
          : []),
        ...optionalFields(args),
      ],
      ...(args.body ? { body: args.body.slice(0, 1000), bodyArg: 'body' } : {}),
      warnings: [
        ...externalWarnings(plan.notified, ctx),
        ...(plan.times ? await conflictWarnings(ctx, plan.times, args.eventId) : []),
      ],
    };
  },
  targets(args) {
    const recipients = parseRecipients(args.addAttendees).map((person) => person.address);
    return {
      itemIds: [args.eventId],
      ...(recipients.length ? { recipients } : {}),
      ...(args.notifyAttendees
        ? { outgoingText: [args.subject ?? '', args.body ?? '', args.location ?? ''] }
        : {}),
    };
  },
  async run(args, ctx) {
    const plan = await planUpdate(args, ctx);
    const conflicts = plan.times
      ? await findConflicts(ctx, plan.times.startInstant, plan.times.endInstant, args.eventId)
      : [];
    const updated = await ctx.graph.patch<EventWire>(
      eventPath(args.eventId),
      { ...eventBody(args, plan.times), ...(plan.attendees ? { attendees: plan.attendees } : {}) },
      { headers: userZoneHeaders(ctx), scopes: CALENDAR_WRITE, signal: ctx.signal },
    );
    return {
      content: {
        updated: compactEvent(updated, ctx),
        ...(plan.notified.length ? { updateSentTo: plan.notified.map((person) => person.address) } : {}),
        ...(conflicts.length
          ? {
              conflicts: conflicts.map((conflict) => ({
                ...conflict,
                subject: ctx.untrusted(conflict.subject),
              })),
            }
          : {}),
      },
      citations: [eventCitation(updated)],
      summary: plan.notified.length
        ? `Sent update of "${updated.subject ?? ''}" to ${plan.notified.length}`
        : `Updated event "${updated.subject ?? ''}"`,
    };
  },
});
