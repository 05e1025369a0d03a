import type { ToolDefinition } from './define-tool';
import { itemTools } from './item';
import { mailTools } from './mail';
import { calendarTools } from './calendar';
import { todoTools } from './todo';
import { onedriveTools } from './onedrive';
import { onenoteTools } from './onenote';

/** Every tool the agent can be offered; the permission settings decide which are. */
export const catalog: readonly ToolDefinition[] = [
  ...itemTools,
  ...mailTools,
  ...calendarTools,
  ...todoTools,
  ...onedriveTools,
  ...onenoteTools,
];

const byName = new Map(catalog.map((tool) => [tool.name, tool]));

export function lookupTool(name: string): ToolDefinition | undefined {
  return byName.get(name);
}
