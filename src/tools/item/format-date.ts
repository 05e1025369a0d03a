import { formatInstant } from '../shared/dates';
import { ianaTimeZone } from '../shared/time-zones';

/**
 * "Thu 2026-11-19 09:00 (Europe/Berlin)": a date the model can compare and the user recognises, in the user's
 * zone. Office reports Windows zone names on some hosts ("W. Europe Standard Time"); they are mapped to IANA
 * names. An unknown zone falls back to UTC, and the text says which zone it used.
 */
export function formatInZone(iso: string | undefined, timeZone: string): string | undefined {
  const zone = ianaTimeZone(timeZone);
  const text = formatInstant(iso, zone);
  return text && `${text} (${zone})`;
}
