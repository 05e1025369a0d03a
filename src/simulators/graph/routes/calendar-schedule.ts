/**
 * Free/busy: `POST /me/calendar/getSchedule` (availabilityView by interval, default 30, 5..1440; scheduleItems;
 * workingHours) and `POST /me/findMeetingTimes` (BEHAVIOUR.md defaults: 30-minute meetings, minimumAttendeePercentage
 * 50 as the minimum confidence, free 100 / unknown 49 / busy 0, ordered by confidence then time, and an
 * emptySuggestionsReason when nothing fits). The user's own calendar comes from their events; internal colleagues'
 * from the seeded schedule blocks plus the meetings they share with the user; anyone else is unknown.
 */
import { graphErrors } from '../core/errors';
import { defineRoute } from '../core/route';
import type { RouteContext, RouteDefinition } from '../core/route';
import { instantToLocal, localToInstant, toIanaTimeZone } from '../../../tools/shared/time-zones';
import type { EventRecord } from '../store/calendar';
import type { GraphStore } from '../store/store';
import { readDateTimeTimeZone } from './calendar-input';
import { calendarViewEvents, eventEnd, eventStart } from './calendar-model';

type Status = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere';

interface BusyItem {
  start: number;
  end: number;
  status: Status;
  subject?: string;
  location?: string;
  isPrivate: boolean;
}

const READ = ['Calendars.ReadBasic', 'Calendars.Read'];
const VIEW_CODES: Record<Status, string> = {
  free: '0',
  tentative: '1',
  busy: '2',
  oof: '3',
  workingElsewhere: '4',
};
const PRIORITY: Status[] = ['free', 'tentative', 'workingElsewhere', 'busy', 'oof'];
const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function isUser(store: GraphStore, address: string): boolean {
  return address.toLowerCase() === store.user.mail.toLowerCase();
}

/** Whether the tenant knows this address's calendar (the user and internal colleagues). */
function hasSchedule(store: GraphStore, address: string): boolean {
  if (isUser(store, address)) return true;
  const domain = store.user.mail.split('@')[1]?.toLowerCase();
  const person = store.people.find((candidate) => candidate.address.toLowerCase() === address.toLowerCase());
  return person ? person.internal : address.toLowerCase().endsWith(`@${domain}`);
}

function statusFor(event: EventRecord, address: string, store: GraphStore): Status | undefined {
  if (event.isCancelled) return undefined;
  if (isUser(store, address)) {
    if (event.responseStatus.response === 'declined' || event.showAs === 'unknown') return undefined;
    return event.showAs;
  }
  if (event.organizer.emailAddress.address.toLowerCase() === address.toLowerCase()) return 'busy';
  const attendee = event.attendees.find(
    (candidate) => candidate.emailAddress.address.toLowerCase() === address.toLowerCase(),
  );
  if (!attendee || attendee.status.response === 'declined') return undefined;
  return attendee.status.response === 'accepted' ? 'busy' : 'tentative';
}

function busyItems(store: GraphStore, address: string, start: number, end: number): BusyItem[] {
  const items: BusyItem[] = [];
  for (const event of calendarViewEvents(store, start, end)) {
    const status = statusFor(event, address, store);
    if (!status || status === 'free') continue;
    const isPrivate = event.sensitivity === 'private';
    items.push({
      start: eventStart(event),
      end: eventEnd(event),
      status,
      isPrivate,
      ...(isPrivate ? {} : { subject: event.subject, location: event.location.displayName }),
    });
  }
  if (!isUser(store, address))
    for (const block of store.calendar.schedules)
      if (block.address.toLowerCase() === address.toLowerCase()) {
        const blockStart = Date.parse(block.start);
        const blockEnd = Date.parse(block.end);
        if (blockStart < end && blockEnd > start && block.status !== 'free')
          items.push({
            start: blockStart,
            end: blockEnd,
            status: block.status,
            isPrivate: false,
            subject: block.subject ?? '',
            location: block.location ?? '',
          });
      }
  return items.sort((left, right) => left.start - right.start);
}

function strongest(items: readonly BusyItem[], start: number, end: number): Status {
  let result: Status = 'free';
  for (const item of items)
    if (item.start < end && item.end > start && PRIORITY.indexOf(item.status) > PRIORITY.indexOf(result))
      result = item.status;
  return result;
}

function utc(instant: number): { dateTime: string; timeZone: string } {
  return { dateTime: instantToLocal(instant, 'UTC'), timeZone: 'UTC' };
}

function workingHours(store: GraphStore): Record<string, unknown> {
  const hours = store.user.mailboxSettings.workingHours;
  return {
    daysOfWeek: hours.daysOfWeek,
    startTime: hours.startTime,
    endTime: hours.endTime,
    timeZone: { name: hours.timeZone.name },
  };
}

