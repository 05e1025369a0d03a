/**
 * Dates as the user reads and writes them: instants shown in the user's time zone ("Fri 2026-11-20 09:14"), and
 * local dates the user names ("2026-11-20") turned into UTC instants for Graph queries. Zone names and offsets
 * come from `time-zones.ts` (lenient here: an unknown zone reads as UTC).
 */
import { wallClockAt, wallTimeToInstant } from './time-zones';

const pad = (value: number): string => String(value).padStart(2, '0');

/** "Fri 2026-11-20 09:14" in the zone; the input is an ISO instant (UTC when it has no offset, as Graph sends). */
export function formatInstant(iso: string | null | undefined, timeZone: string): string | undefined {
  if (!iso) return undefined;
  const instant = new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`);
  if (Number.isNaN(instant.getTime())) return undefined;
  const local = wallClockAt(instant, timeZone);
  return `${local.weekday} ${local.year}-${pad(local.month)}-${pad(local.day)} ${pad(local.hour)}:${pad(local.minute)}`;
}

/** The user's calendar date ("2026-11-20") of an instant. */
export function localDateOf(instant: Date, timeZone: string): string {
  const local = wallClockAt(instant, timeZone);
  return `${local.year}-${pad(local.month)}-${pad(local.day)}`;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Accepts "2026-11-20" or "2026-11-20T14:30" (local, no offset). */
export function isLocalDateTime(text: string): boolean {
  return LOCAL_PATTERN.test(text);
}

/** The UTC instant of a local wall-clock time in the zone (DST gaps and repeats as `wallTimeToInstant` says). */
export function localToUtc(local: string, timeZone: string): Date {
  const match = LOCAL_PATTERN.exec(local.trim());
  if (!match) throw new RangeError(`'${local}' is not a local date (YYYY-MM-DD or YYYY-MM-DDTHH:mm).`);
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  const wall = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
  return new Date(wallTimeToInstant(wall, timeZone));
}

/** Adds whole days to a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** Graph's instant form: `2026-11-20T08:00:00Z` (no milliseconds, so $filter literals stay short). */
export function toGraphInstant(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
