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

const OUTLOOK_LINK = 'https://outlook.office365.com/owa/?ItemID=';

/** Maya's To Do: the default list plus work and personal lists, tasks in every status. */
export function demoTodoSeed(): TodoSeed {
  return {
    lists: [
      {
        displayName: 'Tasks',
        wellknownListName: 'defaultList',
        tasks: [
          {
            title: 'Sign off 2027 product budget',
            body: 'Lena needs the signed plan before the finance review.',
            importance: 'high',
            dueDateTime: 'now+2d',
            reminderDateTime: 'now+1d',
            checklistItems: [
              'Review headcount line',
              { displayName: 'Check tooling costs', isChecked: true },
            ],
            linkedResources: [
              {
                applicationName: 'Outlook',
                displayName: 'Budget sign-off needed by Friday',
                webUrl: `${OUTLOOK_LINK}budget-sign-off&exvsurl=1&viewmodel=ReadMessageItem`,
              },
            ],
          },
          { title: 'Send workshop agenda to Bluefin', status: 'inProgress', dueDateTime: 'now+3d' },
          { title: 'Reply to Sam about invoice 2026-117', status: 'waitingOnOthers', dueDateTime: 'now-1d' },
          { title: 'Book flights for the Utrecht offsite', status: 'completed', importance: 'low' },
          { title: 'Renew conference badge', status: 'deferred', importance: 'low' },
        ],
      },
      {
        displayName: 'Work Projects',
        tasks: [
          {
            title: 'Write PRD for team dashboards',
            status: 'inProgress',
            importance: 'high',
            dueDateTime: 'now+7d',
            categories: ['Product'],
            checklistItems: [
              { displayName: 'Problem statement', isChecked: true },
              'Success metrics',
              'Open questions for engineering',
            ],
          },
          {
            title: 'Prepare Q4 roadmap review deck',
            dueDateTime: 'now+4d',
            linkedResources: [
              {
                applicationName: 'Outlook',
                displayName: 'Q4 roadmap review — agenda and pre-read',
                webUrl: `${OUTLOOK_LINK}q4-roadmap-review&exvsurl=1&viewmodel=ReadMessageItem`,
              },
            ],
          },
          { title: 'Collect design review notes from Priya', status: 'waitingOnOthers' },
          { title: 'Interview three Northwind ops users', status: 'completed', categories: ['Research'] },
          {
            title: 'Evaluate analytics vendors',
            status: 'deferred',
            body: 'Parked until the migration lands.',
          },
          { title: 'Draft Northwind renewal terms', dueDateTime: 'now+12d', importance: 'high' },
        ],
      },
      {
        displayName: 'Personal',
        tasks: [
          { title: 'Dentist: bring insurance card', dueDateTime: 'now+10d', reminderDateTime: 'now+9d' },
          { title: 'Buy birthday present for Ada', status: 'notStarted', dueDateTime: 'now+5d' },
          { title: 'Renew passport', status: 'completed' },
          {
            title: 'Plan Christmas trip',
            status: 'inProgress',
            checklistItems: ['Train tickets', { displayName: 'Book hotel', isChecked: true }],
          },
        ],
      },
    ],
  };
}
