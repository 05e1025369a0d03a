import type { ToolDefinition } from '../define-tool';

/** The todo area's tools, in the order the catalog lists them. */
export const todoTools: readonly ToolDefinition[] = [];
