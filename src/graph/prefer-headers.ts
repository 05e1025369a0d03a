export interface PreferOptions {
  /** Message and event bodies as plain text instead of HTML (`outlook.body-content-type="text"`). */
  textBody?: boolean;
  /** Date-times in this IANA or Windows time zone instead of UTC (`outlook.timezone`). */
  timeZone?: string;
  /** Ids that survive moves between folders (`IdType="ImmutableId"`). */
  immutableIds?: boolean;
}

/** One `Prefer` header holding every preference asked for; `{}` when none. */
export function preferHeaders(options: PreferOptions): Record<string, string> {
  const preferences: string[] = [];
  if (options.textBody) preferences.push('outlook.body-content-type="text"');
  if (options.timeZone) preferences.push(`outlook.timezone="${options.timeZone.replace(/"/g, '')}"`);
  if (options.immutableIds) preferences.push('IdType="ImmutableId"');
  return preferences.length > 0 ? { Prefer: preferences.join(', ') } : {};
}
