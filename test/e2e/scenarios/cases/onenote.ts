import type { Scenario } from '../../../helpers/scenario-types';

/** OneNote: notes from a template, reading pages. */
export const onenoteScenarios: Scenario[] = [
  {
    id: 'meeting-notes-from-template',
    title: 'Write meeting notes into OneNote from the template',
    area: 'onenote',
    openItem: '{{message:Q4 roadmap review — agenda}}',
    prompt:
      'Create meeting notes in OneNote (Work Notebook › Meetings) for the Q4 roadmap review from the meeting template.',
    model: [
      {
        label: 'read item',
        when: { lastRole: 'user' },
        toolCalls: [{ name: 'item_get_current', arguments: {} }],
      },
      {
        label: 'create page',
        when: { lastRole: 'tool', lastToolResultIncludes: 'Q4 roadmap' },
        toolCalls: [
          {
            name: 'onenote_create_page',
            arguments: {
              section: 'Meetings',
              notebook: 'Work Notebook',
              template: 'meeting_notes',
              variables: {
                title: 'Q4 roadmap review',
                date: '2026-11-18',
                attendees: ['Maya Okafor', 'Jonas Berg', 'Priya Raman'],
                agenda: ['Goals', 'Milestones', 'Customer feedback themes'],
                actionItems: ['Maya: add the customer feedback themes to section 3'],
              },
            },
          },
        ],
      },
      {
        label: 'done',
        when: { lastRole: 'tool', lastToolResultIncludes: 'created' },
        text: 'Created the meeting notes page in Work Notebook › Meetings.',
      },
    ],
    approvals: [{ tool: 'onenote_create_page', action: 'approve' }],
    expect: {
      answer: ['meeting notes page'],
      state: [
        {
          collection: 'pages',
          where: {
            title: 'Q4 roadmap review (Wednesday 2026-11-18)',
            section: 'Meetings',
            // The template's headings and the action item as a OneNote to-do.
            html: 'Customer feedback themes',
          },
          added: 1,
        },
        { collection: 'pages', where: { html: 'data-tag="to-do"', title: 'Q4 roadmap review' }, added: 1 },
      ],
    },
    // Resolve the section, then POST the page (the current item comes from Office, not Graph).
    minimumGraphRequests: 2,
    chromium: true,
  },
  {
    id: 'summarize-onenote-page',
    title: 'Summarise a OneNote page',
    area: 'onenote',
    prompt: 'What did we decide in the last Project Atlas weekly sync?',
    model: [
      {
        label: 'search',
        when: { lastRole: 'user' },
        toolCalls: [{ name: 'onenote_search_pages', arguments: { query: 'Project Atlas weekly sync' } }],
      },
      {
        label: 'read',
        when: { lastRole: 'tool', lastToolResultIncludes: 'Project Atlas weekly sync' },
        toolCalls: [{ name: 'onenote_get_page', arguments: { id: '{{result:onenote_search_pages:id}}' } }],
      },
      {
        label: 'answer',
        when: { lastRole: 'tool', lastToolResultIncludes: 'three-step guide' },
        text: 'The sync decided to keep the three-step guide and to start the Northwind pilot on 15 January if SSO is ready by 20 December.',
      },
    ],
    approvals: [],
    expect: {
      answer: ['three-step guide', '15 January'],
      state: [{ collection: 'pages', added: 0 }],
    },
    // Title search, then the page's content (the page's metadata rides on the search result).
    minimumGraphRequests: 2,
    chromium: true,
  },
];
