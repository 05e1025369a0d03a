/**
 * Dates as the user reads and writes them: instants shown in the user's time zone ("Fri 2026-11-20 09:14"), and
 * local dates the user names ("2026-11-20") turned into UTC instants for Graph queries. Offsets come from `Intl`,
 * so daylight saving is right; Office reports Windows zone names, so the common ones are mapped to IANA.
 */
const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  'GMT Standard Time': 'Europe/London',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
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
  'SA Pacific Standard Time': 'America/Bogota',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
};

function isIana(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An IANA zone for a Windows or IANA name; UTC when unknown (so a bad setting never breaks a tool). */
export function ianaTimeZone(name: string | undefined): string {
  if (!name) return 'UTC';
  const mapped = WINDOWS_TO_IANA[name];
  if (mapped) return mapped;
  return isIana(name) ? name : 'UTC';
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: string;
}

function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: ianaTimeZone(timeZone),
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
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

const pad = (value: number): string => String(value).padStart(2, '0');

/** "Fri 2026-11-20 09:14" in the zone; the input is an ISO instant (UTC when it has no offset, as Graph sends). */
export function formatInstant(iso: string | null | undefined, timeZone: string): string | undefined {
  if (!iso) return undefined;
  const instant = new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`);
  if (Number.isNaN(instant.getTime())) return undefined;
  const local = localParts(instant, timeZone);
  return `${local.weekday} ${local.year}-${pad(local.month)}-${pad(local.day)} ${pad(local.hour)}:${pad(local.minute)}`;
}

/** The user's calendar date ("2026-11-20") of an instant. */
export function localDateOf(instant: Date, timeZone: string): string {
  const local = localParts(instant, timeZone);
  return `${local.year}-${pad(local.month)}-${pad(local.day)}`;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Accepts "2026-11-20" or "2026-11-20T14:30" (local, no offset). */
export function isLocalDateTime(text: string): boolean {
  return LOCAL_PATTERN.test(text);
}

/**
 * The UTC instant of a local wall-clock time in the zone. Times in a DST gap move forward; repeated times take
 * the first occurrence.
 */
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
  // Two passes converge on the offset in force at that wall time.
  let guess = wall;
  for (let pass = 0; pass < 2; pass += 1) {
    const parts = localParts(new Date(guess), timeZone);
    const seen = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    guess += wall - seen;
  }
  return new Date(guess);
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
