/**
 * Expands Graph's `patternedRecurrence` into occurrence dates. Works on calendar dates only (`YYYY-MM-DD`); the caller
 * puts the series' local start time on each date in the series' zone, so occurrences keep their wall-clock time across
 * a DST change, as Outlook's do.
 */
import type { RecurrenceRecord } from '../store/calendar';

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const INDEXES = ['first', 'second', 'third', 'fourth'];

function parseDate(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function formatDate(day: number): string {
  return new Date(day).toISOString().slice(0, 10);
}

function weekdayOf(day: number): string {
  return WEEKDAYS[new Date(day).getUTCDay()] as string;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** Does `day` match a relative pattern (`index` + `daysOfWeek`) within its month? */
function matchesRelative(day: number, index: string, daysOfWeek: readonly string[]): boolean {
  const date = new Date(day);
  if (!daysOfWeek.map((weekday) => weekday.toLowerCase()).includes(weekdayOf(day))) return false;
  const dayOfMonth = date.getUTCDate();
  if (index.toLowerCase() === 'last')
    return dayOfMonth + 7 > lastDayOfMonth(date.getUTCFullYear(), date.getUTCMonth());
  return Math.floor((dayOfMonth - 1) / 7) === INDEXES.indexOf(index.toLowerCase());
}

function monthsBetween(start: number, day: number): number {
  const from = new Date(start);
  const to = new Date(day);
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
}

function matchesPattern(recurrence: RecurrenceRecord, start: number, day: number): boolean {
  const { pattern } = recurrence;
  const interval = Math.max(1, pattern.interval || 1);
  const daysOfWeek = (pattern.daysOfWeek ?? []).map((weekday) => weekday.toLowerCase());
  const date = new Date(day);
  switch (pattern.type) {
    case 'daily':
      return Math.round((day - start) / DAY_MS) % interval === 0;
    case 'weekly': {
      const firstDay = Math.max(0, WEEKDAYS.indexOf((pattern.firstDayOfWeek ?? 'sunday').toLowerCase()));
      const weekStart = (value: number): number =>
        value - ((new Date(value).getUTCDay() - firstDay + 7) % 7) * DAY_MS;
      const weeks = Math.round((weekStart(day) - weekStart(start)) / (7 * DAY_MS));
      const days = daysOfWeek.length > 0 ? daysOfWeek : [weekdayOf(start)];
      return weeks % interval === 0 && days.includes(weekdayOf(day));
    }
    case 'absoluteMonthly':
      return (
        monthsBetween(start, day) % interval === 0 &&
        date.getUTCDate() === (pattern.dayOfMonth ?? new Date(start).getUTCDate())
      );
    case 'relativeMonthly':
      return (
        monthsBetween(start, day) % interval === 0 &&
        matchesRelative(day, pattern.index ?? 'first', daysOfWeek)
      );
    case 'absoluteYearly':
      return (
        (date.getUTCFullYear() - new Date(start).getUTCFullYear()) % interval === 0 &&
        date.getUTCMonth() + 1 === (pattern.month ?? new Date(start).getUTCMonth() + 1) &&
        date.getUTCDate() === (pattern.dayOfMonth ?? new Date(start).getUTCDate())
      );
    case 'relativeYearly':
      return (
        (date.getUTCFullYear() - new Date(start).getUTCFullYear()) % interval === 0 &&
        date.getUTCMonth() + 1 === (pattern.month ?? new Date(start).getUTCMonth() + 1) &&
        matchesRelative(day, pattern.index ?? 'first', daysOfWeek)
      );
    default:
      return false;
  }
}

/**
 * The dates (`YYYY-MM-DD`) of a series from its range start up to and including `untilDate`. `numbered` ranges
 * count from the range start, so the count is right even when the window starts later.
 */
export function occurrenceDates(recurrence: RecurrenceRecord, untilDate: string): string[] {
  const start = parseDate(recurrence.range.startDate);
  let until = parseDate(untilDate);
  if (recurrence.range.type === 'endDate' && recurrence.range.endDate)
    until = Math.min(until, parseDate(recurrence.range.endDate));
  const limit = recurrence.range.type === 'numbered' ? (recurrence.range.numberOfOccurrences ?? 0) : Infinity;
  const dates: string[] = [];
  for (let day = start; day <= until && dates.length < limit; day += DAY_MS)
    if (matchesPattern(recurrence, start, day)) dates.push(formatDate(day));
  return dates;
}

export function addDays(date: string, days: number): string {
  return formatDate(parseDate(date) + days * DAY_MS);
}
