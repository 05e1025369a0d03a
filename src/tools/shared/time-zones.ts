/**
 * The one Windows ↔ IANA time-zone table, and conversions between local wall-clock times and instants. Graph's
 * calendar API speaks Windows names ("W. Europe Standard Time") and Office reports them; `Intl` needs IANA names for
 * offsets, so daylight saving is right. Two ways to read a name:
 * - `resolveTimeZone` is strict (an unknown name is undefined, never silently UTC): for names the model gives.
 * - `ianaTimeZone` is lenient (UTC when unknown): for display, so a bad setting never breaks a tool.
 * The Graph simulator uses this module too, so the tools and the simulator can never disagree about a zone.
 */
const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Russian Standard Time': 'Europe/Moscow',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Israel Standard Time': 'Asia/Jerusalem',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'Arabian Standard Time': 'Asia/Dubai',
  'India Standard Time': 'Asia/Kolkata',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'W. Australia Standard Time': 'Australia/Perth',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Mountain Standard Time': 'America/Denver',
  'US Mountain Standard Time': 'America/Phoenix',
  'Central Standard Time': 'America/Chicago',
  'Eastern Standard Time': 'America/New_York',
  'Atlantic Standard Time': 'America/Halifax',
  'Newfoundland Standard Time': 'America/St_Johns',
  'SA Pacific Standard Time': 'America/Bogota',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Buenos_Aires',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
};

/** IANA zones that share a Windows zone with the canonical one above. */
const EXTRA_IANA_TO_WINDOWS: Readonly<Record<string, string>> = {
  'Europe/Amsterdam': 'W. Europe Standard Time',
  'Europe/Rome': 'W. Europe Standard Time',
  'Europe/Zurich': 'W. Europe Standard Time',
  'Europe/Vienna': 'W. Europe Standard Time',
  'Europe/Stockholm': 'W. Europe Standard Time',
  'Europe/Oslo': 'W. Europe Standard Time',
  'Europe/Madrid': 'Romance Standard Time',
  'Europe/Brussels': 'Romance Standard Time',
  'Europe/Copenhagen': 'Romance Standard Time',
  'Europe/Dublin': 'GMT Standard Time',
  'Europe/Lisbon': 'GMT Standard Time',
  'Europe/Prague': 'Central Europe Standard Time',
  'Europe/Helsinki': 'FLE Standard Time',
  'Europe/Kyiv': 'FLE Standard Time',
  'Asia/Calcutta': 'India Standard Time',
  'America/Toronto': 'Eastern Standard Time',
  'America/Detroit': 'Eastern Standard Time',
  'America/Vancouver': 'Pacific Standard Time',
  'Etc/UTC': 'UTC',
  'Etc/GMT': 'UTC',
};

const IANA_TO_WINDOWS: Record<string, string> = { ...EXTRA_IANA_TO_WINDOWS };
for (const [windows, iana] of Object.entries(WINDOWS_TO_IANA)) IANA_TO_WINDOWS[iana] ??= windows;

export interface ResolvedTimeZone {
  /** For `Intl` and for people. */
  iana: string;
  /** For Graph; the IANA name when Windows has no mapping here (Graph accepts many IANA names too). */
  graph: string;
}

/** The canonical IANA name `Intl` knows the zone by; undefined when `Intl` rejects it. */
function canonicalIana(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch (_error) {
    return undefined;
  }
}

function windowsName(name: string): string | undefined {
  if (WINDOWS_TO_IANA[name]) return name;
  const lower = name.toLowerCase();
  return Object.keys(WINDOWS_TO_IANA).find((candidate) => candidate.toLowerCase() === lower);
}

/** A Windows or IANA name, case-insensitively for Windows names; undefined when the zone is unknown. */
export function resolveTimeZone(name: string | undefined): ResolvedTimeZone | undefined {
  const trimmed = name?.trim();
  if (!trimmed) return undefined;
  const windows = windowsName(trimmed);
  if (windows) return { iana: WINDOWS_TO_IANA[windows] as string, graph: windows };
  // Intl accepts offsets like "+01:00" too (in newer engines); a zone name must contain a letter.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const iana = canonicalIana(trimmed);
  if (!iana) return undefined;
  return { iana: trimmed, graph: IANA_TO_WINDOWS[trimmed] ?? IANA_TO_WINDOWS[iana] ?? trimmed };
}

