/**
 * Mail routes (`/me/messages`, `/me/mailFolders`, `/me/sendMail`, `/me/outlook/masterCategories`), split by
 * family: items and lists, actions (reply/forward/send/move/copy), attachments, folders and categories.
 */
import type { RouteDefinition } from '../core/route';
import { mailMessageRoutes } from './mail-messages';

export const mailRoutes: RouteDefinition[] = [...mailMessageRoutes];
