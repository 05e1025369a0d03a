import type { Scenario } from '../../../helpers/scenario-types';

/** Requests that span areas, and the item (Office.js) tools. */
export const crossScenarios: Scenario[] = [
  {
    id: 'reply-draft-with-onedrive-file',
    title: 'Draft a reply and attach a OneDrive file to it',
    area: 'cross',
    openItem: '{{message:Quarterly business review with Northwind}}',
    prompt: 'Draft a reply to Sam with the Northwind contract summary from my OneDrive attached.',
    model: [
      {
        label: 'draft',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'mail_create_reply_draft',
            arguments: {
              id: '{{message:Quarterly business review with Northwind}}',
              mode: 'reply',
              comment: 'Hi Sam, the contract summary is attached.',
            },
          },
        ],
      },
      {
        label: 'attach',
        when: { lastRole: 'tool', lastToolResultIncludes: 'id' },
        toolCalls: [
          {
            name: 'mail_attach_file_to_draft',
            arguments: {
              draftId: '{{result:mail_create_reply_draft:id}}',
              drivePath: '/Documents/Northwind contract summary.pdf',
            },
          },
        ],
      },
      {
        label: 'done',
        when: { lastRole: 'tool' },
        text: 'The draft is in Drafts with the summary attached.',
      },
    ],
    approvals: [
      { tool: 'mail_create_reply_draft', action: 'approve' },
      { tool: 'mail_attach_file_to_draft', action: 'approve' },
    ],
    expect: {
      answer: ['summary attached'],
      state: [
        {
          collection: 'messages',
          where: {
            folder: 'Drafts',
            subject: 'RE: Quarterly business review',
            attachments: 'Northwind contract summary.pdf',
          },
          added: 1,
        },
      ],
    },
    minimumGraphRequests: 4,
  },
  {
    id: 'summarize-current-item-office',
    title: 'Summarise the open email through Office.js (no Graph)',
    area: 'item',
    openItem: '{{message:Shipment of pilot kits delayed}}',
    prompt: { preset: 'summarize', prompt: 'Summarize this email.' },
    model: [
      {
        label: 'read item',
        when: { lastRole: 'user' },
        toolCalls: [{ name: 'item_get_current', arguments: {} }],
      },
      {
        label: 'answer',
        when: { lastRole: 'tool', lastToolResultIncludes: 'Shipment' },
        text: 'Tailspin says the pilot kits ship late.',
      },
    ],
    approvals: [],
    expect: { answer: ['pilot kits'] },
    minimumGraphRequests: 0,
    chromium: true,
  },
  {
    id: 'invoice-tasks-and-folder',
    title: 'Create a task per open invoice and file the invoices in Receipts',
    area: 'cross',
    prompt:
      'For each invoice in my inbox from the last 9 days, create a task "Pay <invoice>" and move the invoices to Receipts.',
    model: [
      {
        label: 'search',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'mail_list_messages',
            arguments: { folder: 'inbox', subject: 'Invoice', after: '2026-11-11', limit: 20 },
          },
        ],
      },
      {
        label: 'act',
        when: { lastRole: 'tool', lastToolResultIncludes: 'Invoice' },
        toolCalls: [
          { name: 'todo_create_task', arguments: { title: 'Pay invoice CN-2026-1104' } },
          { name: 'todo_create_task', arguments: { title: 'Pay invoice PW-88213' } },
          {
            name: 'mail_move_message',
            arguments: { ids: ['{{resultAll:mail_list_messages:id}}'], folder: 'Receipts' },
          },
        ],
      },
      {
        label: 'done',
        when: { lastRole: 'tool' },
        text: 'Created the payment tasks and filed the invoices in Receipts.',
      },
    ],
    approvals: [
      { tool: 'todo_create_task', action: 'approve' },
      { tool: 'todo_create_task', action: 'approve' },
      { tool: 'mail_move_message', action: 'approve' },
    ],
    expect: {
      answer: ['filed the invoices'],
      state: [
        { collection: 'tasks', where: { title: 'Pay invoice' }, added: 2 },
        { collection: 'messages', where: { folder: 'Receipts', subject: 'Invoice CN-2026-1104' }, added: 1 },
      ],
    },
    minimumGraphRequests: 5,
  },
];
