/**
 * Shape comparison for example replays: same property names and JSON types, values may differ; arrays are compared
 * by their first elements. `null` on either side matches any type (Graph's properties are nullable).
 */
export interface ShapeOptions {
  /** Also report properties the actual body has and the example does not. @default false */
  strict?: boolean;
  /** Property names to skip (e.g. ones the docs sample shows but the simulator legitimately omits). */
  ignore?: readonly string[];
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export function compareShape(
  expected: unknown,
  actual: unknown,
  options: ShapeOptions = {},
  path = '$',
): string[] {
  const expectedType = jsonType(expected);
  const actualType = jsonType(actual);
  if (expectedType === 'null' || actualType === 'null') return [];
  if (expectedType !== actualType) return [`${path}: expected ${expectedType}, got ${actualType}`];
  if (expectedType === 'array') {
    const [first] = expected as unknown[];
    const [actualFirst] = actual as unknown[];
    return first === undefined || actualFirst === undefined
      ? []
      : compareShape(first, actualFirst, options, `${path}[0]`);
  }
  if (expectedType !== 'object') return [];
  const differences: string[] = [];
  const expectedRecord = expected as Record<string, unknown>;
  const actualRecord = actual as Record<string, unknown>;
  for (const key of Object.keys(expectedRecord)) {
    if (options.ignore?.includes(key)) continue;
    if (!(key in actualRecord)) differences.push(`${path}.${key}: missing`);
    else differences.push(...compareShape(expectedRecord[key], actualRecord[key], options, `${path}.${key}`));
  }
  if (options.strict)
    for (const key of Object.keys(actualRecord))
      if (!(key in expectedRecord) && !options.ignore?.includes(key))
        differences.push(`${path}.${key}: not in the example`);
  return differences;
}
