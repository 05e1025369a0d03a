import type { PageTemplate } from './template-types';

export const meetingNotesTemplate: PageTemplate = {
  name: 'meeting_notes',
  description: 'Meeting notes: date, attendees, agenda, notes, decisions, action items as to-dos.',
  title: '{{title}} ({{date}})',
  variables: {
    title: { kind: 'text', description: 'Meeting name', required: true },
    date: { kind: 'date', description: 'YYYY-MM-DD', required: true },
    attendees: { kind: 'list', description: 'Names' },
    agenda: { kind: 'list', description: 'Agenda points' },
    notes: { kind: 'text', description: 'Discussion notes (Markdown)' },
    decisions: { kind: 'list', description: 'Decisions taken' },
    actionItems: { kind: 'list', description: 'Action items, e.g. "Jonas: send the plan (Fri)"' },
  },
  markdown: `**Date:** {{date}}

## Attendees
{{list:attendees}}

## Agenda
{{numbered:agenda}}

## Notes
{{notes}}

## Decisions
{{list:decisions}}

## Action items
{{tasks:actionItems}}
`,
};
