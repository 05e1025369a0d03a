/**
 * The `Prefer` headers Graph honours for Outlook data: `outlook.body-content-type`, `outlook.timezone` and
 * `IdType="ImmutableId"`. Parsing is here; applying them to a response is `applyPreferences`, which the dispatcher
 * runs for routes that opt in (`defineRoute({ prefer: [...] })`).
 */
import { convert } from 'html-to-text';
import { convertDateTimeTimeZone, toIanaTimeZone } from '../../../tools/shared/time-zones';

export interface Preferences {
  /** `outlook.body-content-type`: 'text' converts HTML bodies; default html. */
  bodyContentType: 'html' | 'text';
  /** `outlook.timezone` when it names a known zone; responses default to UTC. */
  timeZone?: string;
  /** `IdType="ImmutableId"` for this request only. */
  immutableId: boolean;
  /** Any other preference, lower-cased name → value (e.g. `return` → `minimal`). */
  other: Record<string, string>;
}

export type PreferenceName = 'body-content-type' | 'timezone' | 'immutable-id';

export function parsePrefer(headerValue: string | undefined): Preferences {
  const preferences: Preferences = { bodyContentType: 'html', immutableId: false, other: {} };
  if (!headerValue) return preferences;
  const pattern = /([\w.-]+)\s*(?:=\s*(?:"([^"]*)"|([^,;\s]+)))?/g;
  for (const match of headerValue.matchAll(pattern)) {
    const name = (match[1] as string).toLowerCase();
    const value = match[2] ?? match[3] ?? '';
    if (name === 'outlook.body-content-type')
      preferences.bodyContentType = value.toLowerCase() === 'text' ? 'text' : 'html';
    else if (name === 'outlook.timezone') {
      if (toIanaTimeZone(value)) preferences.timeZone = value;
    } else if (name === 'idtype') preferences.immutableId = value.toLowerCase() === 'immutableid';
    else preferences.other[name] = value;
  }
  return preferences;
}

export function htmlToPlainText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [{ selector: 'a', options: { ignoreHref: true } }],
  }).trim();
}

function convertBody(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const body = value as { contentType?: string; content?: string };
  if (body.contentType?.toLowerCase() !== 'html' || typeof body.content !== 'string') return value;
  return { ...body, contentType: 'text', content: htmlToPlainText(body.content) };
}

function isDateTimeTimeZone(value: unknown): value is { dateTime: string; timeZone: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value).filter((key) => !key.startsWith('@'));
  return (
    keys.length === 2 &&
    typeof (value as Record<string, unknown>).dateTime === 'string' &&
    typeof (value as Record<string, unknown>).timeZone === 'string'
  );
}

function convertTimes(value: unknown, timeZone: string): unknown {
  if (Array.isArray(value)) return value.map((item) => convertTimes(item, timeZone));
  if (isDateTimeTimeZone(value)) return convertDateTimeTimeZone(value, timeZone);
  if (!value || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) result[key] = convertTimes(item, timeZone);
  return result;
}

function mapEntities(
  body: Record<string, unknown>,
  transform: (entity: Record<string, unknown>) => Record<string, unknown>,
): Record<string, unknown> {
  if (Array.isArray(body.value))
    return {
      ...body,
      value: body.value.map((item) =>
        item && typeof item === 'object' ? transform(item as Record<string, unknown>) : item,
      ),
    };
  return transform(body);
}

/**
 * Applies the preferences a route opted into to a JSON response body; returns the new body and the
 * `Preference-Applied` values. Times are always normalised (to UTC without `outlook.timezone`), as Graph does.
 */
export function applyPreferences(
  body: Record<string, unknown>,
  preferences: Preferences,
  supported: readonly PreferenceName[],
): { body: Record<string, unknown>; applied: string[] } {
  const applied: string[] = [];
  let result = body;
  if (supported.includes('body-content-type') && preferences.bodyContentType === 'text') {
    result = mapEntities(result, (entity) => ({
      ...entity,
      ...('body' in entity ? { body: convertBody(entity.body) } : {}),
      ...('uniqueBody' in entity ? { uniqueBody: convertBody(entity.uniqueBody) } : {}),
    }));
    applied.push('outlook.body-content-type="text"');
  }
  if (supported.includes('timezone')) {
    const timeZone = preferences.timeZone ?? 'UTC';
    result = mapEntities(result, (entity) => convertTimes(entity, timeZone) as Record<string, unknown>);
    if (preferences.timeZone) applied.push(`outlook.timezone="${preferences.timeZone}"`);
  }
  if (supported.includes('immutable-id') && preferences.immutableId) applied.push('IdType="ImmutableId"');
  return { body: result, applied };
}
