/** To Do records ↔ wire JSON, lookups and body validation shared by the To Do routes. */
import { GraphError, graphErrors } from '../core/errors';
import type { RouteContext } from '../core/route';
import { instantToLocal, localToInstant, toIanaTimeZone } from '../../../tools/shared/time-zones';
import type { DateTimeTimeZone } from '../store/common';
import type {
  ChecklistItemRecord,
  LinkedResourceRecord,
  TodoListRecord,
  TodoTaskRecord,
} from '../store/todo';

type Json = Record<string, unknown>;

export const TASK_STATUSES = [
  'notStarted',
  'inProgress',
  'completed',
  'waitingOnOthers',
  'deferred',
] as const;
const IMPORTANCE = ['low', 'normal', 'high'] as const;

export function invalidRequest(message: string): GraphError {
  return graphErrors.badRequest(message, 'invalidRequest');
}

function etag(value: string): string {
  return `W/"${Buffer.from(value).toString('base64')}"`;
}

export function listToWire(list: TodoListRecord): Json {
  return {
    '@odata.etag': etag(`${list.id}:${list.displayName}`),
    displayName: list.displayName,
    isOwner: list.isOwner,
    isShared: list.isShared,
    wellknownListName: list.wellknownListName,
    id: list.id,
  };
}

export function checklistItemToWire(item: ChecklistItemRecord): Json {
  return {
    displayName: item.displayName,
    createdDateTime: item.createdDateTime,
    checkedDateTime: item.checkedDateTime,
    isChecked: item.isChecked,
    id: item.id,
  };
}

export function linkedResourceToWire(resource: LinkedResourceRecord): Json {
  return {
    webUrl: resource.webUrl,
    applicationName: resource.applicationName,
    displayName: resource.displayName,
    externalId: resource.externalId,
    id: resource.id,
  };
}

export function taskToWire(task: TodoTaskRecord): Json {
  return {
    '@odata.etag': etag(`${task.id}:${task.lastModifiedDateTime}`),
    importance: task.importance,
    isReminderOn: task.isReminderOn,
    status: task.status,
    title: task.title,
    createdDateTime: task.createdDateTime,
    lastModifiedDateTime: task.lastModifiedDateTime,
    hasAttachments: false,
    categories: task.categories,
    id: task.id,
    body: task.body,
    bodyLastModifiedDateTime: task.bodyLastModifiedDateTime,
    ...(task.dueDateTime ? { dueDateTime: task.dueDateTime } : {}),
    ...(task.startDateTime ? { startDateTime: task.startDateTime } : {}),
    ...(task.reminderDateTime ? { reminderDateTime: task.reminderDateTime } : {}),
    ...(task.completedDateTime ? { completedDateTime: task.completedDateTime } : {}),
    linkedResources: task.linkedResources.map(linkedResourceToWire),
  };
}

export const TASK_PROPERTIES = [
  'id',
  'body',
  'bodyLastModifiedDateTime',
  'categories',
  'completedDateTime',
  'createdDateTime',
  'dueDateTime',
  'hasAttachments',
  'importance',
  'isReminderOn',
  'lastModifiedDateTime',
  'recurrence',
  'reminderDateTime',
  'startDateTime',
  'status',
  'title',
  'checklistItems',
  'linkedResources',
];

export function findList(context: RouteContext): TodoListRecord {
  const id = context.params['todoTaskList-id'] as string;
  const list = context.store.todo.lists.find((candidate) => candidate.id === id);
  if (!list)
    throw graphErrors.itemNotFound('ErrorItemNotFound', 'The specified object was not found in the store.');
  return list;
}

export function findTask(context: RouteContext): TodoTaskRecord {
  const list = findList(context);
  const id = context.params['todoTask-id'] as string;
  const task = context.store.todo.tasks.find(
    (candidate) => candidate.id === id && candidate.listId === list.id,
  );
  if (!task) throw graphErrors.itemNotFound();
  return task;
}

/** A dateTimeTimeZone from a request, stored (and returned) in UTC as To Do does. */
export function readTodoDateTime(value: unknown, name: string): DateTimeTimeZone | null {
  if (value === null) return null;
  const record = value as Partial<DateTimeTimeZone> | undefined;
  if (!record || typeof record.dateTime !== 'string')
    throw invalidRequest(`The property '${name}' must be a dateTimeTimeZone.`);
  const timeZone = record.timeZone || 'UTC';
  if (!toIanaTimeZone(timeZone))
    throw new GraphError(400, 'invalidRequest', `The time zone '${timeZone}' of '${name}' is not supported.`);
  const instant = localToInstant(record.dateTime, timeZone);
  if (!/^\d{4}-\d{2}-\d{2}/.test(record.dateTime) || Number.isNaN(instant))
    throw invalidRequest(`The value '${record.dateTime}' of '${name}' is not a valid date-time.`);
  return { dateTime: instantToLocal(instant, 'UTC'), timeZone: 'UTC' };
}

