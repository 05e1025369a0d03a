/**
 * Page templates by name. To add one: write a `PageTemplate` in its own file and list it here; the create-page
 * tool's description and validation pick it up.
 */
import { dailyJournalTemplate } from './daily-journal';
import { meetingNotesTemplate } from './meeting-notes';
import { projectTemplate } from './project';
import type { PageTemplate } from './template-types';
import { todoTemplate } from './todo';

export const pageTemplates: readonly PageTemplate[] = [
  meetingNotesTemplate,
  dailyJournalTemplate,
  todoTemplate,
  projectTemplate,
];

export function findTemplate(name: string): PageTemplate | undefined {
  return pageTemplates.find((template) => template.name === name.trim().toLowerCase());
}

export type { PageTemplate, PrioritisedItem, TemplateValue, TemplateVariable } from './template-types';
