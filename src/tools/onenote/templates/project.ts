import type { PageTemplate } from './template-types';

export const projectTemplate: PageTemplate = {
  name: 'project',
  description: 'Project plan: summary, objectives, timeline (milestones), resources, open questions.',
  title: '{{title}}',
  variables: {
    title: { kind: 'text', description: 'Project name', required: true },
    summary: { kind: 'text', description: 'One-paragraph summary' },
    objectives: { kind: 'list', description: 'Measurable objectives' },
    timeline: { kind: 'list', description: 'Milestones, e.g. "2026-12-11: prototype review"' },
    resources: { kind: 'list', description: 'People, documents, budget' },
    openQuestions: { kind: 'list', description: 'Open questions' },
  },
  markdown: `{{summary}}

## Objectives
{{list:objectives}}

## Timeline
{{list:timeline}}

## Resources
{{list:resources}}

## Open questions
{{tasks:openQuestions}}
`,
};