export function isKnownTimeZone(name: string): boolean {
  return resolveTimeZone(name) !== undefined;
}

/** An IANA name for a Windows name or any zone `Intl` accepts; undefined when neither. */
export function toIanaTimeZone(name: string): string | undefined {
  const trimmed = name.trim();
  const windows = windowsName(trimmed);
  if (windows) return WINDOWS_TO_IANA[windows];
  return canonicalIana(trimmed) ? trimmed : undefined;
}

/** An IANA zone for a Windows or IANA name; UTC when unknown (so a bad setting never breaks a tool). */
export function ianaTimeZone(name: string | undefined): string {
  return (name && toIanaTimeZone(name)) || 'UTC';
}

/** Windows name for an IANA (or Windows) name; falls back to the input. */
export function toWindowsTimeZone(name: string): string {
  if (WINDOWS_TO_IANA[name]) return name;
  return IANA_TO_WINDOWS[name] ?? name;
}

/** Wall-clock fields of an instant in a zone (hours 0–23). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** "Mon" … "Sun". */
  weekday: string;
}

// Building a formatter costs far more than using one, and the simulator converts every event it serves.
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: ianaTimeZone(timeZone),
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    // Names come from callers (settings, the model, Prefer headers): keep the cache from growing without bound.
    if (wallClockFormats.size >= 256) wallClockFormats.clear();
    wallClockFormats.set(timeZone, format);
  }
  return format;
}

/** The wall clock in `timeZone` (Windows or IANA; UTC when unknown) at `instant`. */
export function wallClockAt(instant: Date | number, timeZone: string): WallClock {
  const parts = wallClockFormat(timeZone).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((part) => part.type === type)?.value ?? '0';
  return {
    year: Number(value('year')),
    month: Number(value('month')),
    day: Number(value('day')),
    hour: Number(value('hour')) % 24,
    minute: Number(value('minute')),
    second: Number(value('second')),
    weekday: value('weekday'),
  };
}

/** Offset of `timeZone` from UTC at `instant` (ms since epoch), in minutes (e.g. +60 for Berlin in winter). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const wall = wallClockAt(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/**
 * The instant of a wall-clock time in `timeZone`, the wall time given as if it were UTC (`Date.UTC(…)`). Two
 * passes converge on the offset in force at that wall time: times in a DST gap move forward; a repeated time takes
 * the later (standard-time) occurrence.
 */
export function wallTimeToInstant(wallAsUtc: number, timeZone: string): number {
  const first = wallAsUtc - offsetMinutes(wallAsUtc, timeZone) * 60000;
  return wallAsUtc - offsetMinutes(first, timeZone) * 60000;
}

/** Reads a zone-less local time as Graph writes it (`2026-11-20T10:00:00.0000000`) in `timeZone`; NaN if unreadable. */
export function localToInstant(localDateTime: string, timeZone: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?/.exec(localDateTime);
  if (!match) return Number.NaN;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0'] = match;
  const asUtc = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    Number(fraction.slice(0, 3).padEnd(3, '0')),
  );
  return wallTimeToInstant(asUtc, timeZone);
}

/** Formats an instant as Graph's local `dateTime` in `timeZone`: `2026-11-20T10:00:00.0000000`. */
export function instantToLocal(instant: number, timeZone: string): string {
  const shifted = new Date(instant + offsetMinutes(instant, timeZone) * 60000);
  return `${shifted.toISOString().slice(0, 19)}.${String(shifted.getUTCMilliseconds()).padStart(3, '0')}0000`;
}

export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

/** Re-expresses a `dateTimeTimeZone` in another zone; the result carries the zone name as the caller wrote it. */
export function convertDateTimeTimeZone(value: DateTimeTimeZone, targetTimeZone: string): DateTimeTimeZone {
  const instant = localToInstant(value.dateTime, value.timeZone);
  if (Number.isNaN(instant)) return value;
  return { dateTime: instantToLocal(instant, targetTimeZone), timeZone: targetTimeZone };
}
