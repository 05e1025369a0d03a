/**
 * Wall-clock seed times for calendars. Besides `resolveInstant`'s ISO / `now±…` values, calendar seeds accept
 * times on the user's local calendar, so demo meetings land on working days at round hours whatever "now" is:
 *   `today+3d@14:00`   — the user's local date of now, plus 3 days, at 14:00 local
 *   `week-1:tue@09:30` — Tuesday of the ISO week (Mon–Sun) containing now, one week earlier, at 09:30 local
 * The time part is optional (`week+2:fri` is local midnight, used for all-day events).
 */
import { instantToLocal, localToInstant } from '../../../tools/shared/time-zones';
import { resolveInstant } from './seed-context';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TODAY = /^today([+-]\d+)d(?:@(\d{1,2}):(\d{2}))?$|^today(?:@(\d{1,2}):(\d{2}))?$/;
const WEEK = /^week([+-]\d+)?:(mon|tue|wed|thu|fri|sat|sun)(?:@(\d{1,2}):(\d{2}))?$/;

function shiftDate(date: string, days: number): string {
  const day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return new Date(day + days * 86_400_000).toISOString().slice(0, 10);
}

function atTime(
  date: string,
  hour: string | undefined,
  minute: string | undefined,
  timeZone: string,
): string {
  const local = `${date}T${(hour ?? '0').padStart(2, '0')}:${minute ?? '00'}:00`;
  return new Date(localToInstant(local, timeZone)).toISOString();
}

/** Resolves a calendar seed time to a UTC ISO instant. */
export function resolveCalendarTime(value: string, now: Date, timeZone: string): string {
  const trimmed = value.trim();
  const localToday = instantToLocal(now.getTime(), timeZone).slice(0, 10);
  const today = TODAY.exec(trimmed);
  if (today) {
    const days = today[1] ? Number(today[1]) : 0;
    return atTime(shiftDate(localToday, days), today[2] ?? today[4], today[3] ?? today[5], timeZone);
  }
  const week = WEEK.exec(trimmed);
  if (week) {
    const weekday = (new Date(`${localToday}T00:00:00Z`).getUTCDay() + 6) % 7;
    const monday = shiftDate(localToday, -weekday);
    const date = shiftDate(monday, Number(week[1] ?? 0) * 7 + WEEKDAYS.indexOf(week[2] as string));
    return atTime(date, week[3], week[4], timeZone);
  }
  return resolveInstant(trimmed, now);
}
