/** Seed section `todo`: task lists (a default "Tasks" list always exists) with tasks. Area owner: todo. */
import { z } from 'zod';
import type { DateTimeTimeZone } from '../store/common';
import type { TodoListRecord, TodoStore, TodoTaskRecord } from '../store/todo';
import type { SeedContext } from './seed-context';
import { instantSchema, resolveInstant } from './seed-context';

const taskSeedSchema = z.object({
  id: z.string().optional(),
  title: z.string(),
  body: z.string().optional(),
  status: z.enum(['notStarted', 'inProgress', 'completed', 'waitingOnOthers', 'deferred']).optional(),
  importance: z.enum(['low', 'normal', 'high']).optional(),
  dueDateTime: instantSchema.optional(),
  reminderDateTime: instantSchema.optional(),
  categories: z.array(z.string()).optional(),
  checklistItems: z
    .array(z.union([z.string(), z.object({ displayName: z.string(), isChecked: z.boolean().optional() })]))
    .optional(),
  linkedResources: z
    .array(
      z.object({
        webUrl: z.string().optional(),
        applicationName: z.string(),
        displayName: z.string(),
        externalId: z.string().optional(),
      }),
    )
    .optional(),
});

export const todoSeedSchema = z.object({
  lists: z
    .array(
      z.object({
        id: z.string().optional(),
        displayName: z.string(),
        wellknownListName: z.enum(['none', 'defaultList', 'flaggedEmails']).optional(),
        tasks: z.array(taskSeedSchema).optional(),
      }),
    )
    .optional(),
});

export type TodoSeed = z.infer<typeof todoSeedSchema>;

function utcDateTime(instant: string): DateTimeTimeZone {
  return { dateTime: `${instant.slice(0, 19)}.0000000`, timeZone: 'UTC' };
}

export function loadTodoSeed(seed: TodoSeed | undefined, context: SeedContext): TodoStore {
  const listSeeds = [...(seed?.lists ?? [])];
  if (!listSeeds.some((list) => list.wellknownListName === 'defaultList'))
    listSeeds.unshift({ displayName: 'Tasks', wellknownListName: 'defaultList', tasks: [] });
  const lists: TodoListRecord[] = [];
  const tasks: TodoTaskRecord[] = [];
  const created = resolveInstant('now-10d', context.now);
  for (const listSeed of listSeeds) {
    const list: TodoListRecord = {
      id: listSeed.id ?? context.ids.outlookItem(),
      displayName: listSeed.displayName,
      isOwner: true,
      isShared: false,
      wellknownListName: listSeed.wellknownListName ?? 'none',
    };
    lists.push(list);
    for (const task of listSeed.tasks ?? []) {
      const status = task.status ?? 'notStarted';
      tasks.push({
        id: task.id ?? context.ids.outlookItem(),
        listId: list.id,
        title: task.title,
        body: { contentType: 'text', content: task.body ?? '' },
        status,
        importance: task.importance ?? 'normal',
        isReminderOn: task.reminderDateTime !== undefined,
        reminderDateTime: task.reminderDateTime
          ? utcDateTime(resolveInstant(task.reminderDateTime, context.now))
          : null,
        dueDateTime: task.dueDateTime ? utcDateTime(resolveInstant(task.dueDateTime, context.now)) : null,
        startDateTime: null,
        completedDateTime: status === 'completed' ? utcDateTime(resolveInstant('now-1d', context.now)) : null,
        createdDateTime: created,
        lastModifiedDateTime: created,
        bodyLastModifiedDateTime: created,
        categories: task.categories ?? [],
        checklistItems: (task.checklistItems ?? []).map((item) => {
          const detail = typeof item === 'string' ? { displayName: item, isChecked: false } : item;
          return {
            id: context.ids.guid(),
            displayName: detail.displayName,
            isChecked: detail.isChecked ?? false,
            createdDateTime: created,
            checkedDateTime: detail.isChecked ? created : null,
          };
        }),
        linkedResources: (task.linkedResources ?? []).map((resource) => ({
          id: context.ids.guid(),
          webUrl: resource.webUrl ?? null,
          applicationName: resource.applicationName,
          displayName: resource.displayName,
          externalId: resource.externalId ?? null,
        })),
      });
    }
  }
  return { lists, tasks };
}

/** Minimal demo lists; the To Do area grows them. */
export function demoTodoSeed(): TodoSeed {
  return {
    lists: [
      {
        displayName: 'Tasks',
        wellknownListName: 'defaultList',
        tasks: [
          {
            title: 'Sign off 2027 product budget',
            importance: 'high',
            dueDateTime: 'now+2d',
            checklistItems: [
              'Review headcount line',
              { displayName: 'Check tooling costs', isChecked: true },
            ],
          },
          { title: 'Send workshop agenda to Bluefin', status: 'inProgress' },
        ],
      },
    ],
  };
}
