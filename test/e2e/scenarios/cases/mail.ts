import type { Scenario } from '../../../helpers/scenario-types';

const USER = 'maya.okafor@lumenlabs.example';

/** Mail: reading, drafting, sending, organising. */
export const mailScenarios: Scenario[] = [
  {
    id: 'summarize-open-thread',
    title: 'Summarize the open thread',
    area: 'mail',
    openItem: '{{message:Fabrikam pilot: temperature drift}}',
    prompt: {
      preset: 'summarize',
      prompt: 'Summarize this thread: decisions, open questions, who owes what.',
    },
    model: [
      {
        label: 'read thread',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'mail_get_conversation',
            arguments: { id: '{{message:Fabrikam pilot: temperature drift}}' },
          },
        ],
      },
      {
        label: 'summary',
        when: { lastRole: 'tool', lastToolResultIncludes: 'Fabrikam' },
        text: '**Fabrikam pilot — summary**\n\n- Drift on floors 3–5 traced to sensor placement.\n- Open: confirm the fix holds for a week.\n- Daniel owes the after-fix readings.',
      },
    ],
    approvals: [],
    expect: {
      answer: ['Fabrikam pilot — summary', 'Daniel owes'],
      state: [{ collection: 'outbox', total: 0 }],
    },
    minimumGraphRequests: 2,
    chromium: true,
  },
  {
    id: 'list-last-week-invoices',
    title: "Find last week's invoices and list them",
    area: 'mail',
    prompt: "Find last week's invoices and list them with sender and amount.",
    model: [
      {
        label: 'search',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'mail_search_messages',
            arguments: {
              words: 'invoice',
              after: '2026-11-09',
              before: '2026-11-16',
              hasAttachments: true,
              limit: 25,
            },
          },
        ],
      },
      {
        label: 'table',
        when: { lastRole: 'tool', lastToolResultIncludes: 'Invoice' },
        text: '| Invoice | From |\n|---|---|\n| CN-2026-1104 | CloudNest |\n| PW-88213 | Printworks |\n| TL-55021 | Tailspin Logistics |\n| SK-770412 | Skyway Travel |',
      },
    ],
    approvals: [],
    expect: { answer: ['CN-2026-1104', 'TL-55021'], state: [{ collection: 'outbox', total: 0 }] },
    minimumGraphRequests: 1,
    chromium: true,
  },
  {
    id: 'draft-reply-then-send',
    title: 'Draft a reply and send it after approval',
    area: 'mail',
    openItem: '{{message:Budget sign-off needed by Friday}}',
    prompt: 'Draft a reply to Lena saying I will sign off the budget on Thursday, then send it.',
    model: [
      {
        label: 'draft',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'mail_create_reply_draft',
            arguments: {
              id: '{{message:Budget sign-off needed by Friday}}',
              mode: 'reply',
              comment: 'Hi Lena, I will sign off the budget on Thursday. Maya',
            },
          },
        ],
      },
      {
        label: 'send the draft',
        when: { lastRole: 'tool', lastToolResultIncludes: 'draft' },
        toolCalls: [{ name: 'mail_send_draft', arguments: { id: '{{result:mail_create_reply_draft:id}}' } }],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Sent your reply to Lena.' },
    ],
    approvals: [
      { tool: 'mail_create_reply_draft', action: 'approve' },
      { tool: 'mail_send_draft', action: 'approve' },
    ],
    expect: {
      answer: ['Sent your reply to Lena'],
      state: [
        {
          collection: 'outbox',
          where: {
            subject: 'RE: Budget sign-off',
            toRecipients: 'lena.fischer@lumenlabs.example',
            'body.content': 'Thursday',
          },
          added: 1,
        },
      ],
    },
    minimumGraphRequests: 3,
    chromium: true,
  },
  {
    id: 'reply-all-edited-in-card',
    title: 'Reply-all with an edit in the approval card',
    area: 'mail',
    openItem: '{{message:Q4 roadmap review — agenda}}',
    prompt: 'Reply all: thanks, I will bring the usage numbers.',
    model: [
      {
        label: 'reply all',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'mail_reply_message',
            arguments: {
              id: '{{message:Q4 roadmap review — agenda}}',
              mode: 'replyAll',
              comment: 'Thanks, I will bring the usage numbers.',
            },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Replied to everyone.' },
    ],
    approvals: [
      {
        tool: 'mail_reply_message',
        action: 'edit',
        edits: [
          {
            arg: 'comment',
            label: 'Message',
            value: 'Thanks, I will bring the usage numbers and the churn chart.',
          },
        ],
      },
    ],
    expect: {
      answer: ['Replied to everyone'],
      state: [
        {
          collection: 'outbox',
          where: {
            subject: 'RE: Q4 roadmap review',
            toRecipients: 'jonas.berg@',
            'body.content': 'churn chart',
          },
          added: 1,
        },
      ],
    },
    minimumGraphRequests: 3,
    chromium: true,
  },
];

export { USER };
