/**
 * Reading event bodies (create and update) the way Graph validates them: known time zones, end not before start,
 * all-day events at midnight, attendees with addresses. Shared by POST and PATCH.
 */
import { GraphError, graphErrors } from '../core/errors';
import type { RouteContext } from '../core/route';
import { localToInstant, toIanaTimeZone } from '../../../tools/shared/time-zones';
import type { AttendeeRecord, EventRecord, RecurrenceRecord } from '../store/calendar';
import type { DateTimeTimeZone, Recipient } from '../store/common';

type Json = Record<string, unknown>;

const SHOW_AS = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'] as const;
const IMPORTANCE = ['low', 'normal', 'high'] as const;
const SENSITIVITY = ['normal', 'personal', 'private', 'confidential'] as const;
const PATTERNS = [
  'daily',
  'weekly',
  'absoluteMonthly',
  'relativeMonthly',
  'absoluteYearly',
  'relativeYearly',
];

/** `{dateTime, timeZone}` with the zone checked and the time written with 7 fractional digits. */
export function readDateTimeTimeZone(value: unknown, name: string): DateTimeTimeZone {
  const record = value as Partial<DateTimeTimeZone> | undefined;
  if (!record || typeof record.dateTime !== 'string')
    throw graphErrors.badRequest(`The property '${name}' must be a dateTimeTimeZone.`, 'ErrorInvalidRequest');
  const timeZone = typeof record.timeZone === 'string' && record.timeZone ? record.timeZone : 'UTC';
  if (!toIanaTimeZone(timeZone))
    throw new GraphError(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${timeZone}'.`,
    );
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2}))?(?:\.(\d{1,7}))?)?$/.exec(record.dateTime);
  if (!match)
    throw graphErrors.badRequest(
      `Cannot convert the literal '${record.dateTime}' to the expected type 'Edm.String'.`,
      'ErrorInvalidRequest',
    );
  const dateTime = `${match[1]}T${match[2] ?? '00:00'}:${match[3] ?? '00'}.${(match[4] ?? '').padEnd(7, '0')}`;
  if (Number.isNaN(localToInstant(dateTime, timeZone)))
    throw graphErrors.badRequest(`The value of '${name}' is not a valid date-time.`, 'ErrorInvalidRequest');
  return { dateTime, timeZone };
}

function pick<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  const match = allowed.find((candidate) => candidate.toLowerCase() === String(value).toLowerCase());
  if (!match)
    throw graphErrors.badRequest(
      `Requested value '${String(value)}' was not found for property '${name}'.`,
      'RequestBodyRead',
    );
  return match;
}

export function readAttendees(value: unknown): AttendeeRecord[] {
  if (!Array.isArray(value))
    throw graphErrors.badRequest("'attendees' must be an array.", 'ErrorInvalidRequest');
  return value.map((item: Json) => {
    const emailAddress = item?.emailAddress as { address?: unknown; name?: unknown } | undefined;
    if (!emailAddress || typeof emailAddress.address !== 'string' || !emailAddress.address.includes('@'))
      throw graphErrors.badRequest(
        'At least one recipient is not valid., Recipient is not resolved. All recipients must be resolved before a message can be submitted.',
        'ErrorInvalidRecipients',
      );
    return {
      type: item.type ? pick(item.type, ['required', 'optional', 'resource'] as const, 'type') : 'required',
      emailAddress: {
        address: emailAddress.address,
        name: typeof emailAddress.name === 'string' ? emailAddress.name : emailAddress.address,
      },
      status: { response: 'none', time: '0001-01-01T00:00:00Z' },
    };
  });
}

