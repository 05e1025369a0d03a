/** To Do reads: lists, one list with counts, tasks of a list (status filter), one task with checklist and links. */
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { textWindow } from '../shared/text-window';
import {
  compactTask,
  readLists,
  resolveList,
  taskCitation,
  taskPath,
  tasksPath,
  TASK_SELECT,
  TASKS_READ,
  type ChecklistItemWire,
  type LinkedResourceWire,
  type TodoTaskWire,
} from './todo-common';
import { listArgument } from './todo-input';

export const todoListLists = defineTool({
  name: 'todo_list_lists',
  area: 'todo',
  category: 'read',
  description: "The user's To Do lists: id, name, which is the default.",
  input: z.object({}),
  graph: ['GET /me/todo/lists'],
  scopes: TASKS_READ,
  async run(_args, ctx) {
    const lists = await readLists(ctx);
    return {
      content: lists.map((list) => ({
        id: list.id,
        name: ctx.untrusted(list.displayName),
        ...(list.wellknownListName === 'defaultList' ? { isDefault: true } : {}),
        ...(list.isShared ? { isShared: true } : {}),
      })),
      summary: `Read ${lists.length} list${lists.length === 1 ? '' : 's'}`,
    };
  },
});

export const todoGetList = defineTool({
  name: 'todo_get_list',
  area: 'todo',
  category: 'read',
  description: 'One To Do list by name or id, with how many tasks it has per status.',
  input: z.object({ list: listArgument }),
  graph: ['GET /me/todo/lists', 'GET /me/todo/lists/{todoTaskList-id}/tasks'],
  scopes: TASKS_READ,
  async run(args, ctx) {
    const list = await resolveList(ctx, args.list);
    const tasks = await ctx.graph.getPages<TodoTaskWire>(tasksPath(list.id), {
      query: { $select: 'id,status' },
      scopes: TASKS_READ,
      signal: ctx.signal,
      maxItems: 1000,
    });
    const counts: Record<string, number> = {};
    for (const task of tasks)
      counts[task.status ?? 'notStarted'] = (counts[task.status ?? 'notStarted'] ?? 0) + 1;
    return {
      content: {
        id: list.id,
        name: ctx.untrusted(list.displayName),
        ...(list.wellknownListName === 'defaultList' ? { isDefault: true } : {}),
        tasks: tasks.length,
        byStatus: counts,
      },
      summary: `Read list with ${tasks.length} tasks`,
    };
  },
});

const STATUS_FILTERS = {
  notStarted: "status eq 'notStarted'",
  inProgress: "status eq 'inProgress'",
  completed: "status eq 'completed'",
  notCompleted: "status ne 'completed'",
  waitingOnOthers: "status eq 'waitingOnOthers'",
  deferred: "status eq 'deferred'",
} as const;

export const todoListTasks = defineTool({
  name: 'todo_list_tasks',
  area: 'todo',
  category: 'read',
  description:
    'Tasks of a To Do list (name or id; default list if omitted), optionally by status ("notCompleted" = all open). Title, status, importance, due date. Max 100.',
  input: z.object({
    list: listArgument.optional(),
    status: z.enum(['all', ...Object.keys(STATUS_FILTERS)] as [string, ...string[]]).default('all'),
    limit: z.number().int().min(1).max(100).default(25),
  }),
  graph: ['GET /me/todo/lists', 'GET /me/todo/lists/{todoTaskList-id}/tasks'],
  scopes: TASKS_READ,
  async run(args, ctx) {
    const list = await resolveList(ctx, args.list);
    const filter = STATUS_FILTERS[args.status as keyof typeof STATUS_FILTERS];
    const tasks = await ctx.graph.getPages<TodoTaskWire>(tasksPath(list.id), {
      query: { $select: TASK_SELECT, $top: args.limit, ...(filter ? { $filter: filter } : {}) },
      scopes: TASKS_READ,
      signal: ctx.signal,
      maxItems: args.limit,
    });
    return {
      content: {
        list: { id: list.id, name: ctx.untrusted(list.displayName) },
        tasks: tasks.map((task) => compactTask(task, ctx)),
        ...(tasks.length >= args.limit ? { note: `Showing the first ${args.limit}.` } : {}),
      },
      citations: tasks.map(taskCitation),
      summary: `Read ${tasks.length} task${tasks.length === 1 ? '' : 's'}`,
    };
  },
});

export const todoGetTask = defineTool({
  name: 'todo_get_task',
  area: 'todo',
  category: 'read',
  description:
    'One task with its notes (capped), checklist items (ids, ticked) and linked items such as the source email.',
  input: z.object({
    list: listArgument,
    taskId: z.string().min(1),
    offset: z.number().int().min(0).default(0),
  }),
  graph: [
    'GET /me/todo/lists',
    'GET /me/todo/lists/{todoTaskList-id}/tasks/{todoTask-id}',
    'GET /me/todo/lists/{todoTaskList-id}/tasks/{todoTask-id}/checklistItems',
  ],
  scopes: TASKS_READ,
  async run(args, ctx) {
    const list = await resolveList(ctx, args.list);
    const path = taskPath(list.id, args.taskId);
    const [task, checklist] = await Promise.all([
      ctx.graph.get<TodoTaskWire>(path, {
        query: { $select: `${TASK_SELECT},body,linkedResources` },
        scopes: TASKS_READ,
        signal: ctx.signal,
      }),
      ctx.graph.getPages<ChecklistItemWire>(`${path}/checklistItems`, {
        scopes: TASKS_READ,
        signal: ctx.signal,
        maxItems: 200,
      }),
    ]);
    const notes = textWindow(task.body?.content ?? '', args.offset, 3000);
    return {
      content: {
        ...compactTask(task, ctx),
        list: { id: list.id, name: ctx.untrusted(list.displayName) },
        ...(notes.text ? { notes: ctx.untrusted(notes.text) } : {}),
        ...(notes.truncated ? { notesNextOffset: notes.nextOffset } : {}),
        checklist: checklist.map((item) => ({
          id: item.id,
          text: ctx.untrusted(item.displayName),
          done: item.isChecked,
        })),
        links: (task.linkedResources ?? []).map((link: LinkedResourceWire) => ({
          app: link.applicationName,
          title: ctx.untrusted(link.displayName ?? ''),
          ...(link.webUrl ? { webUrl: link.webUrl } : {}),
          ...(link.externalId ? { externalId: link.externalId } : {}),
        })),
      },
      citations: [taskCitation(task)],
      summary: 'Read 1 task',
    };
  },
});
