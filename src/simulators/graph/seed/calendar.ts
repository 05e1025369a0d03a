/**
 * Seed section `calendar`: calendars (a default "Calendar" always exists), events and colleagues' free/busy. Times are
 * instants (ISO, `now±…`, or the wall-clock forms of calendar-times.ts) stored in the user's time zone; all-day events
 * are stored as local midnights. Area owner: calendar.
 */
import { z } from 'zod';
import { instantToLocal } from '../../../tools/shared/time-zones';
import { addDays } from '../routes/calendar-recurrence';
import type {
  AttendeeRecord,
  CalendarRecord,
  CalendarStore,
  EventRecord,
  RecurrenceRecord,
  ScheduleBlockRecord,
} from '../store/calendar';
import { resolveCalendarTime } from './calendar-times';
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

const recurrenceSeedSchema = z.object({
  pattern: z.object({
    type: z.enum([
      'daily',
      'weekly',
      'absoluteMonthly',
      'relativeMonthly',
      'absoluteYearly',
      'relativeYearly',
    ]),
    interval: z.number().int().min(1).default(1),
    daysOfWeek: z.array(z.string()).optional(),
    dayOfMonth: z.number().int().optional(),
    month: z.number().int().optional(),
    firstDayOfWeek: z.string().optional(),
    index: z.string().optional(),
  }),
  range: z.object({
    type: z.enum(['endDate', 'noEnd', 'numbered']),
    /** `YYYY-MM-DD`. @default the local date of the event's start */
    startDate: z.string().optional(),
    endDate: z.string().optional(),
    numberOfOccurrences: z.number().int().optional(),
    recurrenceTimeZone: z.string().optional(),
  }),
});

const eventSeedSchema = z.object({
  id: z.string().optional(),
  /** Calendar name. @default the default calendar */
  calendar: z.string().optional(),
  subject: z.string(),
  body: z.string().optional(),
  /** ISO, `now±…`, `today+3d@14:00` or `week-1:tue@09:30` (calendar-times.ts). */
  start: instantSchema,
  end: instantSchema,
  /** All-day: start/end are read as local dates (end exclusive; same as start means one day). */
  isAllDay: z.boolean().optional(),
  location: z.string().optional(),
  /** Defaults to the user (so the user is the organiser). */
  organizer: addressSchema.optional(),
  attendees: z.array(attendeeSeedSchema).optional(),
  showAs: z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']).optional(),
  response: z
    .enum(['none', 'organizer', 'tentativelyAccepted', 'accepted', 'declined', 'notResponded'])
    .optional(),
  /** Graph's patternedRecurrence, as Graph takes it (range.startDate may be left out). */
  recurrence: recurrenceSeedSchema.optional(),
  isOnlineMeeting: z.boolean().optional(),
  categories: z.array(z.string()).optional(),
  importance: z.enum(['low', 'normal', 'high']).optional(),
  sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).optional(),
  isCancelled: z.boolean().optional(),
  reminderMinutesBeforeStart: z.number().int().optional(),
});

const scheduleBlockSeedSchema = z.object({
  address: z.string(),
  start: instantSchema,
  end: instantSchema,
  status: z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere']).optional(),
  subject: z.string().optional(),
  location: z.string().optional(),
});

export const calendarSeedSchema = z.object({
  calendars: z
    .array(z.object({ id: z.string().optional(), name: z.string(), color: z.string().optional() }))
    .optional(),
  events: z.array(eventSeedSchema).optional(),
  /** Busy blocks on colleagues' calendars (what getSchedule/findMeetingTimes see besides shared meetings). */
  schedules: z.array(scheduleBlockSeedSchema).optional(),
  /** Generate working-hours busy blocks for every internal person over ±N weeks around now (seeded PRNG). */
  generateColleagueSchedules: z.object({ weeks: z.number().int().min(1).max(12) }).optional(),
});

export type CalendarSeed = z.infer<typeof calendarSeedSchema>;

const SUBJECTS_FOR_COLLEAGUES = [
  'Customer call',
  'Team meeting',
  'Focus time',
  'Interview',
  'Planning',
  '1:1',
  'Review',
  'Workshop',
];

