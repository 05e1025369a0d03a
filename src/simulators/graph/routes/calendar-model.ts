/**
 * Calendar records → Graph wire JSON, series expansion and event lookup shared by the calendar routes. Occurrences
 * are never stored: they are derived from their series master on read, with ids that encode the master and the
 * original start, so `GET /me/events/{occurrence-id}` and the meeting actions work on them. An edited occurrence is
 * stored as an `exception` record under that same id.
 */
import { graphErrors } from '../core/errors';
import type { RouteContext } from '../core/route';
import { instantToLocal, localToInstant } from '../../../tools/shared/time-zones';
import type { EventRecord } from '../store/calendar';
import type { GraphStore } from '../store/store';
import { addDays, occurrenceDates } from './calendar-recurrence';

const OCCURRENCE_MARK = '_OCC_';

export function eventStart(event: Pick<EventRecord, 'start'>): number {
  return localToInstant(event.start.dateTime, event.start.timeZone);
}

export function eventEnd(event: Pick<EventRecord, 'end'>): number {
  return localToInstant(event.end.dateTime, event.end.timeZone);
}

function compactInstant(instant: number): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').slice(0, 13);
}

export function occurrenceId(masterId: string, originalStart: number): string {
  return `${masterId}${OCCURRENCE_MARK}${compactInstant(originalStart)}`;
}

function parseOccurrenceId(id: string): { masterId: string; originalStart: string } | undefined {
  const at = id.lastIndexOf(OCCURRENCE_MARK);
  if (at < 0) return undefined;
  const stamp = id.slice(at + OCCURRENCE_MARK.length);
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})$/.exec(stamp);
  if (!match) return undefined;
  return {
    masterId: id.slice(0, at),
    originalStart: `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:00.000Z`,
  };
}

/** Every occurrence of a series master (exceptions substituted, cancelled ones left out) overlapping the window. */
export function expandSeries(
  master: EventRecord,
  store: GraphStore,
  windowStart: number,
  windowEnd: number,
): EventRecord[] {
  if (!master.recurrence) return [];
  const zone = master.recurrence.range.recurrenceTimeZone ?? master.start.timeZone;
  const masterStart = eventStart(master);
  const duration = eventEnd(master) - masterStart;
  const localTime = master.isAllDay ? '00:00:00.0000000' : instantToLocal(masterStart, zone).slice(11);
  const until = instantToLocal(windowEnd, 'UTC').slice(0, 10);
  const cancelled = new Set(master.cancelledOccurrences ?? []);
  const exceptions = store.calendar.events.filter(
    (event) => event.type === 'exception' && event.seriesMasterId === master.id,
  );
  const exceptionStarts = new Set(exceptions.map((event) => event.originalStart));
  const result: EventRecord[] = [];
  for (const date of occurrenceDates(master.recurrence, addDays(until, 1))) {
    if (master.isAllDay) {
      const days = Math.round(duration / 86_400_000);
      const start = { dateTime: `${date}T00:00:00.0000000`, timeZone: master.start.timeZone };
      const end = { dateTime: `${addDays(date, days)}T00:00:00.0000000`, timeZone: master.end.timeZone };
      const instant = localToInstant(start.dateTime, start.timeZone);
      const originalStart = new Date(instant).toISOString();
      if (cancelled.has(originalStart) || exceptionStarts.has(originalStart)) continue;
      if (instant < windowEnd && localToInstant(end.dateTime, end.timeZone) > windowStart)
        result.push(toOccurrence(master, instant, start, end));
      continue;
    }
    const instant = localToInstant(`${date}T${localTime}`, zone);
    const originalStart = new Date(instant).toISOString();
    if (cancelled.has(originalStart) || exceptionStarts.has(originalStart)) continue;
    if (instant < windowEnd && instant + duration > windowStart)
      result.push(
        toOccurrence(
          master,
          instant,
          { dateTime: instantToLocal(instant, master.start.timeZone), timeZone: master.start.timeZone },
          {
            dateTime: instantToLocal(instant + duration, master.end.timeZone),
            timeZone: master.end.timeZone,
          },
        ),
      );
  }
  for (const exception of exceptions)
    if (eventStart(exception) < windowEnd && eventEnd(exception) > windowStart && !exception.isCancelled)
      result.push(exception);
  return result;
}

