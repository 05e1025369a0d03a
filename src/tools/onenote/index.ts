import type { ToolDefinition } from '../define-tool';
import {
  getPageTool,
  listNotebooksTool,
  listPagesTool,
  listSectionsTool,
  searchPagesTool,
} from './read-tools';
import { appendToPageTool, copyPageTool, createPageTool, deletePageTool } from './write-tools';

/** The onenote area's tools, in the order the catalog lists them. */
export const onenoteTools: readonly ToolDefinition[] = [
  listNotebooksTool,
  listSectionsTool,
  listPagesTool,
  getPageTool,
  searchPagesTool,
  createPageTool,
  appendToPageTool,
  copyPageTool,
  deletePageTool,
];
