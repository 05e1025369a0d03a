import type { ToolDefinition } from '../define-tool';

/** The onenote area's tools, in the order the catalog lists them. */
export const onenoteTools: readonly ToolDefinition[] = [];