function toOccurrence(
  master: EventRecord,
  instant: number,
  start: EventRecord['start'],
  end: EventRecord['end'],
): EventRecord {
  return {
    ...master,
    id: occurrenceId(master.id, instant),
    immutableId: occurrenceId(master.immutableId, instant),
    type: 'occurrence',
    seriesMasterId: master.id,
    recurrence: null,
    originalStart: new Date(instant).toISOString(),
    start,
    end,
    cancelledOccurrences: [],
  };
}

export interface FoundEvent {
  /** The stored record, or a derived occurrence. */
  event: EventRecord;
  /** Set for derived occurrences (not stored yet). */
  master?: EventRecord;
}

/** Finds an event by id or immutable id, including derived occurrences; 404 ErrorItemNotFound otherwise. */
export function findEvent(store: GraphStore, id: string): FoundEvent {
  const stored = store.calendar.events.find((event) => event.id === id || event.immutableId === id);
  if (stored) return { event: stored };
  const parsed = parseOccurrenceId(id);
  const master = parsed
    ? store.calendar.events.find(
        (event) =>
          (event.id === parsed.masterId || event.immutableId === parsed.masterId) &&
          event.type === 'seriesMaster',
      )
    : undefined;
  if (parsed && master) {
    const instant = Date.parse(parsed.originalStart);
    const occurrence = expandSeries(master, store, instant, instant + 1).find(
      (candidate) => candidate.originalStart === parsed.originalStart,
    );
    if (occurrence) return { event: occurrence, master };
  }
  throw graphErrors.itemNotFound();
}

/**
 * Makes a derived occurrence a stored exception so it can be changed; returns the stored record. Stored events are
 * returned unchanged.
 */
export function materialize(store: GraphStore, found: FoundEvent): EventRecord {
  if (!found.master) return found.event;
  const exception: EventRecord = { ...found.event, type: 'exception' };
  store.calendar.events.push(exception);
  return exception;
}

function webLink(id: string): string {
  return `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`;
}

function bodyPreview(html: string): string {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 255);
}

/**
 * All-day events are floating dates: Graph shows them as midnight in whatever zone the response uses. Writing them
 * in the response zone up front makes the dispatcher's `outlook.timezone` conversion leave them alone.
 */
function floatingTimes(event: EventRecord, context: RouteContext): Pick<EventRecord, 'start' | 'end'> {
  if (!event.isAllDay) return { start: event.start, end: event.end };
  const zone = context.prefer.timeZone ?? 'UTC';
  return {
    start: { dateTime: `${event.start.dateTime.slice(0, 10)}T00:00:00.0000000`, timeZone: zone },
    end: { dateTime: `${event.end.dateTime.slice(0, 10)}T00:00:00.0000000`, timeZone: zone },
  };
}

/** Dial-in details as Teams adds them; the conference id is derived from the join URL so it stays stable. */
function onlineMeetingInfo(joinUrl: string): Record<string, unknown> {
  let hash = 0;
  for (const character of joinUrl) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return { joinUrl, conferenceId: String(hash).padStart(9, '0').slice(0, 9), tollNumber: '+31 20 794 8500' };
}

