import type { Scenario } from '../../../helpers/scenario-types';

const PENDING =
  'OneNote tools are not in the catalog yet (src/tools/onenote is landing); the routes exist in the simulator.';

/** OneNote: notes from templates, reading pages. Pending until the OneNote tools land. */
export const onenoteScenarios: Scenario[] = [
  {
    id: 'meeting-notes-from-template',
    title: 'Write meeting notes into OneNote from the template',
    area: 'onenote',
    pending: PENDING,
    openItem: '{{message:Q4 roadmap review — agenda}}',
    prompt:
      'Create meeting notes in OneNote (Work Notebook › Meetings) for the Q4 roadmap review from the meeting template.',
    model: [
      {
        label: 'create page',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'onenote_create_page',
            arguments: {
              notebook: 'Work Notebook',
              section: 'Meetings',
              title: 'Q4 roadmap review',
              template: 'meeting-notes',
            },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Created the meeting notes page.' },
    ],
    approvals: [{ tool: 'onenote_create_page', action: 'approve' }],
    expect: {
      answer: ['meeting notes'],
      state: [{ collection: 'pages', where: { title: 'Q4 roadmap review', section: 'Meetings' }, added: 1 }],
    },
    minimumGraphRequests: 3,
  },
  {
    id: 'summarize-onenote-page',
    title: 'Summarise a OneNote page',
    area: 'onenote',
    pending: PENDING,
    prompt: 'What did we decide in the last Project Atlas weekly sync?',
    model: [
      {
        label: 'search',
        when: { lastRole: 'user' },
        toolCalls: [{ name: 'onenote_search_pages', arguments: { query: 'Project Atlas weekly sync' } }],
      },
      {
        label: 'read',
        when: { lastRole: 'tool' },
        toolCalls: [
          { name: 'onenote_read_page', arguments: { pageId: '{{page:Project Atlas weekly sync}}' } },
        ],
      },
      {
        label: 'answer',
        when: { lastRole: 'tool' },
        text: 'The sync decided to ship the onboarding flow first.',
      },
    ],
    approvals: [],
    expect: { answer: ['decided'] },
    minimumGraphRequests: 2,
  },
];
