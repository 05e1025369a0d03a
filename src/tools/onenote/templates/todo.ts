import type { PageTemplate } from './template-types';

export const todoTemplate: PageTemplate = {
  name: 'todo',
  description: 'A to-do list grouped by priority (high, medium, low), each item a OneNote to-do.',
  title: '{{title}}',
  variables: {
    title: { kind: 'text', description: 'List name', required: true },
    items: { kind: 'prioritised', description: 'Items: [{text, priority: high|medium|low}]', required: true },
    notes: { kind: 'text', description: 'Notes under the list' },
  },
  markdown: `{{priorities:items}}

{{notes}}
`,
};
