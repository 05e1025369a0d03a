import type { ToolDefinition } from '../define-tool';
import { attachFileToDraftTool } from './attach-file';
import { listAttachmentsTool, readAttachmentTool } from './attachments';
import { deleteCategoryTool, listCategoriesTool, upsertCategoryTool } from './categories';
import { createDraftTool, createReplyDraftTool, updateDraftTool } from './draft-tools';
import { createFolderTool, listFoldersTool } from './folder-tools';
import { getConversationTool, getMessageTool } from './get-message';
import { listDraftsTool, listMessagesTool, searchMessagesTool } from './list-messages';
import { deleteMessageTool, moveMessageTool } from './move-message';
import { replyMessageTool, sendDraftTool, sendMessageTool } from './send-tools';
import { updateMessageTool } from './update-message';

/** The mail area's tools, in the order the catalog lists them: read, draft, organize, send, delete. */
export const mailTools: readonly ToolDefinition[] = [
  listMessagesTool,
  searchMessagesTool,
  getMessageTool,
  getConversationTool,
  listAttachmentsTool,
  readAttachmentTool,
  listDraftsTool,
  listFoldersTool,
  listCategoriesTool,
  createDraftTool,
  createReplyDraftTool,
  updateDraftTool,
  attachFileToDraftTool,
  updateMessageTool,
  moveMessageTool,
  createFolderTool,
  upsertCategoryTool,
  sendMessageTool,
  sendDraftTool,
  replyMessageTool,
  deleteMessageTool,
  deleteCategoryTool,
];
