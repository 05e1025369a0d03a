/**
 * The request body as routes see it. Graph's docs send action parameters in camelCase while the metadata spells
 * them PascalCase, and sometimes sends primitives as strings (`"saveToSentItems": "false"`); `param`, `boolean`
 * and `number` accept all of that (BEHAVIOUR.md, "Response envelope and ids").
 */
import { graphErrors } from './errors';

export interface RequestBody {
  bytes: Uint8Array;
  /** Lower-cased media type without parameters, '' when absent. */
  contentType: string;
  isEmpty: boolean;
  text(): string;
  /** Parsed JSON; 400 when it is not JSON. */
  json<T = unknown>(): T;
  /** A top-level JSON property read case-insensitively (`Message` / `message`). */
  param<T = unknown>(name: string): T | undefined;
  /** A boolean parameter; accepts `true`/`false` and the strings `"true"`/`"false"`. */
  boolean(name: string): boolean | undefined;
  /** A numeric parameter; accepts numbers and numeric strings. */
  number(name: string): number | undefined;
}

export function createRequestBody(bytes: Uint8Array, contentTypeHeader: string | undefined): RequestBody {
  let parsed: { value: unknown } | undefined;
  const text = (): string => Buffer.from(bytes).toString('utf8');
  const json = <T>(): T => {
    if (!parsed) {
      try {
        parsed = { value: JSON.parse(text()) };
      } catch (_error) {
        throw graphErrors.invalidJson();
      }
    }
    return parsed.value as T;
  };
  const param = <T>(name: string): T | undefined => {
    if (bytes.length === 0) return undefined;
    const value = json<unknown>();
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const record = value as Record<string, unknown>;
    const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : (record[key] as T);
  };
  return {
    bytes,
    contentType: (contentTypeHeader ?? '').split(';')[0]?.trim().toLowerCase() ?? '',
    isEmpty: bytes.length === 0,
    text,
    json,
    param,
    boolean: (name) => {
      const value = param<unknown>(name);
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
      return undefined;
    },
    number: (name) => {
      const value = param<unknown>(name);
      if (typeof value === 'number') return value;
      if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
        return Number(value);
      return undefined;
    },
  };
}
