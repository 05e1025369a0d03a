/**
 * What the To Do tools share: scopes, paths, wire types, typed errors, list resolution by name or id, and the compact
 * task view. Lists are few, so a name is resolved by reading them all (one call).
 */
import { encodeGraphId } from '../../graph/types';
import type { Citation, ToolContext } from '../define-tool';
import { formatInstant } from '../shared/dates';
import { resolveTimeZone } from '../shared/time-zones';
import { candidateList, ToolError } from '../shared/tool-error';

export const TASKS_READ = ['Tasks.Read'] as const;
export const TASKS_WRITE = ['Tasks.ReadWrite'] as const;

export type TodoToolErrorCode =
  | 'list-not-found'
  | 'list-ambiguous'
  | 'invalid-date'
  | 'nothing-to-change'
  | 'checklist-item-not-found'
  | 'default-list';

export class TodoToolError extends ToolError<TodoToolErrorCode> {
  override readonly name = 'TodoToolError';
}

export interface TodoListWire {
  id: string;
  displayName: string;
  wellknownListName?: string;
  isShared?: boolean;
}

export interface DateTimeWire {
  dateTime: string;
  timeZone: string;
}

export interface ChecklistItemWire {
  id: string;
  displayName: string;
  isChecked: boolean;
}

export interface LinkedResourceWire {
  id?: string;
  webUrl?: string | null;
  applicationName?: string;
  displayName?: string;
  externalId?: string | null;
}

export interface TodoTaskWire {
  id: string;
  title?: string;
  status?: string;
  importance?: string;
  body?: { content?: string; contentType?: string };
  dueDateTime?: DateTimeWire;
  reminderDateTime?: DateTimeWire;
  completedDateTime?: DateTimeWire;
  isReminderOn?: boolean;
  categories?: string[];
  createdDateTime?: string;
  lastModifiedDateTime?: string;
  checklistItems?: ChecklistItemWire[];
  linkedResources?: LinkedResourceWire[];
}

export const listPath = (listId: string): string => `/me/todo/lists/${encodeGraphId(listId)}`;
export const tasksPath = (listId: string): string => `${listPath(listId)}/tasks`;
export const taskPath = (listId: string, taskId: string): string =>
  `${tasksPath(listId)}/${encodeGraphId(taskId)}`;

export const TASK_SELECT =
  'id,title,status,importance,dueDateTime,reminderDateTime,isReminderOn,completedDateTime,categories,createdDateTime,lastModifiedDateTime';

export async function readLists(ctx: ToolContext): Promise<TodoListWire[]> {
  return ctx.graph.getPages<TodoListWire>('/me/todo/lists', {
    scopes: TASKS_READ,
    signal: ctx.signal,
    maxItems: 200,
  });
}

/**
 * A list by id or display name (case-insensitive; "default"/"Tasks" also reach the default list). Errors list the
 * lists when none or several match, so the model can pick.
 */
export async function resolveList(ctx: ToolContext, nameOrId: string | undefined): Promise<TodoListWire> {
  const lists = await readLists(ctx);
  const wanted = (nameOrId ?? '').trim();
  if (!wanted || wanted.toLowerCase() === 'default') {
    const fallback = lists.find((list) => list.wellknownListName === 'defaultList');
    if (fallback) return fallback;
  }
  const byId = lists.find((list) => list.id === wanted);
  if (byId) return byId;
  const matches = lists.filter((list) => list.displayName.trim().toLowerCase() === wanted.toLowerCase());
  if (matches.length === 1) return matches[0] as TodoListWire;
  const names = candidateList(lists.map((list) => `"${list.displayName}" (${list.id})`));
  if (matches.length > 1)
    throw new TodoToolError(
      'list-ambiguous',
      `Several lists are called "${wanted}"; give the id of one: ${names}.`,
    );
  throw new TodoToolError('list-not-found', `No To Do list "${wanted}". The lists are: ${names}.`);
}

/** A To Do date-time (UTC on the wire) as the user reads it: "Mon 2026-11-23 09:00". */
export function describeTodoTime(value: DateTimeWire | undefined, ctx: ToolContext): string | undefined {
  if (!value?.dateTime) return undefined;
  const zone = resolveTimeZone(value.timeZone)?.iana ?? 'UTC';
  const iso = zone === 'UTC' ? `${value.dateTime.slice(0, 19)}Z` : undefined;
  const userZone = resolveTimeZone(ctx.user.timeZone)?.iana ?? 'UTC';
  return formatInstant(iso ?? value.dateTime.slice(0, 19), userZone);
}

/** A due date is a date: "Mon 2026-11-23". */
export function describeDue(value: DateTimeWire | undefined, ctx: ToolContext): string | undefined {
  return describeTodoTime(value, ctx)?.slice(0, 14);
}

export function compactTask(task: TodoTaskWire, ctx: ToolContext): Record<string, unknown> {
  return {
    id: task.id,
    title: ctx.untrusted(task.title ?? ''),
    status: task.status,
    ...(task.importance && task.importance !== 'normal' ? { importance: task.importance } : {}),
    ...(task.dueDateTime ? { due: describeDue(task.dueDateTime, ctx) } : {}),
    ...(task.isReminderOn && task.reminderDateTime
      ? { reminder: describeTodoTime(task.reminderDateTime, ctx) }
      : {}),
    ...(task.completedDateTime ? { completed: describeDue(task.completedDateTime, ctx) } : {}),
    ...(task.categories?.length
      ? { categories: task.categories.map((category) => ctx.untrusted(category)) }
      : {}),
  };
}

export function taskCitation(task: TodoTaskWire): Citation {
  return { kind: 'task', id: task.id, title: task.title ?? '' };
}
