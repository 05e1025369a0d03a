/**
 * Seed section `calendar`: calendars (a default "Calendar" always exists) and events. Times are instants (ISO or
 * `now±…`) stored in the user's time zone. Area owner: calendar.
 */
import { z } from 'zod';
import { instantToLocal } from '../core/time-zones';
import type {
  AttendeeRecord,
  CalendarRecord,
  CalendarStore,
  EventRecord,
  RecurrenceRecord,
} from '../store/calendar';
import type { SeedContext } from './seed-context';
import { addressSchema, instantSchema, resolveInstant, toRecipient, userRecipient } from './seed-context';

const attendeeSeedSchema = z.union([
  addressSchema,
  z.object({
    address: z.string(),
    name: z.string().optional(),
    type: z.enum(['required', 'optional', 'resource']).optional(),
    response: z.enum(['none', 'tentativelyAccepted', 'accepted', 'declined', 'notResponded']).optional(),
  }),
]);

const eventSeedSchema = z.object({
  id: z.string().optional(),
  /** Calendar name. @default the default calendar */
  calendar: z.string().optional(),
  subject: z.string(),
  body: z.string().optional(),
  start: instantSchema,
  end: instantSchema,
  isAllDay: z.boolean().optional(),
  location: z.string().optional(),
  /** Defaults to the user (so the user is the organiser). */
  organizer: addressSchema.optional(),
  attendees: z.array(attendeeSeedSchema).optional(),
  showAs: z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']).optional(),
  response: z
    .enum(['none', 'organizer', 'tentativelyAccepted', 'accepted', 'declined', 'notResponded'])
    .optional(),
  /** Graph's patternedRecurrence, as Graph takes it. */
  recurrence: z.custom<RecurrenceRecord>((value) => typeof value === 'object' && value !== null).optional(),
  isOnlineMeeting: z.boolean().optional(),
  categories: z.array(z.string()).optional(),
  importance: z.enum(['low', 'normal', 'high']).optional(),
  sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).optional(),
  isCancelled: z.boolean().optional(),
});

export const calendarSeedSchema = z.object({
  calendars: z
    .array(z.object({ id: z.string().optional(), name: z.string(), color: z.string().optional() }))
    .optional(),
  events: z.array(eventSeedSchema).optional(),
});

export type CalendarSeed = z.infer<typeof calendarSeedSchema>;

export function loadCalendarSeed(seed: CalendarSeed | undefined, context: SeedContext): CalendarStore {
  const owner = userRecipient(context).emailAddress;
  const makeCalendar = (name: string, isDefault: boolean, id?: string, color = 'auto'): CalendarRecord => ({
    id: id ?? context.ids.outlookContainer(),
    name,
    color,
    hexColor: '',
    isDefaultCalendar: isDefault,
    canEdit: true,
    canShare: true,
    canViewPrivateItems: true,
    changeKey: context.ids.changeKey(),
    owner,
  });
  const calendars = [
    makeCalendar('Calendar', true),
    ...(seed?.calendars ?? []).map((calendar) =>
      makeCalendar(calendar.name, false, calendar.id, calendar.color),
    ),
  ];
  const timeZone = context.user.mailboxSettings.timeZone;
  const events: EventRecord[] = (seed?.events ?? []).map((event) => {
    const calendar = calendars.find(
      (candidate) => candidate.name.toLowerCase() === (event.calendar ?? 'Calendar').toLowerCase(),
    );
    if (!calendar)
      throw new Error(`Seed event '${event.subject}' names an unknown calendar '${event.calendar}'.`);
    const organizer = event.organizer ? toRecipient(event.organizer, context) : userRecipient(context);
    const isOrganizer = organizer.emailAddress.address.toLowerCase() === context.user.mail.toLowerCase();
    const created = resolveInstant('now-14d', context.now);
    const attendees: AttendeeRecord[] = (event.attendees ?? []).map((attendee) => {
      const detail = typeof attendee === 'object' && 'type' in attendee ? attendee : undefined;
      const recipient = toRecipient(
        typeof attendee === 'string' ? attendee : { address: attendee.address, name: attendee.name },
        context,
      );
      return {
        type: detail?.type ?? 'required',
        emailAddress: recipient.emailAddress,
        status: { response: detail?.response ?? 'none', time: '0001-01-01T00:00:00Z' },
      };
    });
    const zone = event.isAllDay ? 'UTC' : timeZone;
    const start = Date.parse(resolveInstant(event.start, context.now));
    const end = Date.parse(resolveInstant(event.end, context.now));
    return {
      id: event.id ?? context.ids.outlookItem(),
      immutableId: context.ids.immutableOutlookItem(),
      changeKey: context.ids.changeKey(),
      calendarId: calendar.id,
      iCalUId: `040000008200E00074C5B7101A82E008${context.ids.guid().replace(/-/g, '').toUpperCase()}`,
      createdDateTime: created,
      lastModifiedDateTime: created,
      subject: event.subject,
      body: { contentType: 'html', content: event.body ?? '' },
      start: { dateTime: instantToLocal(start, zone), timeZone: zone },
      end: { dateTime: instantToLocal(end, zone), timeZone: zone },
      isAllDay: event.isAllDay ?? false,
      location: { displayName: event.location ?? '' },
      attendees,
      organizer,
      isOrganizer,
      responseStatus: {
        response: event.response ?? (isOrganizer ? 'organizer' : 'notResponded'),
        time: '0001-01-01T00:00:00Z',
      },
      showAs: event.showAs ?? 'busy',
      type: event.recurrence ? 'seriesMaster' : 'singleInstance',
      seriesMasterId: null,
      recurrence: event.recurrence ?? null,
      isOnlineMeeting: event.isOnlineMeeting ?? false,
      onlineMeetingProvider: event.isOnlineMeeting ? 'teamsForBusiness' : 'unknown',
      onlineMeeting: event.isOnlineMeeting
        ? { joinUrl: `https://teams.microsoft.example/l/meetup-join/${context.ids.guid()}` }
        : null,
      isCancelled: event.isCancelled ?? false,
      importance: event.importance ?? 'normal',
      sensitivity: event.sensitivity ?? 'normal',
      categories: event.categories ?? [],
      isReminderOn: true,
      reminderMinutesBeforeStart: 15,
    };
  });
  return { calendars, events };
}

/** Minimal demo calendar; the calendar area grows it. */
export function demoCalendarSeed(): CalendarSeed {
  return {
    events: [
      {
        subject: 'Q4 roadmap review',
        start: 'now+1d+1h',
        end: 'now+1d+2h',
        attendees: ['jonas.berg@lumenlabs.example', 'priya.raman@lumenlabs.example'],
        isOnlineMeeting: true,
        location: 'Microsoft Teams Meeting',
      },
      {
        subject: 'Supplier call — Northwind',
        start: 'now+2d+4h',
        end: 'now+2d+4h+30m',
        organizer: 'sam.whitfield@northwind-traders.example',
        attendees: ['maya.okafor@lumenlabs.example'],
        response: 'accepted',
      },
    ],
  };
}
