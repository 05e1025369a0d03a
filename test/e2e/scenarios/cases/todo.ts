import type { Scenario } from '../../../helpers/scenario-types';

const readEmail = (subject: string) => ({
  label: 'read email',
  when: { lastRole: 'user' as const },
  toolCalls: [{ name: 'mail_get_message', arguments: { id: `{{message:${subject}}}` } }],
});

const sourceEmail = {
  id: '{{result:mail_get_message:id}}',
  webLink: '{{result:mail_get_message:webLink}}',
  subject: 'Budget sign-off needed by Friday',
};

/** To Do: tasks from email, updates, checklists. */
export const todoScenarios: Scenario[] = [
  {
    id: 'three-action-items-linked-to-email',
    title: 'Extract three action items into To Do, each linked to the email',
    area: 'todo',
    openItem: '{{message:Budget sign-off needed by Friday}}',
    prompt: {
      preset: 'tasks',
      prompt: 'Extract the action items from this email into To Do, linked to the email.',
    },
    model: [
      readEmail('Budget sign-off needed by Friday'),
      {
        label: 'tasks',
        when: { lastRole: 'tool', lastToolResultIncludes: 'webLink' },
        toolCalls: [
          {
            name: 'todo_create_task',
            arguments: { title: 'Review the 2027 budget sheet', dueDate: '2026-11-26', sourceEmail },
          },
          {
            name: 'todo_create_task',
            arguments: { title: 'Check headcount line with Lena', dueDate: '2026-11-26', sourceEmail },
          },
          {
            name: 'todo_create_task',
            arguments: {
              title: 'Sign off the budget',
              dueDate: '2026-11-27',
              importance: 'high',
              sourceEmail,
            },
          },
        ],
      },
      {
        label: 'done',
        when: { lastRole: 'tool' },
        text: 'Added three tasks to To Do, each linked to the email.',
      },
    ],
    approvals: [
      { tool: 'todo_create_task', action: 'approve' },
      { tool: 'todo_create_task', action: 'approve' },
      { tool: 'todo_create_task', action: 'approve' },
    ],
    expect: {
      answer: ['three tasks'],
      state: [
        {
          collection: 'tasks',
          where: {
            title: 'Review the 2027 budget sheet',
            linkedResources: 'Budget sign-off',
            // The email's webLink came from mail_get_message's structured fields.
            'linkedResources.0.webUrl': 'https://outlook.office365.com/owa/?ItemID=',
          },
          added: 1,
        },
        {
          collection: 'tasks',
          where: { title: 'Check headcount line', linkedResources: 'Budget sign-off' },
          added: 1,
        },
        {
          collection: 'tasks',
          where: { title: 'Sign off the budget', importance: 'high', linkedResources: 'Budget sign-off' },
          added: 1,
        },
      ],
    },
    minimumGraphRequests: 5,
  },
  {
    id: 'three-action-items-from-email',
    title: 'Extract three action items from the open email into To Do (with the email subject in the notes)',
    area: 'todo',
    openItem: '{{message:Budget sign-off needed by Friday}}',
    prompt: { preset: 'tasks', prompt: 'Extract the action items from this email into To Do.' },
    model: [
      readEmail('Budget sign-off needed by Friday'),
      {
        label: 'tasks',
        when: { lastRole: 'tool', lastToolResultIncludes: 'Budget sign-off' },
        toolCalls: [
          {
            name: 'todo_create_task',
            arguments: {
              title: 'Review the 2027 budget sheet',
              dueDate: '2026-11-26',
              body: 'From: Budget sign-off needed by Friday',
            },
          },
          {
            name: 'todo_create_task',
            arguments: {
              title: 'Check headcount line with Lena',
              dueDate: '2026-11-26',
              body: 'From: Budget sign-off needed by Friday',
            },
          },
          {
            name: 'todo_create_task',
            arguments: { title: 'Sign off the budget', dueDate: '2026-11-27', importance: 'high' },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Added three tasks to To Do.' },
    ],
    approvals: [
      { tool: 'todo_create_task', action: 'approve' },
      { tool: 'todo_create_task', action: 'approve' },
      { tool: 'todo_create_task', action: 'approve' },
    ],
    expect: {
      answer: ['three tasks'],
      state: [
        { collection: 'tasks', where: { title: 'Review the 2027 budget sheet', list: 'Tasks' }, added: 1 },
        { collection: 'tasks', where: { title: 'Check headcount line' }, added: 1 },
        { collection: 'tasks', where: { title: 'Sign off the budget', importance: 'high' }, added: 1 },
      ],
    },
    minimumGraphRequests: 5,
    chromium: true,
  },
  {
    id: 'complete-a-task',
    title: 'Mark a task completed',
    area: 'todo',
    prompt: 'Mark "Renew conference badge" as done.',
    model: [
      {
        label: 'list',
        when: { lastRole: 'user' },
        toolCalls: [{ name: 'todo_list_tasks', arguments: { status: 'notCompleted' } }],
      },
      {
        label: 'complete',
        when: { lastRole: 'tool', lastToolResultIncludes: 'Renew conference badge' },
        toolCalls: [
          {
            name: 'todo_update_task',
            arguments: { list: 'Tasks', taskId: '{{task:Renew conference badge}}', status: 'completed' },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Marked it completed.' },
    ],
    approvals: [{ tool: 'todo_update_task', action: 'approve' }],
    expect: {
      answer: ['completed'],
      state: [
        { collection: 'tasks', where: { title: 'Renew conference badge', status: 'completed' }, added: 1 },
      ],
    },
    minimumGraphRequests: 3,
  },
  {
    id: 'open-tasks-overview',
    title: 'What is still open in Work Projects',
    area: 'todo',
    prompt: 'What is still open in my Work Projects list?',
    model: [
      {
        label: 'list',
        when: { lastRole: 'user' },
        toolCalls: [
          { name: 'todo_list_tasks', arguments: { list: 'Work Projects', status: 'notCompleted' } },
        ],
      },
      {
        label: 'answer',
        when: { lastRole: 'tool', lastToolResultIncludes: 'Write PRD for team dashboards' },
        text: 'Open: the PRD for team dashboards, the roadmap deck, and more.',
      },
    ],
    approvals: [],
    expect: { answer: ['PRD for team dashboards'] },
    minimumGraphRequests: 2,
  },
  {
    id: 'checklist-on-task',
    title: 'Add checklist items to a task (drafts Always allow → no card)',
    area: 'todo',
    policies: { draft: 'always' },
    prompt: 'Add "book hotel" and "send agenda" to the checklist of "Book flights for the Utrecht offsite".',
    model: [
      {
        label: 'list',
        when: { lastRole: 'user' },
        toolCalls: [{ name: 'todo_list_tasks', arguments: { list: 'Tasks', status: 'all' } }],
      },
      {
        label: 'checklist',
        when: { lastRole: 'tool', lastToolResultIncludes: 'Utrecht' },
        toolCalls: [
          {
            name: 'todo_update_checklist',
            arguments: {
              list: 'Tasks',
              taskId: '{{task:Book flights for the Utrecht offsite}}',
              add: ['book hotel', 'send agenda'],
            },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Added both checklist items.' },
    ],
    approvals: [],
    expect: {
      answer: ['Added both'],
      state: [
        { collection: 'tasks', where: { title: 'Utrecht offsite', checklistItems: 'book hotel' }, added: 1 },
      ],
    },
    minimumGraphRequests: 5,
  },
];
