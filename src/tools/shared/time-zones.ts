/**
 * Time-zone names as tools take them from the model: IANA ("Europe/Berlin") or Windows ("W. Europe Standard Time"),
 * checked strictly (an unknown name is an error, never silently UTC). Graph's calendar API speaks Windows names
 * everywhere, so requests carry the Windows name when one exists; `Intl` needs the IANA one for offsets.
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

function canonicalIana(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** A Windows or IANA name, case-insensitively for Windows names; undefined when the zone is unknown. */
export function resolveTimeZone(name: string | undefined): ResolvedTimeZone | undefined {
  const trimmed = name?.trim();
  if (!trimmed) return undefined;
  const windows = Object.keys(WINDOWS_TO_IANA).find(
    (candidate) => candidate.toLowerCase() === trimmed.toLowerCase(),
  );
  if (windows) return { iana: WINDOWS_TO_IANA[windows] as string, graph: windows };
  // Intl accepts offsets like "+01:00" too; a zone name must contain a letter.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const iana = canonicalIana(trimmed);
  if (!iana) return undefined;
  return { iana: trimmed, graph: IANA_TO_WINDOWS[trimmed] ?? IANA_TO_WINDOWS[iana] ?? trimmed };
}

export function isKnownTimeZone(name: string): boolean {
  return resolveTimeZone(name) !== undefined;
}
