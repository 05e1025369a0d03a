import type { ToolDefinition } from '../define-tool';
import { itemAddRecipients } from './add-recipients';
import { itemGetCurrent } from './get-current-item';
import { itemInsertText } from './insert-text';
import { itemOpenReplyForm } from './open-reply-form';
import { itemReadAttachment } from './read-attachment';
import { itemSetSubject } from './set-subject';
import { itemUpdateCategories } from './update-categories';

/** The item area's tools, in the order the catalog lists them. */
export const itemTools: readonly ToolDefinition[] = [
  itemGetCurrent,
  itemReadAttachment,
  itemInsertText,
  itemSetSubject,
  itemAddRecipients,
  itemOpenReplyForm,
  itemUpdateCategories,
];
