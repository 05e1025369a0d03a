import type { ToolDefinition } from '../define-tool';

/** The item area's tools, in the order the catalog lists them. */
export const itemTools: readonly ToolDefinition[] = [];
