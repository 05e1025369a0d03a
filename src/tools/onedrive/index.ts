import type { ToolDefinition } from '../define-tool';

/** The onedrive area's tools, in the order the catalog lists them. */
export const onedriveTools: readonly ToolDefinition[] = [];
