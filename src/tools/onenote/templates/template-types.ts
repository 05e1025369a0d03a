/**
 * A page template is data: a title pattern and a Markdown body with placeholders, rendered through the same
 * Markdown → OneNote path as any page. Placeholders:
 *   {{name}}            text (date variables accept YYYY-MM-DD and render with the weekday)
 *   {{list:name}}       "- item" lines        {{numbered:name}}  "1. item" lines
 *   {{tasks:name}}      "- [ ] item" lines    {{priorities:name}} to-dos grouped High / Medium / Low
 * A section whose variable is empty (and optional) renders "_None yet._".
 */
export type TemplateVariableKind = 'text' | 'date' | 'list' | 'prioritised';

export interface TemplateVariable {
  kind: TemplateVariableKind;
  description: string;
  required?: boolean;
}

export interface PageTemplate {
  name: string;
  description: string;
  title: string;
  variables: Record<string, TemplateVariable>;
  markdown: string;
}

export type PrioritisedItem = { text: string; priority?: 'high' | 'medium' | 'low' };
export type TemplateValue = string | string[] | PrioritisedItem[];
