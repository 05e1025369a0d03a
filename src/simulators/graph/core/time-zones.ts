/**
 * Windows ↔ IANA time-zone names for the zones people actually use (Graph speaks Windows names; `Intl` speaks IANA),
 * and conversion of `dateTimeTimeZone` values between zones. Offsets come from `Intl`, so DST is right.
 */
const WINDOWS_TO_IANA: Record<string, string> = {
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

const IANA_TO_WINDOWS: Record<string, string> = {};
for (const [windows, iana] of Object.entries(WINDOWS_TO_IANA)) IANA_TO_WINDOWS[iana] ??= windows;
IANA_TO_WINDOWS['Europe/Amsterdam'] = 'W. Europe Standard Time';
IANA_TO_WINDOWS['Europe/Rome'] = 'W. Europe Standard Time';
IANA_TO_WINDOWS['Europe/Zurich'] = 'W. Europe Standard Time';
IANA_TO_WINDOWS['Europe/Vienna'] = 'W. Europe Standard Time';
IANA_TO_WINDOWS['Europe/Madrid'] = 'Romance Standard Time';
IANA_TO_WINDOWS['Europe/Brussels'] = 'Romance Standard Time';
IANA_TO_WINDOWS['Europe/Dublin'] = 'GMT Standard Time';
IANA_TO_WINDOWS['Etc/UTC'] = 'UTC';

function isValidIana(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch (_error) {
    return false;
  }
}

/** IANA name for a Windows or IANA name, or undefined when the zone is unknown. */
export function toIanaTimeZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (WINDOWS_TO_IANA[trimmed]) return WINDOWS_TO_IANA[trimmed];
  const windows = Object.keys(WINDOWS_TO_IANA).find(
    (candidate) => candidate.toLowerCase() === trimmed.toLowerCase(),
  );
  if (windows) return WINDOWS_TO_IANA[windows];
  return isValidIana(trimmed) ? trimmed : undefined;
}

/** Windows name for an IANA (or Windows) name; falls back to the input. */
export function toWindowsTimeZone(name: string): string {
  if (WINDOWS_TO_IANA[name]) return name;
  return IANA_TO_WINDOWS[name] ?? name;
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (e.g. +60 for Berlin in winter). */
export function offsetMinutes(instant: number, ianaTimeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: ianaTimeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const field = (type: string): number => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/** Reads a zone-less local time (`2026-11-20T10:00:00.0000000`) in `timeZone` as a UTC instant. */
export function localToInstant(localDateTime: string, timeZone: string): number {
  const iana = toIanaTimeZone(timeZone) ?? 'UTC';
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
  let instant = asUtc - offsetMinutes(asUtc, iana) * 60000;
  instant = asUtc - offsetMinutes(instant, iana) * 60000;
  return instant;
}

/** Formats an instant as Graph's local `dateTime` in `timeZone`: `2026-11-20T10:00:00.0000000`. */
export function instantToLocal(instant: number, timeZone: string): string {
  const iana = toIanaTimeZone(timeZone) ?? 'UTC';
  const shifted = new Date(instant + offsetMinutes(instant, iana) * 60000);
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
