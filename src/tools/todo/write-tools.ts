/**
 * To Do writes (`draft`: the user's own tasks, nobody notified): create a list, create/update a task (with a link
 * back to the email it came from), add/tick/untick checklist items. Every list name is resolved and every argument
 * checked before the first write, so a failed call changes nothing.
 */
import { z } from 'zod';
import { defineTool, type ToolContext, type ToolPreview } from '../define-tool';
import {
  compactTask,
  describeDue,
  resolveList,
  taskCitation,
  taskPath,
  tasksPath,
  TASKS_READ,
  TASKS_WRITE,
  TASK_SELECT,
  TodoToolError,
  type ChecklistItemWire,
  type TodoListWire,
  type TodoTaskWire,
} from './todo-common';
import {
  dueDateSchema,
  dueDateTime,
  importanceSchema,
  listArgument,
  reminderDateTime,
  reminderSchema,
  statusSchema,
  timeZoneSchema,
} from './todo-input';

export const todoCreateList = defineTool({
  name: 'todo_create_list',
  area: 'todo',
  category: 'draft',
  description: 'Creates a To Do list.',
  input: z.object({ name: z.string().trim().min(1).max(255) }),
  graph: ['POST /me/todo/lists'],
  scopes: TASKS_WRITE,
  // A new list touches no existing item and reaches no one: nothing for the provenance check.
  targets: () => ({}),
  preview: (args) => ({
    title: 'Create To Do list',
    fields: [{ label: 'Name', value: args.name, editableArg: 'name' }],
    warnings: [],
  }),
  async run(args, ctx) {
    const list = await ctx.graph.post<TodoListWire>(
      '/me/todo/lists',
      { displayName: args.name },
      { scopes: TASKS_WRITE, signal: ctx.signal },
    );
    return {
      content: { id: list.id, name: ctx.untrusted(list.displayName) },
      summary: `Created list "${args.name}"`,
    };
  },
});

const sourceEmailSchema = z
  .object({ id: z.string().min(1), webLink: z.url(), subject: z.string().max(255) })
  .describe('The email this task comes from (its id, webLink and subject), linked from the task.');

const taskFields = {
  body: z.string().max(20000).optional().describe('Notes, plain text.'),
  dueDate: dueDateSchema.optional(),
  importance: importanceSchema.optional(),
  reminder: reminderSchema.optional().describe('Local time "YYYY-MM-DDTHH:mm" for a reminder.'),
  timeZone: timeZoneSchema.optional().describe("Zone of reminder; default the user's."),
};

export const createTaskInput = z.object({
  list: listArgument.optional().describe('List name or id; default list if omitted.'),
  title: z.string().trim().min(1).max(255),
  ...taskFields,
  checklist: z.array(z.string().trim().min(1).max(255)).max(50).optional(),
  sourceEmail: sourceEmailSchema.optional(),
});

function taskBody(
  args: z.infer<typeof updateTaskInput> | z.infer<typeof createTaskInput>,
  ctx: ToolContext,
): Record<string, unknown> {
  return {
    ...(args.title !== undefined ? { title: args.title } : {}),
    ...(args.body !== undefined ? { body: { content: args.body, contentType: 'text' } } : {}),
    ...(args.importance ? { importance: args.importance } : {}),
    ...(args.dueDate ? { dueDateTime: dueDateTime(args.dueDate, ctx) } : {}),
    ...(args.reminder
      ? { reminderDateTime: reminderDateTime(args.reminder, args.timeZone, ctx), isReminderOn: true }
      : {}),
  };
}

function taskFieldsPreview(args: Partial<z.infer<typeof createTaskInput>>) {
  return [
    ...(args.dueDate
      ? [{ label: 'Due', value: args.dueDate, kind: 'time' as const, editableArg: 'dueDate' }]
      : []),
    ...(args.importance ? [{ label: 'Importance', value: args.importance }] : []),
    ...(args.reminder
      ? [
          {
            label: 'Reminder',
            value: `${args.reminder}${args.timeZone ? ` (${args.timeZone})` : ''}`,
            kind: 'time' as const,
          },
        ]
      : []),
  ];
}

