/**
 * Microsoft To Do: lists, tasks, checklist items and linked resources. BEHAVIOUR.md: list create 201 (displayName
 * required), update 200, delete 204 (with its tasks); task create 201, get/update 200, delete 204; the default list
 * has wellknownListName "defaultList". Times are stored and returned in UTC. Guide: docs/graph-simulator.md.
 */
import { defineRoute } from '../core/route';
import type { RouteContext, RouteDefinition } from '../core/route';
import { graphErrors } from '../core/errors';
import { collectionProfiles } from '../odata/profiles';
import type { TodoListRecord, TodoTaskRecord } from '../store/todo';
import {
  applyTaskChanges,
  checklistItemToWire,
  findList,
  findTask,
  invalidRequest,
  linkedResourceToWire,
  listToWire,
  readChecklistItem,
  readLinkedResource,
  readTaskChanges,
  TASK_PROPERTIES,
  taskToWire,
} from './todo-model';

const READ = ['Tasks.Read'];
const WRITE = ['Tasks.ReadWrite'];
const LISTS = '/me/todo/lists';
const LIST = `${LISTS}/{todoTaskList-id}`;
const TASKS = `${LIST}/tasks`;
const TASK = `${TASKS}/{todoTask-id}`;
const CHECKLIST = `${TASK}/checklistItems`;
const LINKS = `${TASK}/linkedResources`;

type Json = Record<string, unknown>;

function bodyOf(context: RouteContext): Json {
  const body = context.body.isEmpty ? {} : context.body.json<unknown>();
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw invalidRequest('The body must be a JSON object.');
  return body as Json;
}

function readDisplayName(body: Json): string {
  if (typeof body.displayName !== 'string' || !body.displayName.trim())
    throw invalidRequest("The property 'displayName' is required and must be a non-empty string.");
  return body.displayName;
}

function createTask(context: RouteContext, list: TodoListRecord) {
  const body = bodyOf(context);
  if (typeof body.title !== 'string') throw invalidRequest("The property 'title' is required.");
  const changes = readTaskChanges(body);
  const now = context.now();
  const created = now.toISOString();
  const task: TodoTaskRecord = {
    id: context.ids.outlookItem(),
    listId: list.id,
    title: '',
    body: { content: '', contentType: 'text' },
    status: 'notStarted',
    importance: 'normal',
    isReminderOn: false,
    reminderDateTime: null,
    dueDateTime: null,
    startDateTime: null,
    completedDateTime: null,
    createdDateTime: created,
    lastModifiedDateTime: created,
    bodyLastModifiedDateTime: created,
    categories: [],
    checklistItems: [],
    linkedResources: [],
  };
  const checklist = Array.isArray(body.checklistItems) ? (body.checklistItems as Json[]) : [];
  const links = Array.isArray(body.linkedResources) ? (body.linkedResources as Json[]) : [];
  const checklistItems = checklist.map((item) => ({
    id: context.ids.guid(),
    createdDateTime: created,
    isChecked: false,
    checkedDateTime: null,
    displayName: '',
    ...readChecklistItem(item, context, true),
  }));
  const linkedResources = links.map((link) => ({ id: context.ids.guid(), ...readLinkedResource(link) }));
  applyTaskChanges(task, changes, now);
  task.checklistItems = checklistItems;
  task.linkedResources = linkedResources;
  context.store.todo.tasks.push(task);
  return context.reply.created(taskToWire(task), {
    properties: TASK_PROPERTIES,
    entityType: 'microsoft.graph.todoTask',
  });
}

function findChecklistItem(context: RouteContext) {
  const task = findTask(context);
  const item = task.checklistItems.find((candidate) => candidate.id === context.params['checklistItem-id']);
  if (!item) throw graphErrors.itemNotFound();
  return { task, item };
}

function findLinkedResource(context: RouteContext) {
  const task = findTask(context);
  const resource = task.linkedResources.find(
    (candidate) => candidate.id === context.params['linkedResource-id'],
  );
  if (!resource) throw graphErrors.itemNotFound();
  return { task, resource };
}

const listRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    template: LISTS,
    scopes: READ,
    handle: (context) =>
      context.reply.collection(context.store.todo.lists.map(listToWire), collectionProfiles.todoLists),
  }),
  defineRoute({
    method: 'POST',
    template: LISTS,
    scopes: WRITE,
    handle: (context) => {
      const list: TodoListRecord = {
        id: context.ids.outlookItem(),
        displayName: readDisplayName(bodyOf(context)),
        isOwner: true,
        isShared: false,
        wellknownListName: 'none',
      };
      context.store.todo.lists.push(list);
      return context.reply.created(listToWire(list));
    },
  }),
  defineRoute({
    method: 'GET',
    template: LIST,
    scopes: READ,
    handle: (context) => context.reply.entity(listToWire(findList(context))),
  }),
  defineRoute({
    method: 'PATCH',
    template: LIST,
    scopes: WRITE,
    handle: (context) => {
      const list = findList(context);
      const body = bodyOf(context);
      if ('displayName' in body) list.displayName = readDisplayName(body);
      return context.reply.entity(listToWire(list));
    },
  }),
  defineRoute({
    method: 'DELETE',
    template: LIST,
    scopes: WRITE,
    handle: (context) => {
      const list = findList(context);
      if (list.wellknownListName === 'defaultList')
        throw invalidRequest("The default list can't be deleted.");
      context.store.todo.lists = context.store.todo.lists.filter((candidate) => candidate.id !== list.id);
      context.store.todo.tasks = context.store.todo.tasks.filter((task) => task.listId !== list.id);
      return context.reply.noContent();
    },
  }),
];

const taskRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    template: TASKS,
    scopes: READ,
    handle: (context) => {
      const list = findList(context);
      const tasks = context.store.todo.tasks.filter((task) => task.listId === list.id).map(taskToWire);
      return context.reply.collection(tasks, collectionProfiles.todoTasks, { properties: TASK_PROPERTIES });
    },
  }),
  defineRoute({
    method: 'POST',
    template: TASKS,
    scopes: WRITE,
    handle: (context) => createTask(context, findList(context)),
  }),
  defineRoute({
    method: 'GET',
    template: TASK,
    scopes: READ,
    handle: (context) =>
      context.reply.entity(taskToWire(findTask(context)), {
        properties: TASK_PROPERTIES,
        entityType: 'microsoft.graph.todoTask',
      }),
  }),
  defineRoute({
    method: 'PATCH',
    template: TASK,
    scopes: WRITE,
    handle: (context) => {
      const task = findTask(context);
      applyTaskChanges(task, readTaskChanges(bodyOf(context)), context.now());
      return context.reply.entity(taskToWire(task), {
        properties: TASK_PROPERTIES,
        entityType: 'microsoft.graph.todoTask',
      });
    },
  }),
  defineRoute({
    method: 'DELETE',
    template: TASK,
    scopes: WRITE,
    handle: (context) => {
      const task = findTask(context);
      context.store.todo.tasks = context.store.todo.tasks.filter((candidate) => candidate !== task);
      return context.reply.noContent();
    },
  }),
];

const checklistRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    template: CHECKLIST,
    scopes: READ,
    handle: (context) =>
      context.reply.collection(
        findTask(context).checklistItems.map(checklistItemToWire),
        collectionProfiles.checklistItems,
      ),
  }),
  defineRoute({
    method: 'POST',
    template: CHECKLIST,
    scopes: WRITE,
    handle: (context) => {
      const task = findTask(context);
      const item = {
        id: context.ids.guid(),
        createdDateTime: context.now().toISOString(),
        isChecked: false,
        checkedDateTime: null,
        displayName: '',
        ...readChecklistItem(bodyOf(context), context, true),
      };
      task.checklistItems.push(item);
      task.lastModifiedDateTime = context.now().toISOString();
      return context.reply.created(checklistItemToWire(item));
    },
  }),
  defineRoute({
    method: 'GET',
    template: `${CHECKLIST}/{checklistItem-id}`,
    scopes: READ,
    handle: (context) => context.reply.entity(checklistItemToWire(findChecklistItem(context).item)),
  }),
  defineRoute({
    method: 'PATCH',
    template: `${CHECKLIST}/{checklistItem-id}`,
    scopes: WRITE,
    handle: (context) => {
      const { task, item } = findChecklistItem(context);
      Object.assign(item, readChecklistItem(bodyOf(context), context, false));
      task.lastModifiedDateTime = context.now().toISOString();
      return context.reply.entity(checklistItemToWire(item));
    },
  }),
  defineRoute({
    method: 'DELETE',
    template: `${CHECKLIST}/{checklistItem-id}`,
    scopes: WRITE,
    handle: (context) => {
      const { task, item } = findChecklistItem(context);
      task.checklistItems = task.checklistItems.filter((candidate) => candidate !== item);
      task.lastModifiedDateTime = context.now().toISOString();
      return context.reply.noContent();
    },
  }),
];

const linkedResourceRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    template: LINKS,
    scopes: READ,
    handle: (context) =>
      context.reply.collection(
        findTask(context).linkedResources.map(linkedResourceToWire),
        collectionProfiles.linkedResources,
      ),
  }),
  defineRoute({
    method: 'POST',
    template: LINKS,
    scopes: WRITE,
    handle: (context) => {
      const task = findTask(context);
      const resource = { id: context.ids.guid(), ...readLinkedResource(bodyOf(context)) };
      task.linkedResources.push(resource);
      return context.reply.created(linkedResourceToWire(resource));
    },
  }),
  defineRoute({
    method: 'GET',
    template: `${LINKS}/{linkedResource-id}`,
    scopes: READ,
    handle: (context) => context.reply.entity(linkedResourceToWire(findLinkedResource(context).resource)),
  }),
  defineRoute({
    method: 'DELETE',
    template: `${LINKS}/{linkedResource-id}`,
    scopes: WRITE,
    handle: (context) => {
      const { task, resource } = findLinkedResource(context);
      task.linkedResources = task.linkedResources.filter((candidate) => candidate !== resource);
      return context.reply.noContent();
    },
  }),
];

export const todoRoutes: RouteDefinition[] = [
  ...listRoutes,
  ...taskRoutes,
  ...checklistRoutes,
  ...linkedResourceRoutes,
];
