/**
 * Scenario tenants and placeholders. A scenario's tenant is the demo tenant plus a seed fragment; its model script
 * and open item name things by placeholders, resolved against the loaded store so scripts never hard-code ids:
 *
 *   {{message:<subject fragment>}}          id of the first message whose subject contains the fragment
 *   {{attachment:<file name>}}              id of the first mail attachment with that name
 *   {{messageWithAttachment:<file name>}}   id of the message holding that attachment
 *   {{event:<subject fragment>}}            event id        {{task:<title fragment>}}   To Do task id
 *   {{list:<name>}}                         To Do list id   {{file:<name>}}             OneDrive item id
 *   {{page:<title fragment>}}               OneNote page id {{user}}                    the user's address
 *   {{result:<tool>:<key>}}                 late-bound: the first `key` in the latest result of `tool` (bound by
 *                                           the runner when that result arrives, e.g. the id of a draft just saved)
 */
import { buildDemoTenant, DEFAULT_NOW, type TenantSeed } from '../../src/simulators/graph/seed/tenant';
import type { GraphStore } from '../../src/simulators/graph/store/store';
import type { TenantChange } from './scenario-types';

export const SCENARIO_NOW = DEFAULT_NOW;

type Blob = Record<string, unknown>;

function isBlob(value: unknown): value is Blob {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Arrays concatenate (the change adds records), objects merge, anything else is replaced. */
function append(base: unknown, change: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(change)) return [...base, ...change];
  if (isBlob(base) && isBlob(change)) {
    const merged: Blob = { ...base };
    for (const [key, value] of Object.entries(change)) merged[key] = append(base[key], value);
    return merged;
  }
  return change === undefined ? base : change;
}

/** The demo tenant with the scenario's additions. */
export function scenarioTenant(change?: TenantChange): TenantSeed {
  const demo = buildDemoTenant();
  return change ? (append(demo, change) as TenantSeed) : demo;
}

export class PlaceholderError extends Error {
  override readonly name = 'PlaceholderError';
  readonly code = 'unresolved-placeholder';
}

function resolveOne(kind: string, key: string, store: GraphStore): string {
  const needle = key.toLowerCase();
  const has = (value: string | null | undefined) => (value ?? '').toLowerCase().includes(needle);
  let found: string | undefined;
  switch (kind) {
    case 'message':
      found = store.mail.messages.find((message) => has(message.subject))?.id;
      break;
    case 'attachment':
      for (const message of store.mail.messages) {
        const attachment = (message.attachments ?? []).find((candidate) => candidate.name === key);
        if (attachment) {
          found = attachment.id;
          break;
        }
      }
      break;
    case 'messageWithAttachment':
      found = store.mail.messages.find((message) =>
        (message.attachments ?? []).some((attachment) => attachment.name === key),
      )?.id;
      break;
    case 'event':
      found = store.calendar.events.find((event) => has(event.subject))?.id;
      break;
    case 'task':
      found = store.todo.tasks.find((task) => has(task.title))?.id;
      break;
    case 'list':
      found = store.todo.lists.find((list) => list.displayName.toLowerCase() === needle)?.id;
      break;
    case 'file':
      found = store.drive.items.find((item) => item.name.toLowerCase() === needle)?.id;
      break;
    case 'page':
      found = store.onenote.pages.find((page) => has(page.title))?.id;
      break;
    default:
      throw new PlaceholderError(`Unknown placeholder kind '${kind}'.`);
  }
  if (!found) throw new PlaceholderError(`Placeholder {{${kind}:${key}}} matches nothing in the tenant.`);
  return found;
}

const PLACEHOLDER = /\{\{(\w+)(?::([^}]*))?\}\}/gu;

export function resolveText(text: string, store: GraphStore): string {
  return text.replace(PLACEHOLDER, (match, kind: string, key: string | undefined) => {
    if (kind === 'result' || kind === 'resultAll') return match;
    return kind === 'user' ? store.user.mail : resolveOne(kind, key ?? '', store);
  });
}

function firstKey(value: unknown, key: string): unknown {
  if (Array.isArray(value)) {
    for (const entry of value) {
      const found = firstKey(entry, key);
      if (found !== undefined) return found;
    }
  } else if (isBlob(value)) {
    if (key in value) return value[key];
    for (const entry of Object.values(value)) {
      const found = firstKey(entry, key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function allKeys(value: unknown, key: string, found: unknown[]): unknown[] {
  if (Array.isArray(value)) value.forEach((entry) => allKeys(entry, key, found));
  else if (isBlob(value)) {
    if (key in value) found.push(value[key]);
    else Object.values(value).forEach((entry) => allKeys(entry, key, found));
  }
  return found;
}

const RESULT_ALL = /^\{\{resultAll:(\w+):(\w+)\}\}$/u;

/**
 * Binds `{{result:tool:key}}` (the first `key` in the latest result of `tool`) and, as a whole array entry,
 * `{{resultAll:tool:key}}` (every `key` in every result of `tool`, spliced into the array). Unbound ones stay.
 */
export function bindResults<T>(value: T, results: ReadonlyMap<string, readonly unknown[]>): T {
  if (typeof value === 'string')
    return value.replace(/\{\{result:(\w+):(\w+)\}\}/gu, (match, tool: string, key: string) => {
      const found = firstKey(results.get(tool)?.at(-1), key);
      return typeof found === 'string' || typeof found === 'number' ? String(found) : match;
    }) as T;
  if (Array.isArray(value))
    return value.flatMap((entry: unknown) => {
      const all = typeof entry === 'string' ? RESULT_ALL.exec(entry) : null;
      if (all) {
        const found = allKeys(results.get(all[1] ?? '') ?? [], all[2] ?? '', []);
        return found.length > 0 ? found : [entry];
      }
      return [bindResults(entry, results)];
    }) as T;
  if (isBlob(value))
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, bindResults(entry, results)]),
    ) as T;
  return value;
}

export function hasResultPlaceholders(value: unknown): boolean {
  return /\{\{result(All)?:/u.test(JSON.stringify(value));
}

/** Resolves every string inside a JSON-like value. */
export function resolvePlaceholders<T>(value: T, store: GraphStore): T {
  if (typeof value === 'string') return resolveText(value, store) as T;
  if (Array.isArray(value)) return value.map((entry: unknown) => resolvePlaceholders(entry, store)) as T;
  if (isBlob(value))
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, resolvePlaceholders(entry, store)]),
    ) as T;
  return value;
}
