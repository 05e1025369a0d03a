import type { PageTemplate } from './template-types';

export const dailyJournalTemplate: PageTemplate = {
  name: 'daily_journal',
  description: 'Daily journal: priorities for the day, notes, gratitude, tomorrow.',
  title: 'Journal {{date}}',
  variables: {
    date: { kind: 'date', description: 'YYYY-MM-DD', required: true },
    priorities: { kind: 'list', description: 'Top things to get done today' },
    notes: { kind: 'text', description: 'Free notes (Markdown)' },
    gratitude: { kind: 'list', description: 'Things that went well' },
    tomorrow: { kind: 'list', description: 'To carry over' },
  },
  markdown: `## Today's priorities
{{tasks:priorities}}

## Notes
{{notes}}

## Went well
{{list:gratitude}}

## Tomorrow
{{list:tomorrow}}
`,
};