export function eventToWire(event: EventRecord, context: RouteContext): Record<string, unknown> {
  const id = context.prefer.immutableId ? event.immutableId : event.id;
  const location = event.location.displayName;
  const locationWire = location
    ? { displayName: location, locationType: 'default', uniqueId: location, uniqueIdType: 'private' }
    : { displayName: '', locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} };
  return {
    '@odata.etag': `W/"${event.changeKey}"`,
    id,
    createdDateTime: event.createdDateTime,
    lastModifiedDateTime: event.lastModifiedDateTime,
    changeKey: event.changeKey,
    categories: event.categories,
    transactionId: null,
    originalStartTimeZone: event.start.timeZone,
    originalEndTimeZone: event.end.timeZone,
    iCalUId: event.iCalUId,
    reminderMinutesBeforeStart: event.reminderMinutesBeforeStart,
    isReminderOn: event.isReminderOn,
    hasAttachments: false,
    subject: event.subject,
    bodyPreview: bodyPreview(event.body.content),
    importance: event.importance,
    sensitivity: event.sensitivity,
    isAllDay: event.isAllDay,
    isCancelled: event.isCancelled,
    isOrganizer: event.isOrganizer,
    responseRequested: event.responseRequested ?? true,
    seriesMasterId: event.seriesMasterId,
    showAs: event.showAs,
    type: event.type,
    webLink: webLink(id),
    onlineMeetingUrl: null,
    isOnlineMeeting: event.isOnlineMeeting,
    onlineMeetingProvider: event.onlineMeetingProvider,
    allowNewTimeProposals: event.allowNewTimeProposals ?? true,
    isDraft: false,
    hideAttendees: false,
    ...(event.originalStart ? { originalStart: event.originalStart } : {}),
    responseStatus: event.responseStatus,
    body: event.body,
    ...floatingTimes(event, context),
    location: locationWire,
    locations: location ? [{ displayName: location, locationType: 'default', uniqueIdType: 'unknown' }] : [],
    recurrence: event.recurrence,
    attendees: event.attendees,
    organizer: event.organizer,
    onlineMeeting: event.onlineMeeting ? onlineMeetingInfo(event.onlineMeeting.joinUrl) : null,
  };
}

export const EVENT_PROPERTIES = [
  'id',
  'categories',
  'changeKey',
  'createdDateTime',
  'lastModifiedDateTime',
  'allowNewTimeProposals',
  'attendees',
  'body',
  'bodyPreview',
  'cancelledOccurrences',
  'end',
  'hasAttachments',
  'hideAttendees',
  'iCalUId',
  'importance',
  'isAllDay',
  'isCancelled',
  'isDraft',
  'isOnlineMeeting',
  'isOrganizer',
  'isReminderOn',
  'location',
  'locations',
  'onlineMeeting',
  'onlineMeetingProvider',
  'onlineMeetingUrl',
  'organizer',
  'originalEndTimeZone',
  'originalStart',
  'originalStartTimeZone',
  'recurrence',
  'reminderMinutesBeforeStart',
  'responseRequested',
  'responseStatus',
  'sensitivity',
  'seriesMasterId',
  'showAs',
  'start',
  'subject',
  'transactionId',
  'type',
  'webLink',
];

/** Parses an ISO 8601 date-time with or without offset (UTC when none), as calendarView reads its range. */
export function parseRangeInstant(value: string | undefined | null, name: string): number {
  if (!value)
    throw graphErrors.badRequest(
      `This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.`,
      'ErrorInvalidParameter',
    );
  const trimmed = value.trim().replace(/ (\d{2}:\d{2})$/, '+$1');
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed);
  const instant = Date.parse(hasOffset ? trimmed : `${trimmed}Z`);
  if (Number.isNaN(instant))
    throw graphErrors.badRequest(
      `The value '${value}' of parameter '${name}' is invalid.`,
      'ErrorInvalidParameter',
    );
  return instant;
}

/** Single instances, exceptions and expanded occurrences overlapping [start, end), on one calendar or all. */
export function calendarViewEvents(
  store: GraphStore,
  windowStart: number,
  windowEnd: number,
  calendarId?: string,
): EventRecord[] {
  const result: EventRecord[] = [];
  for (const event of store.calendar.events) {
    if (calendarId && event.calendarId !== calendarId) continue;
    if (event.type === 'seriesMaster') result.push(...expandSeries(event, store, windowStart, windowEnd));
    else if (
      event.type === 'singleInstance' &&
      eventStart(event) < windowEnd &&
      eventEnd(event) > windowStart
    )
      result.push(event);
  }
  return result;
}
