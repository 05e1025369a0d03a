/**
 * Times as the model gives them (a local date-time plus an IANA or Windows zone, the user's zone by default) and as
 * the user reads them back ("Tue 2026-11-24 14:00 (Europe/Berlin)"). Conversions go through `Intl`, so a time
 * across a DST change lands on the right instant.
 */
import { z } from 'zod';
import { addDays, formatInstant, localToUtc } from '../shared/dates';
import { isKnownTimeZone, resolveTimeZone, type ResolvedTimeZone } from '../shared/time-zones';
import type { ToolContext } from '../define-tool';
import { CalendarToolError } from './calendar-errors';
import type { DateTimeTimeZoneWire } from './calendar-graph';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export const localDateTimeSchema = z
  .string()
  .trim()
  .regex(LOCAL, 'Use a local time "YYYY-MM-DDTHH:mm" (no offset) or a date "YYYY-MM-DD".');

export const timeZoneSchema = z.string().trim().refine(isKnownTimeZone, {
  message:
    'Unknown time zone; give an IANA name ("Europe/Berlin") or a Windows name ("W. Europe Standard Time").',
});

/** Throws invalid-date for impossible calendar dates such as 2026-02-30 or 25:00. */
export function checkLocal(local: string, name: string): void {
  const match = LOCAL.exec(local);
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match ?? [];
  const date = new Date(
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)),
  );
  const valid =
    match !== null &&
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    date.getUTCHours() === Number(hour) &&
    date.getUTCMinutes() === Number(minute);
  if (!valid)
    throw new CalendarToolError('invalid-date', `'${local}' in ${name} is not a valid date or time.`);
}

export function zoneOrUser(timeZone: string | undefined, ctx: ToolContext): ResolvedTimeZone {
  const zone = resolveTimeZone(timeZone ?? ctx.user.timeZone);
  if (!zone)
    throw new CalendarToolError('invalid-time-zone', `Unknown time zone '${timeZone ?? ctx.user.timeZone}'.`);
  return zone;
}

export function withSeconds(local: string): string {
  return local.length === 10 ? `${local}T00:00:00` : local.length === 16 ? `${local}:00` : local;
}

/** The instant (ms) of a local time in a zone. */
export function instantOf(local: string, zone: ResolvedTimeZone): number {
  return localToUtc(withSeconds(local).slice(0, 19), zone.iana).getTime();
}

export function graphDateTime(local: string, zone: ResolvedTimeZone): DateTimeTimeZoneWire {
  return { dateTime: withSeconds(local), timeZone: zone.graph };
}

/** "Tue 2026-11-24 14:00" from a zone-less local date-time as Graph returns it under Prefer outlook.timezone. */
export function describeLocal(dateTime: string | undefined, dateOnly = false): string | undefined {
  if (!dateTime) return undefined;
  const date = dateTime.slice(0, 10);
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
  return dateOnly ? `${weekday} ${date}` : `${weekday} ${date} ${dateTime.slice(11, 16)}`;
}

/** "Tue 2026-11-24 14:00 (Europe/Berlin)" for an instant, in the user's zone. */
export function describeInstant(instant: number, ianaZone: string): string {
  return `${formatInstant(new Date(instant).toISOString(), ianaZone) ?? ''} (${ianaZone})`;
}

export interface EventTimesInput {
  start: string;
  end?: string;
  durationMinutes?: number;
  timeZone?: string;
  isAllDay?: boolean;
}

export interface PlannedTimes {
  start: DateTimeTimeZoneWire;
  end: DateTimeTimeZoneWire;
  startInstant: number;
  endInstant: number;
  zone: ResolvedTimeZone;
  isAllDay: boolean;
  /** For people: "Tue 2026-11-24 14:00 – 15:00 (Europe/Berlin)" in the user's zone. */
  summary: string;
}

/**
 * Start/end for Graph from the model's arguments. All-day: dates, `end` the last day (inclusive), sent as midnights
 * with Graph's exclusive end. Timed: `end` or `durationMinutes` (default 30).
 */
export function planEventTimes(input: EventTimesInput, ctx: ToolContext): PlannedTimes {
  const zone = zoneOrUser(input.timeZone, ctx);
  const userZone = zoneOrUser(undefined, ctx);
  checkLocal(input.start, 'start');
  if (input.end) checkLocal(input.end, 'end');
  if (input.isAllDay) {
    const firstDay = input.start.slice(0, 10);
    const lastDay = (input.end ?? input.start).slice(0, 10);
    if (lastDay < firstDay)
      throw new CalendarToolError(
        'end-before-start',
        `The event ends (${lastDay}) before it starts (${firstDay}).`,
      );
    const endDay = addDays(lastDay, 1);
    return {
      start: graphDateTime(firstDay, zone),
      end: graphDateTime(endDay, zone),
      startInstant: instantOf(firstDay, zone),
      endInstant: instantOf(endDay, zone),
      zone,
      isAllDay: true,
      summary:
        firstDay === lastDay
          ? `${describeLocal(firstDay, true)} (all day)`
          : `${describeLocal(firstDay, true)} – ${describeLocal(lastDay, true)} (all day)`,
    };
  }
  if (input.start.length === 10)
    throw new CalendarToolError(
      'invalid-date',
      'start needs a time ("YYYY-MM-DDTHH:mm") unless isAllDay is true.',
    );
  const startInstant = instantOf(input.start, zone);
  let endInstant: number;
  let end: DateTimeTimeZoneWire;
  if (input.end) {
    endInstant = instantOf(input.end, zone);
    end = graphDateTime(input.end, zone);
  } else {
    endInstant = startInstant + (input.durationMinutes ?? 30) * 60_000;
    end = { dateTime: new Date(endInstant).toISOString().slice(0, 19), timeZone: 'UTC' };
  }
  if (endInstant <= startInstant)
    throw new CalendarToolError(
      'end-before-start',
      `The event must end after it starts (start ${input.start}, end ${input.end ?? '?'}${input.timeZone ? ` ${input.timeZone}` : ''}).`,
    );
  const startText = describeInstant(startInstant, userZone.iana);
  const endText = formatInstant(new Date(endInstant).toISOString(), userZone.iana) ?? '';
  const sameDay = startText.slice(0, 14) === endText.slice(0, 14);
  return {
    start: graphDateTime(input.start, zone),
    end,
    startInstant,
    endInstant,
    zone,
    isAllDay: false,
    summary: `${startText.replace(` (${userZone.iana})`, '')} – ${sameDay ? endText.slice(15) : endText} (${userZone.iana})`,
  };
}