function readRecurrence(value: unknown): RecurrenceRecord | null {
  if (value === null) return null;
  const recurrence = value as Partial<RecurrenceRecord> | undefined;
  if (!recurrence?.pattern || !recurrence.range || !PATTERNS.includes(recurrence.pattern.type))
    throw graphErrors.badRequest('The recurrence pattern is not valid.', 'ErrorInvalidRequest');
  if (!recurrence.range.startDate || !/^\d{4}-\d{2}-\d{2}$/.test(recurrence.range.startDate))
    throw graphErrors.badRequest(
      'The recurrence range must have a start date (YYYY-MM-DD).',
      'ErrorPropertyValidationFailure',
    );
  return {
    pattern: { ...recurrence.pattern, interval: Math.max(1, Number(recurrence.pattern.interval ?? 1)) },
    range: { ...recurrence.range, type: recurrence.range.type ?? 'noEnd' },
  } as RecurrenceRecord;
}

/** The writable event properties in a body, validated; unknown properties are ignored as Graph's read-only ones. */
export function readEventChanges(body: Json): Partial<EventRecord> {
  const changes: Partial<EventRecord> = {};
  if ('subject' in body) changes.subject = String(body.subject ?? '');
  if ('body' in body && body.body) {
    const value = body.body as { contentType?: string; content?: string };
    changes.body = {
      contentType: String(value.contentType ?? 'text').toLowerCase() === 'html' ? 'html' : 'text',
      content: String(value.content ?? ''),
    };
  }
  if ('start' in body) changes.start = readDateTimeTimeZone(body.start, 'start');
  if ('end' in body) changes.end = readDateTimeTimeZone(body.end, 'end');
  if ('isAllDay' in body) changes.isAllDay = body.isAllDay === true || body.isAllDay === 'true';
  if ('location' in body)
    changes.location = { displayName: String((body.location as Json | null)?.displayName ?? '') };
  if ('attendees' in body) changes.attendees = readAttendees(body.attendees);
  if ('showAs' in body) changes.showAs = pick(body.showAs, SHOW_AS, 'showAs');
  if ('importance' in body) changes.importance = pick(body.importance, IMPORTANCE, 'importance');
  if ('sensitivity' in body) changes.sensitivity = pick(body.sensitivity, SENSITIVITY, 'sensitivity');
  if ('categories' in body) changes.categories = (body.categories as unknown[]).map(String);
  if ('isReminderOn' in body)
    changes.isReminderOn = body.isReminderOn === true || body.isReminderOn === 'true';
  if ('reminderMinutesBeforeStart' in body)
    changes.reminderMinutesBeforeStart = Number(body.reminderMinutesBeforeStart);
  if ('isOnlineMeeting' in body)
    changes.isOnlineMeeting = body.isOnlineMeeting === true || body.isOnlineMeeting === 'true';
  if ('onlineMeetingProvider' in body)
    changes.onlineMeetingProvider = pick(
      body.onlineMeetingProvider,
      ['unknown', 'teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer'] as const,
      'onlineMeetingProvider',
    );
  if ('recurrence' in body) changes.recurrence = readRecurrence(body.recurrence);
  if ('responseRequested' in body) changes.responseRequested = body.responseRequested !== false;
  if ('allowNewTimeProposals' in body) changes.allowNewTimeProposals = body.allowNewTimeProposals !== false;
  return changes;
}

/** The checks that concern the event as a whole once changes are applied. */
export function checkEventTimes(event: Pick<EventRecord, 'start' | 'end' | 'isAllDay'>): void {
  const start = localToInstant(event.start.dateTime, event.start.timeZone);
  const end = localToInstant(event.end.dateTime, event.end.timeZone);
  if (end < start)
    throw graphErrors.badRequest(
      'The end time of the event must be later than or equal to its start time.',
      'ErrorInvalidRequest',
    );
  if (event.isAllDay) {
    const midnight = (value: DateTimeTimeZone): boolean => /T00:00:00\.0+$/.test(value.dateTime);
    if (!midnight(event.start) || !midnight(event.end) || end === start)
      throw graphErrors.badRequest(
        'An all-day event must start and end at midnight and last at least one day.',
        'ErrorPropertyValidationFailure',
      );
  }
}

export function userRecipient(context: RouteContext): Recipient {
  return { emailAddress: { name: context.store.user.displayName, address: context.store.user.mail } };
}
