import type { ToolDefinition } from '../define-tool';
import { createSharingLinkTool, deleteItemTool, moveItemTool } from './item-actions';
import { downloadFileTool, getItemTool, listFolderTool, readFileTool, searchTool } from './read-tools';
import { createFolderTool, saveAttachmentTool, uploadFileTool } from './write-tools';

/** The onedrive area's tools, in the order the catalog lists them. */
export const onedriveTools: readonly ToolDefinition[] = [
  listFolderTool,
  getItemTool,
  searchTool,
  readFileTool,
  downloadFileTool,
  uploadFileTool,
  saveAttachmentTool,
  createFolderTool,
  moveItemTool,
  createSharingLinkTool,
  deleteItemTool,
];
