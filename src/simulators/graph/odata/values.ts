/** Value access and comparison shared by `$filter`, `$orderby` and `$search`. */

/** Reads `from/emailAddress/address` style paths (segments compared case-insensitively, as Graph does). */
export function readPath(value: unknown, segments: readonly string[]): unknown {
  let current: unknown = value;
  for (const segment of segments) {
    if (current === null || current === undefined || typeof current !== 'object' || Array.isArray(current))
      return undefined;
    const record = current as Record<string, unknown>;
    if (segment in record) {
      current = record[segment];
      continue;
    }
    const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === segment.toLowerCase());
    current = key === undefined ? undefined : record[key];
  }
  return current;
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export function isIsoDateTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATETIME.test(value);
}

/** Milliseconds for an ISO value; strings without an offset are read as UTC (as Graph reads dateTimeTimeZone in UTC). */
export function dateTimeMilliseconds(value: string): number {
  const hasZone = /(Z|[+-]\d{2}:\d{2})$/.test(value) || !value.includes('T');
  return Date.parse(hasZone ? value : `${value}Z`);
}

/**
 * Total order used by sorting and by gt/ge/lt/le: null/undefined lowest, strings case-insensitively,
 * ISO datetimes by instant. Returns a negative, zero or positive number.
 */
export function compareValues(left: unknown, right: unknown): number {
  const leftMissing = left === null || left === undefined;
  const rightMissing = right === null || right === undefined;
  if (leftMissing || rightMissing) return leftMissing === rightMissing ? 0 : leftMissing ? -1 : 1;
  if (isIsoDateTime(left) && isIsoDateTime(right))
    return dateTimeMilliseconds(left) - dateTimeMilliseconds(right);
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  if (typeof left === 'boolean' && typeof right === 'boolean') return Number(left) - Number(right);
  const leftText = String(left).toLowerCase();
  const rightText = String(right).toLowerCase();
  return leftText < rightText ? -1 : leftText > rightText ? 1 : 0;
}
