import type { ToolDefinition } from '../define-tool';

/** The calendar area's tools, in the order the catalog lists them. */
export const calendarTools: readonly ToolDefinition[] = [];