function getSchedule(context: RouteContext) {
  const schedules = context.body.param<unknown[]>('schedules');
  if (
    !Array.isArray(schedules) ||
    schedules.length === 0 ||
    schedules.some((value) => typeof value !== 'string')
  )
    throw graphErrors.badRequest("'schedules' must list at least one SMTP address.", 'ErrorInvalidParameter');
  if (schedules.length > 100)
    throw graphErrors.badRequest('At most 100 schedules can be requested at once.', 'ErrorInvalidParameter');
  const startTime = readDateTimeTimeZone(context.body.param('startTime'), 'startTime');
  const endTime = readDateTimeTimeZone(context.body.param('endTime'), 'endTime');
  const start = localToInstant(startTime.dateTime, startTime.timeZone);
  const end = localToInstant(endTime.dateTime, endTime.timeZone);
  if (end <= start) throw graphErrors.badRequest('endTime must be after startTime.', 'ErrorInvalidParameter');
  if (end - start > 62 * 86_400_000)
    throw graphErrors.badRequest('The requested time window exceeds 62 days.', 'ErrorInvalidParameter');
  const interval = context.body.number('availabilityViewInterval') ?? 30;
  if (!Number.isInteger(interval) || interval < 5 || interval > 1440)
    throw graphErrors.badRequest(
      'availabilityViewInterval must be between 5 and 1440 minutes.',
      'ErrorInvalidParameter',
    );
  const value = (schedules as string[]).map((address) => {
    if (!hasSchedule(context.store, address))
      return {
        scheduleId: address,
        availabilityView: '',
        scheduleItems: [],
        error: {
          message: 'Free/busy information is not available for this recipient.',
          responseCode: 'ErrorFreeBusyGenerationFailed',
        },
      };
    const items = busyItems(context.store, address, start, end);
    let view = '';
    for (let slot = start; slot < end; slot += interval * 60_000)
      view += VIEW_CODES[strongest(items, slot, Math.min(end, slot + interval * 60_000))];
    return {
      scheduleId: address,
      availabilityView: view,
      scheduleItems: items.map((item) => ({
        isPrivate: item.isPrivate,
        status: item.status,
        ...(item.subject !== undefined ? { subject: item.subject } : {}),
        ...(item.location !== undefined ? { location: item.location } : {}),
        start: utc(item.start),
        end: utc(item.end),
      })),
      workingHours: workingHours(context.store),
    };
  });
  return context.reply.json(200, {
    '@odata.context': `${context.graphBaseUrl}/$metadata#Collection(microsoft.graph.scheduleInformation)`,
    value,
  });
}

/** ISO 8601 duration (PT1H, PT30M, P1DT2H) in minutes. */
function durationMinutes(value: unknown): number {
  if (value === undefined || value === null) return 30;
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(String(value));
  if (!match || String(value) === 'P' || String(value) === 'PT')
    throw graphErrors.badRequest(
      `'${String(value)}' is not a valid meetingDuration.`,
      'ErrorInvalidParameter',
    );
  const minutes =
    Number(match[1] ?? 0) * 1440 +
    Number(match[2] ?? 0) * 60 +
    Number(match[3] ?? 0) +
    Math.ceil(Number(match[4] ?? 0) / 60);
  if (minutes <= 0)
    throw graphErrors.badRequest('meetingDuration must be positive.', 'ErrorInvalidParameter');
  return minutes;
}

/** Whether [start, end) lies inside the activity domain's hours (work: the organiser's working hours). */
function inDomain(store: GraphStore, domain: string, start: number, end: number): boolean {
  if (domain === 'unrestricted') return true;
  const hours = store.user.mailboxSettings.workingHours;
  const zone = toIanaTimeZone(hours.timeZone.name) ?? 'UTC';
  const localStart = instantToLocal(start, zone);
  const localEnd = instantToLocal(end - 1, zone);
  if (localStart.slice(0, 10) !== localEnd.slice(0, 10)) return false;
  const weekday = DAY_NAMES[new Date(`${localStart.slice(0, 10)}T00:00:00Z`).getUTCDay()] as string;
  const from = domain === 'personal' ? '08:00' : hours.startTime.slice(0, 5);
  const to = domain === 'personal' ? '22:00' : hours.endTime.slice(0, 5);
  const days = domain === 'personal' ? DAY_NAMES : hours.daysOfWeek.map((day) => day.toLowerCase());
  return (
    days.includes(weekday) &&
    localStart.slice(11, 16) >= from &&
    instantToLocal(end, zone).slice(11, 16) <= to
  );
}

interface AttendeeInput {
  type?: string;
  emailAddress?: { address?: string; name?: string };
}

