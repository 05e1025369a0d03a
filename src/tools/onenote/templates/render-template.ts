/** Fills a page template's placeholders with the caller's values → {title, markdown}. */
import { OneNoteToolError } from '../onenote-errors';
import type { PageTemplate, PrioritisedItem, TemplateValue } from './template-types';

const NONE = '_None yet._';

function asList(value: TemplateValue | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string')
    return value
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  return value.map((entry) => (typeof entry === 'string' ? entry : entry.text));
}

/** Markdown control characters at a line start would change structure; escape them in list items. */
function itemText(text: string): string {
  return text.replace(/^([#>\-*+]|\d+\.)\s/, '\\$1 ').replace(/\n/g, ' ');
}

function formatDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const weekday = date.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  return `${weekday} ${value.trim()}`;
}

function priorities(value: TemplateValue | undefined): string {
  const items = (Array.isArray(value) ? value : asList(value)).map((entry): PrioritisedItem =>
    typeof entry === 'string' ? { text: entry } : entry,
  );
  if (items.length === 0) return NONE;
  const groups: [string, PrioritisedItem['priority']][] = [
    ['High priority', 'high'],
    ['Medium priority', 'medium'],
    ['Low priority', 'low'],
  ];
  return groups
    .map(([heading, priority]) => {
      const inGroup = items.filter((item) => (item.priority ?? 'medium') === priority);
      return inGroup.length === 0
        ? ''
        : `## ${heading}\n${inGroup.map((item) => `- [ ] ${itemText(item.text)}`).join('\n')}`;
    })
    .filter((section) => section !== '')
    .join('\n\n');
}

export function renderTemplate(
  template: PageTemplate,
  values: Record<string, TemplateValue>,
): { title: string; markdown: string } {
  const unknown = Object.keys(values).filter((key) => !(key in template.variables));
  if (unknown.length > 0)
    throw new OneNoteToolError(
      'template-variable-missing',
      `Template '${template.name}' has no variable ${unknown.join(', ')}. Its variables: ${Object.keys(template.variables).join(', ')}.`,
    );
  const missing = Object.entries(template.variables)
    .filter(([name, variable]) => variable.required && asList(values[name]).length === 0)
    .map(([name]) => name);
  if (missing.length > 0)
    throw new OneNoteToolError(
      'template-variable-missing',
      `Template '${template.name}' needs: ${missing.join(', ')}.`,
    );
  const text = (name: string): string => {
    const value = values[name];
    const variable = template.variables[name];
    if (value === undefined || asList(value).length === 0) return variable?.kind === 'text' ? '' : NONE;
    if (variable?.kind === 'date' && typeof value === 'string') return formatDate(value);
    return typeof value === 'string' ? value : asList(value).join(', ');
  };
  const fill = (pattern: string): string =>
    pattern.replace(
      /\{\{(?:(list|numbered|tasks|priorities):)?(\w+)\}\}/g,
      (_match, form: string | undefined, name: string) => {
        if (!form) return text(name);
        if (form === 'priorities') return priorities(values[name]);
        const items = asList(values[name]);
        if (items.length === 0) return NONE;
        return items
          .map(
            (item, index) =>
              `${form === 'numbered' ? `${index + 1}.` : form === 'tasks' ? '- [ ]' : '-'} ${itemText(item)}`,
          )
          .join('\n');
      },
    );
  return {
    title: fill(template.title).replace(/\s+/g, ' ').trim(),
    markdown: fill(template.markdown)
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  };
}
