import type { ToolDefinition } from '../define-tool';

/** The mail area's tools, in the order the catalog lists them. */
export const mailTools: readonly ToolDefinition[] = [];
