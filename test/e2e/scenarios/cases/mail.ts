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
            label: 'Message body',
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

const NEWSLETTER_SENDERS = [
  'digest@newsletters.example',
  'weekly@hardware-weekly.example',
  'letters@designnotes.example',
  'events@iot-summit.example',
];

const listNewsletters = {
  label: 'list newsletters',
  when: { lastRole: 'user' as const },
  toolCalls: NEWSLETTER_SENDERS.map((from) => ({
    name: 'mail_list_messages',
    arguments: { folder: 'inbox', from, limit: 20 },
  })),
};

/** More mail: organising, sending, attachments, policies. */
export const moreMailScenarios: Scenario[] = [
  {
    id: 'file-newsletters',
    title: 'File all newsletters into the Newsletters folder',
    area: 'mail',
    prompt: 'File all newsletters from my inbox into the Newsletters folder.',
    model: [
      listNewsletters,
      {
        label: 'move',
        when: { lastRole: 'tool' },
        toolCalls: [
          {
            name: 'mail_move_message',
            arguments: { ids: ['{{resultAll:mail_list_messages:id}}'], folder: 'Newsletters' },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Moved 24 newsletters to Newsletters.' },
    ],
    approvals: [{ tool: 'mail_move_message', action: 'approve' }],
    expect: {
      answer: ['Moved 24 newsletters'],
      state: [{ collection: 'messages', where: { folder: 'Newsletters' }, total: 24 }],
    },
    minimumGraphRequests: 6,
    chromium: true,
  },
  {
    id: 'file-newsletters-then-undo',
    title: 'File the newsletters, then Undo from the activity log',
    area: 'mail',
    prompt: 'Move the newsletters out of my inbox into Newsletters.',
    model: [
      listNewsletters,
      {
        label: 'move',
        when: { lastRole: 'tool' },
        toolCalls: [
          {
            name: 'mail_move_message',
            arguments: { ids: ['{{resultAll:mail_list_messages:id}}'], folder: 'Newsletters' },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Done: they are in Newsletters.' },
    ],
    approvals: [{ tool: 'mail_move_message', action: 'approve' }],
    undo: true,
    expect: {
      answer: ['they are in Newsletters'],
      state: [
        { collection: 'messages', where: { folder: 'Newsletters' }, total: 0 },
        {
          collection: 'messages',
          where: { folder: 'Inbox', 'from.emailAddress.address': 'weekly@hardware-weekly.example' },
          total: 6,
        },
      ],
    },
    minimumGraphRequests: 7,
  },
  {
    id: 'flag-for-follow-up',
    title: 'Flag the open email for follow-up on Friday',
    area: 'mail',
    openItem: '{{message:Bug bash results}}',
    prompt: 'Flag this for follow-up, due Friday.',
    model: [
      {
        label: 'flag',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'mail_update_message',
            arguments: { ids: ['{{message:Bug bash results}}'], flag: 'flagged', due: '2026-11-27' },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Flagged, due Friday 27 November.' },
    ],
    approvals: [{ tool: 'mail_update_message', action: 'approve' }],
    expect: {
      answer: ['Flagged'],
      state: [
        {
          collection: 'messages',
          where: { subject: 'Bug bash results', 'flag.flagStatus': 'flagged' },
          added: 1,
        },
      ],
    },
    minimumGraphRequests: 1,
  },
  {
    id: 'create-folder-move-thread',
    title: 'Create a folder and move the whole open thread into it',
    area: 'mail',
    openItem: '{{message:Workshop dates in January}}',
    prompt: 'Create a folder "Bluefin" under Projects and move this whole conversation there.',
    model: [
      {
        label: 'folder',
        when: { lastRole: 'user' },
        toolCalls: [{ name: 'mail_create_folder', arguments: { name: 'Bluefin', parent: 'Projects' } }],
      },
      {
        label: 'move',
        when: { lastRole: 'tool', lastToolResultIncludes: 'Bluefin' },
        toolCalls: [
          {
            name: 'mail_move_message',
            arguments: {
              ids: ['{{message:Workshop dates in January}}'],
              scope: 'conversation',
              folder: '{{result:mail_create_folder:id}}',
            },
          },
        ],
      },
      {
        label: 'done',
        when: { lastRole: 'tool' },
        text: 'The conversation is now in Inbox/Projects/Bluefin.',
      },
    ],
    approvals: [
      { tool: 'mail_create_folder', action: 'approve' },
      { tool: 'mail_move_message', action: 'approve' },
    ],
    expect: {
      answer: ['Projects/Bluefin'],
      state: [
        { collection: 'folders', where: { displayName: 'Bluefin' }, added: 1 },
        {
          collection: 'messages',
          where: { folder: 'Bluefin', subject: 'Workshop dates in January' },
          total: { min: 2 },
        },
      ],
    },
    minimumGraphRequests: 4,
  },
  {
    id: 'categorize-invoices',
    title: 'Tag this week’s invoices with the Finance category',
    area: 'mail',
    prompt: 'Tag the invoices I received since Monday 16 November with the Finance category.',
    model: [
      {
        label: 'search',
        when: { lastRole: 'user' },
        toolCalls: [
          { name: 'mail_search_messages', arguments: { subject: 'Invoice', after: '2026-11-16', limit: 25 } },
        ],
      },
      {
        label: 'tag',
        when: { lastRole: 'tool' },
        toolCalls: [
          {
            name: 'mail_update_message',
            arguments: { ids: ['{{resultAll:mail_search_messages:id}}'], addCategories: ['Finance'] },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Tagged the invoice with Finance.' },
    ],
    approvals: [{ tool: 'mail_update_message', action: 'approve' }],
    expect: {
      answer: ['Finance'],
      state: [
        { collection: 'messages', where: { subject: 'Invoice 2026-117', categories: 'Finance' }, total: 1 },
      ],
    },
    minimumGraphRequests: 2,
  },
  {
    id: 'send-new-email-to-named-colleague',
    title: 'Send a new email to a colleague the user names',
    area: 'mail',
    prompt:
      'Email priya.raman@lumenlabs.example: "Can we move the design review to 15:00?" Subject: Design review time',
    model: [
      {
        label: 'send',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'mail_send_message',
            arguments: {
              to: ['priya.raman@lumenlabs.example'],
              subject: 'Design review time',
              body: 'Can we move the design review to 15:00?',
            },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Sent to Priya.' },
    ],
    approvals: [{ tool: 'mail_send_message', action: 'approve' }],
    expect: {
      answer: ['Sent to Priya'],
      state: [
        {
          collection: 'outbox',
          where: { subject: 'Design review time', toRecipients: 'priya.raman@' },
          added: 1,
        },
      ],
    },
    minimumGraphRequests: 2,
    chromium: true,
  },
  {
    id: 'forward-invoice-to-finance',
    title: 'Forward the open invoice to a colleague the user names',
    area: 'mail',
    openItem: '{{message:Invoice CN-2026-1104}}',
    prompt: 'Forward this to lena.fischer@lumenlabs.example with "please pay by Friday".',
    model: [
      {
        label: 'forward',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'mail_reply_message',
            arguments: {
              id: '{{message:Invoice CN-2026-1104}}',
              mode: 'forward',
              to: ['lena.fischer@lumenlabs.example'],
              comment: 'Please pay by Friday.',
            },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Forwarded to Lena.' },
    ],
    approvals: [{ tool: 'mail_reply_message', action: 'approve' }],
    expect: {
      answer: ['Forwarded'],
      state: [
        {
          collection: 'outbox',
          where: {
            subject: 'FW: Invoice CN-2026-1104',
            toRecipients: 'lena.fischer@',
            attachmentNames: 'invoice-CN-2026-1104.pdf',
          },
          added: 1,
        },
      ],
    },
    minimumGraphRequests: 3,
  },
  {
    id: 'save-draft-always-allowed',
    title: 'Save a new draft when drafts are set to Always allow (no card)',
    area: 'mail',
    policies: { draft: 'always' },
    prompt:
      'Save a draft to jonas.berg@lumenlabs.example, subject "Offsite agenda", saying I will send the agenda tomorrow.',
    model: [
      {
        label: 'draft',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'mail_create_draft',
            arguments: {
              to: ['jonas.berg@lumenlabs.example'],
              subject: 'Offsite agenda',
              body: 'I will send the agenda tomorrow.',
            },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Saved in Drafts.' },
    ],
    approvals: [],
    expect: {
      answer: ['Saved in Drafts'],
      state: [
        {
          collection: 'messages',
          where: { folder: 'Drafts', subject: 'Offsite agenda', toRecipients: 'jonas.berg@' },
          added: 1,
        },
        { collection: 'outbox', total: 0 },
      ],
    },
    minimumGraphRequests: 1,
  },
  {
    id: 'read-budget-attachment',
    title: 'Answer from the spreadsheet attached to the open email',
    area: 'mail',
    openItem: '{{message:Budget sign-off needed by Friday}}',
    prompt: 'What is the total in the attached budget?',
    model: [
      {
        label: 'read attachment',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'mail_read_attachment',
            arguments: {
              messageId: '{{message:Budget sign-off needed by Friday}}',
              attachmentId: '{{attachment:product-budget-2027.xlsx}}',
            },
          },
        ],
      },
      {
        label: 'answer',
        when: { lastRole: 'tool' },
        text: 'The budget sheet lists the 2027 product lines; the total is in the last row.',
      },
    ],
    approvals: [],
    expect: { answer: ['budget sheet'] },
    minimumGraphRequests: 1,
  },
  {
    id: 'deny-send-with-reason',
    title: 'The user denies a send with a reason; nothing is sent and the model hears why',
    area: 'mail',
    openItem: '{{message:Lunch next week?}}',
    prompt: 'Reply to Aiko that Tuesday works.',
    model: [
      {
        label: 'reply',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'mail_reply_message',
            arguments: {
              id: '{{message:Lunch next week?}}',
              mode: 'reply',
              comment: 'Tuesday works for me!',
            },
          },
        ],
      },
      {
        label: 'ack',
        when: { lastRole: 'tool', lastToolResultIncludes: 'Wednesday instead' },
        text: 'Understood — I did not send it. Shall I propose Wednesday instead?',
      },
    ],
    approvals: [{ tool: 'mail_reply_message', action: 'deny', reason: 'Ask for Wednesday instead' }],
    expect: { answer: ['did not send it'], state: [{ collection: 'outbox', total: 0 }] },
    minimumGraphRequests: 0,
    chromium: true,
  },
  {
    id: 'delete-disabled-by-default',
    title: 'Deleting is disabled by default: the call is refused and the mailbox is unchanged',
    area: 'mail',
    prompt: 'Delete the junk mail about the free cruise.',
    model: [
      {
        label: 'search',
        when: { lastRole: 'user' },
        toolCalls: [
          { name: 'mail_search_messages', arguments: { words: 'free cruise', folder: 'junkemail' } },
        ],
      },
      {
        label: 'delete',
        when: { lastRole: 'tool', lastToolResultIncludes: 'cruise' },
        toolCalls: [
          { name: 'mail_delete_message', arguments: { ids: ['{{resultAll:mail_search_messages:id}}'] } },
        ],
      },
      {
        label: 'explain',
        when: { lastRole: 'tool' },
        text: 'Deleting is switched off in your settings, so I left it in Junk.',
      },
    ],
    approvals: [],
    expect: {
      answer: ['switched off'],
      toolErrors: [{ tool: 'mail_delete_message', code: 'not-available' }],
      state: [{ collection: 'messages', where: { folder: 'Junk Email', subject: 'free cruise' }, total: 1 }],
    },
    minimumGraphRequests: 1,
  },
  {
    id: 'delete-with-approval',
    title: 'With deleting set to Needs approval, an approved delete moves the mail to Deleted Items',
    area: 'mail',
    policies: { delete: 'ask' },
    prompt: 'Delete the junk mail about the free cruise.',
    model: [
      {
        label: 'search',
        when: { lastRole: 'user' },
        toolCalls: [
          { name: 'mail_search_messages', arguments: { words: 'free cruise', folder: 'junkemail' } },
        ],
      },
      {
        label: 'delete',
        when: { lastRole: 'tool', lastToolResultIncludes: 'cruise' },
        toolCalls: [
          { name: 'mail_delete_message', arguments: { ids: ['{{resultAll:mail_search_messages:id}}'] } },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Moved it to Deleted Items.' },
    ],
    approvals: [{ tool: 'mail_delete_message', action: 'approve' }],
    expect: {
      answer: ['Deleted Items'],
      state: [
        { collection: 'messages', where: { folder: 'Deleted Items', subject: 'free cruise' }, added: 1 },
      ],
    },
    minimumGraphRequests: 2,
  },
];