function pick<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  const match = allowed.find((candidate) => candidate.toLowerCase() === String(value).toLowerCase());
  if (!match)
    throw invalidRequest(`Requested value '${String(value)}' was not found for property '${name}'.`);
  return match;
}

/** The writable task properties of a body, validated. */
export function readTaskChanges(body: Json): Partial<TodoTaskRecord> {
  const changes: Partial<TodoTaskRecord> = {};
  if ('title' in body) {
    if (typeof body.title !== 'string') throw invalidRequest("'title' must be a string.");
    changes.title = body.title;
  }
  if ('body' in body && body.body) {
    const value = body.body as { content?: unknown; contentType?: unknown };
    changes.body = {
      content: String(value.content ?? ''),
      contentType: String(value.contentType ?? 'text').toLowerCase() === 'html' ? 'html' : 'text',
    };
  }
  if ('importance' in body) changes.importance = pick(body.importance, IMPORTANCE, 'importance');
  if ('status' in body) changes.status = pick(body.status, TASK_STATUSES, 'status');
  if ('dueDateTime' in body) changes.dueDateTime = readTodoDateTime(body.dueDateTime, 'dueDateTime');
  if ('startDateTime' in body) changes.startDateTime = readTodoDateTime(body.startDateTime, 'startDateTime');
  if ('reminderDateTime' in body)
    changes.reminderDateTime = readTodoDateTime(body.reminderDateTime, 'reminderDateTime');
  if ('completedDateTime' in body)
    changes.completedDateTime = readTodoDateTime(body.completedDateTime, 'completedDateTime');
  if ('isReminderOn' in body)
    changes.isReminderOn = body.isReminderOn === true || body.isReminderOn === 'true';
  if ('categories' in body) {
    if (!Array.isArray(body.categories)) throw invalidRequest("'categories' must be an array of strings.");
    changes.categories = body.categories.map(String);
  }
  return changes;
}

/** Applies changes, keeping status, completion and reminder consistent the way To Do does. */
export function applyTaskChanges(task: TodoTaskRecord, changes: Partial<TodoTaskRecord>, now: Date): void {
  const wasCompleted = task.status === 'completed';
  Object.assign(task, changes);
  if (task.status === 'completed' && !wasCompleted && !changes.completedDateTime)
    task.completedDateTime = { dateTime: instantToLocal(now.getTime(), 'UTC'), timeZone: 'UTC' };
  if (task.status !== 'completed') task.completedDateTime = null;
  if (changes.reminderDateTime && changes.isReminderOn === undefined) task.isReminderOn = true;
  if (changes.reminderDateTime === null && changes.isReminderOn === undefined) task.isReminderOn = false;
  if (changes.body) task.bodyLastModifiedDateTime = now.toISOString();
  task.lastModifiedDateTime = now.toISOString();
}

export function readChecklistItem(
  body: Json,
  context: RouteContext,
  required: boolean,
): Partial<ChecklistItemRecord> {
  const changes: Partial<ChecklistItemRecord> = {};
  if ('displayName' in body) {
    if (typeof body.displayName !== 'string' || !body.displayName.trim())
      throw invalidRequest("'displayName' must be a non-empty string.");
    changes.displayName = body.displayName;
  } else if (required) throw invalidRequest("The property 'displayName' is required.");
  if ('isChecked' in body) {
    changes.isChecked = body.isChecked === true || body.isChecked === 'true';
    changes.checkedDateTime = changes.isChecked ? context.now().toISOString() : null;
  }
  return changes;
}

export function readLinkedResource(body: Json): Omit<LinkedResourceRecord, 'id'> {
  if (typeof body.applicationName !== 'string' && typeof body.displayName !== 'string')
    throw invalidRequest("A linked resource needs 'applicationName' or 'displayName'.");
  return {
    webUrl: typeof body.webUrl === 'string' ? body.webUrl : null,
    applicationName: String(body.applicationName ?? ''),
    displayName: String(body.displayName ?? ''),
    externalId: typeof body.externalId === 'string' ? body.externalId : null,
  };
}