/** Deterministic busy blocks for internal people on working days (09:00–17:00 in the user's zone). */
function generatedSchedules(weeks: number, context: SeedContext): ScheduleBlockRecord[] {
  const timeZone = context.user.mailboxSettings.timeZone;
  const blocks: ScheduleBlockRecord[] = [];
  for (const person of context.people.filter((candidate) => candidate.internal)) {
    for (let week = -weeks; week <= weeks; week += 1) {
      for (const weekday of ['mon', 'tue', 'wed', 'thu', 'fri']) {
        const count = context.random.int(3);
        for (let index = 0; index < count; index += 1) {
          const hour = 9 + context.random.int(8);
          const minute = context.random.pick(['00', '30']);
          const duration = context.random.pick([30, 60, 60, 90]);
          const start = resolveCalendarTime(
            `week${week >= 0 ? '+' : ''}${week}:${weekday}@${hour}:${minute}`,
            context.now,
            timeZone,
          );
          blocks.push({
            address: person.address,
            start,
            end: new Date(Date.parse(start) + duration * 60_000).toISOString(),
            status: context.random.int(5) === 0 ? 'tentative' : 'busy',
            subject: context.random.pick(SUBJECTS_FOR_COLLEAGUES),
          });
        }
      }
    }
  }
  return blocks;
}

/** All-day times are floating local dates; Graph stores them as midnight with the zone they were created in. */
function allDayRange(
  startInstant: string,
  endInstant: string,
  timeZone: string,
): { start: string; end: string } {
  const startDate = instantToLocal(Date.parse(startInstant), timeZone).slice(0, 10);
  let endDate = instantToLocal(Date.parse(endInstant), timeZone).slice(0, 10);
  if (endDate <= startDate) endDate = addDays(startDate, 1);
  return { start: `${startDate}T00:00:00.0000000`, end: `${endDate}T00:00:00.0000000` };
}

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
  const resolve = (value: string): string => resolveCalendarTime(value, context.now, timeZone);
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
      const detail =
        typeof attendee === 'object'
          ? (attendee as { type?: AttendeeRecord['type']; response?: AttendeeRecord['status']['response'] })
          : undefined;
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
    const startInstant = resolve(event.start);
    const endInstant = resolve(event.end);
    const times = event.isAllDay
      ? allDayRange(startInstant, endInstant, timeZone)
      : {
          start: instantToLocal(Date.parse(startInstant), timeZone),
          end: instantToLocal(Date.parse(endInstant), timeZone),
        };
    const recurrence: RecurrenceRecord | null = event.recurrence
      ? {
          pattern: event.recurrence.pattern,
          range: {
            ...event.recurrence.range,
            startDate: event.recurrence.range.startDate ?? times.start.slice(0, 10),
            recurrenceTimeZone: event.recurrence.range.recurrenceTimeZone ?? timeZone,
          },
        }
      : null;
    const response = event.response ?? (isOrganizer ? 'organizer' : 'notResponded');
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
      start: { dateTime: times.start, timeZone },
      end: { dateTime: times.end, timeZone },
      isAllDay: event.isAllDay ?? false,
      location: { displayName: event.location ?? '' },
      attendees,
      organizer,
      isOrganizer,
      responseStatus: {
        response,
        time: response === 'none' || response === 'organizer' ? '0001-01-01T00:00:00Z' : created,
      },
      showAs: event.showAs ?? (event.isAllDay ? 'free' : response === 'none' ? 'tentative' : 'busy'),
      type: recurrence ? 'seriesMaster' : 'singleInstance',
      seriesMasterId: null,
      recurrence,
      isOnlineMeeting: event.isOnlineMeeting ?? false,
      onlineMeetingProvider: event.isOnlineMeeting ? 'teamsForBusiness' : 'unknown',
      onlineMeeting: event.isOnlineMeeting ? { joinUrl: teamsJoinUrl(context.ids.guid()) } : null,
      isCancelled: event.isCancelled ?? false,
      importance: event.importance ?? 'normal',
      sensitivity: event.sensitivity ?? 'normal',
      categories: event.categories ?? [],
      isReminderOn: !event.isAllDay,
      reminderMinutesBeforeStart: event.reminderMinutesBeforeStart ?? (event.isAllDay ? 1080 : 15),
      allowNewTimeProposals: true,
      responseRequested: true,
      cancelledOccurrences: [],
    };
  });
  const schedules: ScheduleBlockRecord[] = [
    ...(seed?.schedules ?? []).map((block) => ({
      address: block.address,
      start: resolve(block.start),
      end: resolve(block.end),
      status: block.status ?? 'busy',
      ...(block.subject ? { subject: block.subject } : {}),
      ...(block.location ? { location: block.location } : {}),
    })),
    ...(seed?.generateColleagueSchedules
      ? generatedSchedules(seed.generateColleagueSchedules.weeks, context)
      : []),
  ];
  return { calendars, events, schedules };
}

/** A Teams-shaped join URL (the simulator's own host: nothing resolves it). */
export function teamsJoinUrl(guid: string): string {
  return `https://teams.microsoft.example/l/meetup-join/19%3ameeting_${guid.replace(/-/g, '')}%40thread.v2/0`;
}

export { demoCalendarSeed } from './calendar-demo';
