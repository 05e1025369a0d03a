/** To Do deletes: one task, or a whole list with its tasks (the preview says how many go with it). */
import { z } from 'zod';
import { defineTool, type ToolContext } from '../define-tool';
import {
  resolveList,
  taskPath,
  tasksPath,
  TASKS_READ,
  TASKS_WRITE,
  TodoToolError,
  type TodoTaskWire,
} from './todo-common';
import { listArgument } from './todo-input';

export const todoDeleteTask = defineTool({
  name: 'todo_delete_task',
  area: 'todo',
  category: 'delete',
  description: 'Deletes one task from a To Do list.',
  input: z.object({ list: listArgument, taskId: z.string().min(1) }),
  graph: [
    'GET /me/todo/lists',
    'GET /me/todo/lists/{todoTaskList-id}/tasks/{todoTask-id}',
    'DELETE /me/todo/lists/{todoTaskList-id}/tasks/{todoTask-id}',
  ],
  scopes: TASKS_WRITE,
  async preview(args, ctx) {
    const list = await resolveList(ctx, args.list);
    const task = await ctx.graph.get<TodoTaskWire>(taskPath(list.id, args.taskId), {
      query: { $select: 'id,title,status' },
      scopes: TASKS_READ,
      signal: ctx.signal,
    });
    return {
      title: 'Delete task',
      fields: [
        { label: 'List', value: list.displayName, kind: 'folder' },
        { label: 'Task', value: task.title ?? '', kind: 'subject' },
      ],
      warnings: [],
    };
  },
  targets: (args) => ({ itemIds: [args.taskId] }),
  async run(args, ctx) {
    const list = await resolveList(ctx, args.list);
    await ctx.graph.delete(taskPath(list.id, args.taskId), { scopes: TASKS_WRITE, signal: ctx.signal });
    return { content: { deleted: args.taskId, list: list.id }, summary: 'Deleted 1 task' };
  },
});

async function planListDelete(ctx: ToolContext, nameOrId: string) {
  const list = await resolveList(ctx, nameOrId);
  if (list.wellknownListName === 'defaultList')
    throw new TodoToolError(
      'default-list',
      `"${list.displayName}" is the default list and can't be deleted.`,
    );
  const tasks = await ctx.graph.getPages<TodoTaskWire>(tasksPath(list.id), {
    query: { $select: 'id,status' },
    scopes: TASKS_READ,
    signal: ctx.signal,
    maxItems: 1000,
  });
  return { list, tasks };
}

export const todoDeleteList = defineTool({
  name: 'todo_delete_list',
  area: 'todo',
  category: 'delete',
  description:
    'Deletes a whole To Do list (by name or id) with all its tasks. The default list cannot be deleted.',
  input: z.object({ list: listArgument }),
  graph: [
    'GET /me/todo/lists',
    'GET /me/todo/lists/{todoTaskList-id}/tasks',
    'DELETE /me/todo/lists/{todoTaskList-id}',
  ],
  scopes: TASKS_WRITE,
  async preview(args, ctx) {
    const { list, tasks } = await planListDelete(ctx, args.list);
    const open = tasks.filter((task) => task.status !== 'completed').length;
    return {
      title: `Delete list and its ${tasks.length} task${tasks.length === 1 ? '' : 's'}`,
      fields: [
        { label: 'List', value: list.displayName, kind: 'folder' },
        { label: 'Tasks deleted with it', value: `${tasks.length} (${open} not completed)`, kind: 'count' },
      ],
      count: tasks.length + 1,
      warnings: tasks.length
        ? [{ code: 'bulk', message: `${tasks.length} tasks are deleted with the list.` }]
        : [],
    };
  },
  targets: (args) => ({ itemIds: [args.list] }),
  async run(args, ctx) {
    const { list, tasks } = await planListDelete(ctx, args.list);
    await ctx.graph.delete(`/me/todo/lists/${encodeURIComponent(list.id)}`, {
      scopes: TASKS_WRITE,
      signal: ctx.signal,
    });
    return {
      content: { deleted: list.id, tasksDeleted: tasks.length },
      summary: `Deleted list with ${tasks.length} tasks`,
    };
  },
});