export const todoCreateTask = defineTool({
  name: 'todo_create_task',
  area: 'todo',
  category: 'draft',
  description:
    'Creates a task in a To Do list (default list if none): title, notes, due date, importance, reminder, checklist, and a link back to the source email.',
  input: createTaskInput,
  graph: ['GET /me/todo/lists', 'POST /me/todo/lists/{todoTaskList-id}/tasks'],
  scopes: TASKS_WRITE,
  async preview(args, ctx): Promise<ToolPreview> {
    const list = await resolveList(ctx, args.list);
    const body = taskBody(args, ctx);
    return {
      title: 'Create task',
      fields: [
        { label: 'List', value: list.displayName, kind: 'folder' },
        { label: 'Title', value: args.title, kind: 'subject', editableArg: 'title' },
        ...taskFieldsPreview(args),
        ...(args.checklist?.length
          ? [{ label: 'Checklist', value: args.checklist.join('; '), kind: 'text' as const }]
          : []),
        ...(args.sourceEmail
          ? [{ label: 'Linked email', value: args.sourceEmail.subject, kind: 'link' as const }]
          : []),
      ],
      ...(body.body ? { body: args.body, bodyArg: 'body' } : {}),
      warnings: [],
    };
  },
  targets: (args) =>
    args.sourceEmail ? { itemIds: [args.sourceEmail.id], urls: [args.sourceEmail.webLink] } : {},
  async run(args, ctx) {
    const list = await resolveList(ctx, args.list);
    const task = await ctx.graph.post<TodoTaskWire>(
      tasksPath(list.id),
      {
        ...taskBody(args, ctx),
        ...(args.checklist?.length
          ? { checklistItems: args.checklist.map((text) => ({ displayName: text })) }
          : {}),
        ...(args.sourceEmail
          ? {
              linkedResources: [
                {
                  webUrl: args.sourceEmail.webLink,
                  applicationName: 'Outlook',
                  displayName: args.sourceEmail.subject,
                  externalId: args.sourceEmail.id,
                },
              ],
            }
          : {}),
      },
      { scopes: TASKS_WRITE, signal: ctx.signal },
    );
    return {
      content: { created: compactTask(task, ctx), list: list.id },
      citations: [taskCitation(task)],
      summary: `Created task "${args.title}"`,
    };
  },
});

export const updateTaskInput = z.object({
  list: listArgument,
  taskId: z.string().min(1),
  title: z.string().trim().min(1).max(255).optional(),
  ...taskFields,
  status: statusSchema.optional(),
  clearDueDate: z.boolean().optional(),
  clearReminder: z.boolean().optional(),
});

export const todoUpdateTask = defineTool({
  name: 'todo_update_task',
  area: 'todo',
  category: 'draft',
  description:
    'Changes a task: title, notes, due date, importance, reminder, status (notStarted, inProgress, completed, waitingOnOthers, deferred); clearDueDate/clearReminder remove them.',
  input: updateTaskInput,
  graph: [
    'GET /me/todo/lists',
    'GET /me/todo/lists/{todoTaskList-id}/tasks/{todoTask-id}',
    'PATCH /me/todo/lists/{todoTaskList-id}/tasks/{todoTask-id}',
  ],
  scopes: TASKS_WRITE,
  async preview(args, ctx): Promise<ToolPreview> {
    const { list, task } = await planTaskUpdate(args, ctx);
    return {
      title: args.status === 'completed' ? 'Complete task' : 'Change task',
      fields: [
        { label: 'List', value: list.displayName, kind: 'folder' },
        { label: 'Task', value: task.title ?? '', kind: 'subject' },
        ...(args.title ? [{ label: 'New title', value: args.title, editableArg: 'title' }] : []),
        ...(args.status ? [{ label: 'Status', value: `${task.status} → ${args.status}` }] : []),
        ...taskFieldsPreview(args),
        ...(args.clearDueDate
          ? [{ label: 'Due', value: `${describeDue(task.dueDateTime, ctx) ?? 'none'} → none` }]
          : []),
        ...(args.clearReminder ? [{ label: 'Reminder', value: 'off' }] : []),
      ],
      ...(args.body !== undefined ? { body: args.body, bodyArg: 'body' } : {}),
      warnings: [],
    };
  },
  targets: (args) => ({ itemIds: [args.taskId] }),
  async run(args, ctx) {
    const { list } = await planTaskUpdate(args, ctx);
    const updated = await ctx.graph.patch<TodoTaskWire>(
      taskPath(list.id, args.taskId),
      {
        ...taskBody(args, ctx),
        ...(args.status ? { status: args.status } : {}),
        ...(args.clearDueDate ? { dueDateTime: null } : {}),
        ...(args.clearReminder ? { reminderDateTime: null, isReminderOn: false } : {}),
      },
      { scopes: TASKS_WRITE, signal: ctx.signal },
    );
    return {
      content: { updated: compactTask(updated, ctx) },
      citations: [taskCitation(updated)],
      summary: `Updated task "${updated.title ?? ''}"`,
    };
  },
});