function findMeetingTimes(context: RouteContext) {
  const store = context.store;
  const attendees = (context.body.param<AttendeeInput[]>('attendees') ?? []).filter(
    (attendee) => attendee.type !== 'resource',
  );
  for (const attendee of attendees)
    if (typeof attendee.emailAddress?.address !== 'string')
      throw graphErrors.badRequest('Every attendee needs an emailAddress.address.', 'ErrorInvalidParameter');
  const duration = durationMinutes(context.body.param('meetingDuration')) * 60_000;
  const minimum = context.body.number('minimumAttendeePercentage') ?? 50;
  const organizerOptional = context.body.boolean('isOrganizerOptional') ?? false;
  const withReasons = context.body.boolean('returnSuggestionReasons') ?? false;
  const maxCandidates = context.body.number('maxCandidates') ?? 10;
  const timeConstraint = context.body.param<{
    activityDomain?: string;
    timeSlots?: { start: unknown; end: unknown }[];
  }>('timeConstraint');
  const domain = (timeConstraint?.activityDomain ?? 'work').toLowerCase();
  const now = context.now().getTime();
  const halfHour = 30 * 60_000;
  const slots = (timeConstraint?.timeSlots ?? []).map((slot) => {
    const start = readDateTimeTimeZone(slot.start, 'timeSlots.start');
    const end = readDateTimeTimeZone(slot.end, 'timeSlots.end');
    const range = {
      start: localToInstant(start.dateTime, start.timeZone),
      end: localToInstant(end.dateTime, end.timeZone),
    };
    if (range.end <= range.start)
      throw graphErrors.badRequest('A time slot must end after it starts.', 'ErrorInvalidParameter');
    return range;
  });
  if (slots.length === 0)
    slots.push({ start: Math.ceil(now / halfHour) * halfHour, end: now + 2 * 86_400_000 });
  const locationConstraint = context.body.param<{
    isRequired?: boolean;
    locations?: { displayName?: string }[];
  }>('locationConstraint');
  const locations = (locationConstraint?.locations ?? []).map((location) => ({
    displayName: location.displayName ?? '',
  }));
  const empty = (reason: string) =>
    context.reply.json(200, {
      '@odata.context': `${context.graphBaseUrl}/$metadata#microsoft.graph.meetingTimeSuggestionsResult`,
      emptySuggestionsReason: reason,
      meetingTimeSuggestions: [],
    });
  if (locationConstraint?.isRequired && locations.length === 0) return empty('locationsUnavailable');

  const windowStart = Math.min(...slots.map((slot) => slot.start));
  const windowEnd = Math.max(...slots.map((slot) => slot.end));
  const organizerItems = busyItems(store, store.user.mail, windowStart, windowEnd);
  const attendeeItems = attendees.map((attendee) => {
    const address = attendee.emailAddress?.address as string;
    return {
      attendee,
      known: hasSchedule(store, address),
      items: busyItems(store, address, windowStart, windowEnd),
    };
  });
  const suggestions: { start: number; confidence: number; body: Record<string, unknown> }[] = [];
  let candidates = 0;
  let organizerBusy = 0;
  for (const slot of slots)
    for (
      let start = Math.ceil(slot.start / halfHour) * halfHour;
      start + duration <= slot.end;
      start += halfHour
    ) {
      const end = start + duration;
      if (!inDomain(store, domain, start, end)) continue;
      candidates += 1;
      const organizerStatus = strongest(organizerItems, start, end);
      if (!organizerOptional && organizerStatus !== 'free') {
        organizerBusy += 1;
        continue;
      }
      const availability = attendeeItems.map(({ attendee, known, items }) => ({
        attendee: {
          type: attendee.type ?? 'required',
          emailAddress: { address: attendee.emailAddress?.address },
        },
        availability: known ? strongest(items, start, end) : 'unknown',
      }));
      const chances: number[] = availability.map(({ availability: status }) =>
        status === 'free' ? 100 : status === 'unknown' ? 49 : status === 'tentative' ? 50 : 0,
      );
      const confidence =
        chances.length === 0
          ? 100
          : chances.reduce((sum: number, chance: number) => sum + chance, 0) / chances.length;
      if (confidence < minimum) continue;
      suggestions.push({
        start,
        confidence,
        body: {
          confidence,
          organizerAvailability: organizerStatus,
          suggestionReason: withReasons
            ? confidence === 100
              ? 'Suggested because it is one of the nearest times when all attendees are available.'
              : 'Suggested because it is one of the nearest times when most attendees are available.'
            : '',
          attendeeAvailability: availability,
          locations,
          meetingTimeSlot: { start: utc(start), end: utc(end) },
        },
      });
    }
  if (suggestions.length === 0) {
    if (candidates === 0) return empty('unknown');
    if (organizerBusy === candidates) return empty('organizerUnavailable');
    return empty(
      attendeeItems.some((entry) => !entry.known) ? 'attendeesUnavailableOrUnknown' : 'attendeesUnavailable',
    );
  }
  suggestions.sort((left, right) => right.confidence - left.confidence || left.start - right.start);
  return context.reply.json(200, {
    '@odata.context': `${context.graphBaseUrl}/$metadata#microsoft.graph.meetingTimeSuggestionsResult`,
    emptySuggestionsReason: '',
    meetingTimeSuggestions: suggestions
      .slice(0, Math.max(1, maxCandidates))
      .map((suggestion, index) => ({ ...suggestion.body, order: index + 1 })),
  });
}

export const calendarScheduleRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'POST',
    template: '/me/calendar/getSchedule',
    scopes: READ,
    prefer: ['timezone'],
    handle: getSchedule,
  }),
  defineRoute({
    method: 'POST',
    template: '/me/findMeetingTimes',
    scopes: READ,
    prefer: ['timezone'],
    handle: findMeetingTimes,
  }),
];
