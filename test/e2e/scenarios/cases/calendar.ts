import type { Scenario } from '../../../helpers/scenario-types';

const JONAS = 'jonas.berg@lumenlabs.example';
const PRIYA = 'priya.raman@lumenlabs.example';

/** Calendar: reading the week, scheduling, responding, cancelling. */
export const calendarScenarios: Scenario[] = [
  {
    id: 'schedule-first-free-slot-teams',
    title: 'Schedule a Teams meeting with two colleagues at the first free slot',
    area: 'calendar',
    prompt: `Find the first time next week when ${JONAS} and ${PRIYA} are free for 30 minutes and set up a Teams meeting "Sensor placement review".`,
    model: [
      {
        label: 'find times',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'calendar_find_meeting_times',
            arguments: {
              attendees: [JONAS, PRIYA],
              durationMinutes: 30,
              start: '2026-11-23T08:30',
              end: '2026-11-27T17:30',
              maxSuggestions: 3,
            },
          },
        ],
      },
      {
        label: 'create',
        when: { lastRole: 'tool', lastToolResultIncludes: 'suggestions' },
        toolCalls: [
          {
            name: 'calendar_create_event',
            arguments: {
              subject: 'Sensor placement review',
              start: '{{result:calendar_find_meeting_times:startLocal}}',
              durationMinutes: 30,
              attendees: [JONAS, PRIYA],
              teamsMeeting: true,
            },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Invited Jonas and Priya to a Teams meeting.' },
    ],
    approvals: [{ tool: 'calendar_create_event', action: 'approve' }],
    expect: {
      answer: ['Teams meeting'],
      state: [
        {
          collection: 'events',
          where: { subject: 'Sensor placement review', attendees: 'priya.raman@', isOnlineMeeting: 'true' },
          added: 1,
        },
        {
          collection: 'outbox',
          where: { kind: 'meeting-request', subject: 'Sensor placement review', toRecipients: 'jonas.berg@' },
          added: 1,
        },
      ],
    },
    minimumGraphRequests: 2,
    chromium: true,
  },
  {
    id: 'accept-invitation',
    title: 'Accept a meeting invitation with a note to the organiser',
    area: 'calendar',
    prompt:
      'Accept the "Design critique: onboarding flow" invitation and tell Priya I will bring the survey results.',
    model: [
      {
        label: 'find',
        when: { lastRole: 'user' },
        toolCalls: [{ name: 'calendar_list_events', arguments: { start: '2026-11-23', end: '2026-11-28' } }],
      },
      {
        label: 'accept',
        when: { lastRole: 'tool', lastToolResultIncludes: 'Design critique' },
        toolCalls: [
          {
            name: 'calendar_respond_to_event',
            arguments: {
              eventId: '{{event:Design critique: onboarding flow}}',
              response: 'accept',
              message: 'I will bring the survey results.',
            },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Accepted; Priya gets your note.' },
    ],
    approvals: [{ tool: 'calendar_respond_to_event', action: 'approve' }],
    expect: {
      answer: ['Accepted'],
      state: [
        {
          collection: 'outbox',
          where: { kind: 'meeting-response', response: 'accept', toRecipients: 'priya.raman@' },
          added: 1,
        },
        {
          collection: 'events',
          where: { subject: 'Design critique: onboarding flow', 'responseStatus.response': 'accepted' },
          added: 1,
        },
      ],
    },
    minimumGraphRequests: 2,
    chromium: true,
  },
  {
    id: 'decline-with-new-time',
    title: 'Decline an invitation and propose another time',
    area: 'calendar',
    prompt: 'Decline the data platform migration kickoff, propose Wednesday 25 November 10:00–11:00 instead.',
    model: [
      {
        label: 'find',
        when: { lastRole: 'user' },
        toolCalls: [{ name: 'calendar_list_events', arguments: { start: '2026-11-23', end: '2026-11-28' } }],
      },
      {
        label: 'decline',
        when: { lastRole: 'tool', lastToolResultIncludes: 'Data platform' },
        toolCalls: [
          {
            name: 'calendar_respond_to_event',
            arguments: {
              eventId: '{{event:Data platform migration kickoff}}',
              response: 'decline',
              message: 'Could we do Wednesday morning instead?',
              proposedStart: '2026-11-25T10:00',
              proposedEnd: '2026-11-25T11:00',
            },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Declined and proposed Wednesday 10:00.' },
    ],
    approvals: [{ tool: 'calendar_respond_to_event', action: 'approve' }],
    expect: {
      answer: ['Declined'],
      state: [
        {
          collection: 'outbox',
          where: { kind: 'meeting-response', response: 'decline', toRecipients: 'tomas.ferreira@' },
          added: 1,
        },
      ],
    },
    minimumGraphRequests: 2,
  },
  {
    id: 'whats-on-next-week',
    title: 'What is on my calendar next week',
    area: 'calendar',
    prompt: 'What is on my calendar next week?',
    model: [
      {
        label: 'list',
        when: { lastRole: 'user' },
        toolCalls: [
          { name: 'calendar_list_events', arguments: { start: '2026-11-23', end: '2026-11-28', limit: 100 } },
        ],
      },
      {
        label: 'answer',
        when: { lastRole: 'tool', lastToolResultIncludes: 'Bluefin workshop planning' },
        text: 'Next week: daily stand-ups, Bluefin workshop planning on Monday, the design critique on Wednesday.',
      },
    ],
    approvals: [],
    expect: { answer: ['Bluefin workshop planning'] },
    minimumGraphRequests: 1,
    chromium: true,
  },
  {
    id: 'block-focus-time-always-allowed',
    title: 'Block focus time (an event without attendees is a draft; Always allow → no card)',
    area: 'calendar',
    policies: { draft: 'always' },
    prompt: 'Block Thursday 26 November 13:00–15:00 as focus time for the dashboard PRD.',
    model: [
      {
        label: 'create',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'calendar_create_event',
            arguments: {
              subject: 'Focus time: dashboard PRD',
              start: '2026-11-26T13:00',
              end: '2026-11-26T15:00',
              showAs: 'busy',
            },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Blocked Thursday 13:00–15:00.' },
    ],
    approvals: [],
    expect: {
      answer: ['Blocked Thursday'],
      state: [
        {
          collection: 'events',
          where: { subject: 'Focus time: dashboard PRD', 'start.dateTime': '2026-11-26T13:00' },
          added: 1,
        },
        { collection: 'outbox', total: 0 },
      ],
    },
    minimumGraphRequests: 1,
  },
  {
    id: 'cancel-meeting-i-organise',
    title: 'Cancel a meeting the user organises, with a message',
    area: 'calendar',
    prompt: 'Cancel the Northwind contract renewal meeting and say we will reschedule in January.',
    model: [
      {
        label: 'find',
        when: { lastRole: 'user' },
        toolCalls: [{ name: 'calendar_list_events', arguments: { start: '2026-12-01', end: '2026-12-05' } }],
      },
      {
        label: 'cancel',
        when: { lastRole: 'tool', lastToolResultIncludes: 'Northwind contract renewal' },
        toolCalls: [
          {
            name: 'calendar_cancel_event',
            arguments: {
              eventId: '{{event:Northwind contract renewal}}',
              message: 'We will reschedule in January.',
            },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Cancelled; attendees were told.' },
    ],
    approvals: [{ tool: 'calendar_cancel_event', action: 'approve' }],
    expect: {
      answer: ['Cancelled'],
      state: [
        {
          collection: 'outbox',
          where: { kind: 'meeting-cancellation', subject: 'Northwind contract renewal' },
          added: 1,
        },
        { collection: 'events', where: { subject: 'Northwind contract renewal' }, total: 0 },
      ],
    },
    minimumGraphRequests: 3,
  },
  {
    id: 'colleague-free-busy',
    title: 'When are two colleagues busy tomorrow',
    area: 'calendar',
    prompt: `When are ${JONAS} and ${PRIYA} busy on Monday?`,
    model: [
      {
        label: 'free busy',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'calendar_get_free_busy',
            arguments: { addresses: [JONAS, PRIYA], start: '2026-11-23T08:00', end: '2026-11-23T18:00' },
          },
        ],
      },
      {
        label: 'answer',
        when: { lastRole: 'tool' },
        text: 'Both have the stand-up at 09:30; otherwise mostly free in the afternoon.',
      },
    ],
    approvals: [],
    expect: { answer: ['stand-up'] },
    minimumGraphRequests: 1,
  },
  {
    id: 'meeting-from-email',
    title: 'Turn the email about a design review into a calendar meeting',
    area: 'calendar',
    openItem: '{{message:Design review for the floor map}}',
    prompt:
      'Put this design review in my calendar with Priya as a meeting, 14:00–15:00 on the day she proposes.',
    model: [
      {
        label: 'read',
        when: { lastRole: 'user' },
        toolCalls: [
          { name: 'mail_get_message', arguments: { id: '{{message:Design review for the floor map}}' } },
        ],
      },
      {
        label: 'create',
        when: { lastRole: 'tool' },
        toolCalls: [
          {
            name: 'calendar_create_event',
            arguments: {
              subject: 'Design review: floor map',
              start: '2026-11-24T14:00',
              end: '2026-11-24T15:00',
              attendees: ['priya.raman@lumenlabs.example'],
            },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Invited Priya for Tuesday 14:00.' },
    ],
    approvals: [{ tool: 'calendar_create_event', action: 'approve' }],
    expect: {
      answer: ['Invited Priya'],
      state: [
        {
          collection: 'outbox',
          where: {
            kind: 'meeting-request',
            subject: 'Design review: floor map',
            toRecipients: 'priya.raman@',
          },
          added: 1,
        },
      ],
    },
    minimumGraphRequests: 2,
  },
];
