/**
 * Mail routes (`/me/messages`, `/me/mailFolders`, `/me/sendMail`, `/me/outlook/masterCategories`), split by
 * family: items and lists, actions (reply/forward/send/move/copy), attachments, folders and categories.
 */
import type { RouteDefinition } from '../core/route';
import { mailActionRoutes } from './mail-actions';
import { mailAttachmentRoutes } from './mail-attachments';
import { mailFolderRoutes } from './mail-folders';
import { mailMessageRoutes } from './mail-messages';

export const mailRoutes: RouteDefinition[] = [
  ...mailMessageRoutes,
  ...mailActionRoutes,
  ...mailAttachmentRoutes,
  ...mailFolderRoutes,
];