async function planTaskUpdate(args: z.infer<typeof updateTaskInput>, ctx: ToolContext) {
  const keys = [
    'title',
    'body',
    'dueDate',
    'importance',
    'reminder',
    'status',
    'clearDueDate',
    'clearReminder',
  ] as const;
  if (!keys.some((key) => args[key] !== undefined && args[key] !== false))
    throw new TodoToolError('nothing-to-change', 'Nothing to change: give at least one field to update.');
  const list = await resolveList(ctx, args.list);
  taskBody(args, ctx);
  const task = await ctx.graph.get<TodoTaskWire>(taskPath(list.id, args.taskId), {
    query: { $select: TASK_SELECT },
    scopes: TASKS_READ,
    signal: ctx.signal,
  });
  return { list, task };
}

const checklistInput = z.object({
  list: listArgument,
  taskId: z.string().min(1),
  add: z.array(z.string().trim().min(1).max(255)).max(50).optional(),
  tick: z
    .array(z.string().min(1))
    .max(50)
    .optional()
    .describe('Checklist item ids or exact texts to mark done.'),
  untick: z.array(z.string().min(1)).max(50).optional(),
});

async function planChecklist(args: z.infer<typeof checklistInput>, ctx: ToolContext) {
  if (!args.add?.length && !args.tick?.length && !args.untick?.length)
    throw new TodoToolError('nothing-to-change', 'Nothing to change: give items to add, tick or untick.');
  const list = await resolveList(ctx, args.list);
  const base = `${taskPath(list.id, args.taskId)}/checklistItems`;
  const items = await ctx.graph.getPages<ChecklistItemWire>(base, {
    scopes: TASKS_READ,
    signal: ctx.signal,
    maxItems: 200,
  });
  const find = (reference: string): ChecklistItemWire => {
    const item =
      items.find((candidate) => candidate.id === reference) ??
      items.find(
        (candidate) => candidate.displayName.trim().toLowerCase() === reference.trim().toLowerCase(),
      );
    if (!item)
      throw new TodoToolError(
        'checklist-item-not-found',
        `No checklist item "${reference}". The items are: ${items.map((candidate) => `"${candidate.displayName}" (${candidate.id})`).join(', ') || 'none'}.`,
      );
    return item;
  };
  return {
    list,
    base,
    tick: (args.tick ?? []).map(find),
    untick: (args.untick ?? []).map(find),
  };
}

export const todoUpdateChecklist = defineTool({
  name: 'todo_update_checklist',
  area: 'todo',
  category: 'draft',
  description: 'Adds checklist items to a task and ticks or unticks existing ones (by id or exact text).',
  input: checklistInput,
  graph: [
    'GET /me/todo/lists',
    'GET /me/todo/lists/{todoTaskList-id}/tasks/{todoTask-id}/checklistItems',
    'POST /me/todo/lists/{todoTaskList-id}/tasks/{todoTask-id}/checklistItems',
    'PATCH /me/todo/lists/{todoTaskList-id}/tasks/{todoTask-id}/checklistItems/{checklistItem-id}',
  ],
  scopes: TASKS_WRITE,
  async preview(args, ctx): Promise<ToolPreview> {
    const plan = await planChecklist(args, ctx);
    return {
      title: 'Update checklist',
      fields: [
        { label: 'List', value: plan.list.displayName, kind: 'folder' },
        ...(args.add?.length ? [{ label: 'Add', value: args.add.join('; ') }] : []),
        ...(plan.tick.length
          ? [{ label: 'Tick', value: plan.tick.map((item) => item.displayName).join('; ') }]
          : []),
        ...(plan.untick.length
          ? [{ label: 'Untick', value: plan.untick.map((item) => item.displayName).join('; ') }]
          : []),
      ],
      warnings: [],
    };
  },
  targets: (args) => ({ itemIds: [args.taskId] }),
  async run(args, ctx) {
    const plan = await planChecklist(args, ctx);
    const options = { scopes: TASKS_WRITE, signal: ctx.signal };
    for (const text of args.add ?? []) await ctx.graph.post(plan.base, { displayName: text }, options);
    for (const item of plan.tick)
      await ctx.graph.patch(`${plan.base}/${encodeURIComponent(item.id)}`, { isChecked: true }, options);
    for (const item of plan.untick)
      await ctx.graph.patch(`${plan.base}/${encodeURIComponent(item.id)}`, { isChecked: false }, options);
    const items = await ctx.graph.getPages<ChecklistItemWire>(plan.base, {
      scopes: TASKS_READ,
      signal: ctx.signal,
      maxItems: 200,
    });
    return {
      content: {
        checklist: items.map((item) => ({
          id: item.id,
          text: ctx.untrusted(item.displayName),
          done: item.isChecked,
        })),
      },
      summary: `Updated checklist (${(args.add?.length ?? 0) + plan.tick.length + plan.untick.length} changes)`,
    };
  },
});
