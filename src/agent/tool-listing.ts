import { categoriesOf, type ToolDefinition } from '../tools/define-tool';
import type { PermissionCategory } from '../permissions/categories';
import { toolInputSchema } from './tool-schema';

/** One row of `npm run tools --json`. */
export interface ToolListing {
  name: string;
  area: string;
  /** Fixed, or every category the arguments can select. */
  category: PermissionCategory | PermissionCategory[];
  description: string;
  graph: string[];
  inputSchema: Record<string, unknown>;
}

export function listTools(catalog: readonly ToolDefinition[]): ToolListing[] {
  return catalog.map((tool) => ({
    name: tool.name,
    area: tool.area,
    category: typeof tool.category === 'string' ? tool.category : [...categoriesOf(tool)],
    description: tool.description,
    graph: [...tool.graph],
    inputSchema: toolInputSchema(tool),
  }));
}

function cell(text: string): string {
  return text.replace(/\|/gu, '\\|').replace(/\s*\n\s*/gu, ' ');
}

/** The Markdown table the README includes between its `tools:start` and `tools:end` markers. */
export function toolsMarkdownTable(catalog: readonly ToolDefinition[]): string {
  const rows = listTools(catalog).map((tool) => {
    const category = Array.isArray(tool.category) ? tool.category.join(' / ') : tool.category;
    const graph = tool.graph.length
      ? tool.graph.map((operation) => `\`${operation}\``).join('<br>')
      : '(Office.js)';
    return `| \`${tool.name}\` | ${tool.area} | ${category} | ${cell(tool.description)} | ${graph} |`;
  });
  return [
    '| Tool | Area | Category | Description | Graph operations |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export const TOOLS_START_MARKER = '<!-- tools:start -->';
export const TOOLS_END_MARKER = '<!-- tools:end -->';

export type ReadmeSection =
  { kind: 'found'; before: string; current: string; after: string } | { kind: 'missing'; message: string };

export function findToolsSection(readme: string): ReadmeSection {
  const start = readme.indexOf(TOOLS_START_MARKER);
  const end = readme.indexOf(TOOLS_END_MARKER);
  if (start < 0 || end < 0 || end < start) {
    return {
      kind: 'missing',
      message: `The README has no tools section: add a line '${TOOLS_START_MARKER}' and a line '${TOOLS_END_MARKER}' where the table belongs.`,
    };
  }
  const contentStart = start + TOOLS_START_MARKER.length;
  return {
    kind: 'found',
    before: readme.slice(0, contentStart),
    current: readme.slice(contentStart, end).trim(),
    after: readme.slice(end),
  };
}

export function withToolsTable(readme: string, table: string): string | undefined {
  const section = findToolsSection(readme);
  if (section.kind === 'missing') return undefined;
  return `${section.before}\n${table}\n${section.after}`;
}
