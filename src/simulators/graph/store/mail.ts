/** Mail area records: folders, messages with their attachments, and master categories. */
import type { ItemBody, Recipient } from './common';

export const WELL_KNOWN_FOLDER_NAMES = [
  'msgfolderroot',
  'inbox',
  'drafts',
  'sentitems',
  'deleteditems',
  'archive',
  'junkemail',
  'outbox',
  'clutter',
  'conversationhistory',
] as const;
export type WellKnownFolderName = (typeof WELL_KNOWN_FOLDER_NAMES)[number];

export interface MailFolderRecord {
  id: string;
  displayName: string;
  /** The root folder (msgfolderroot) is its own tenant-level parent; its parentFolderId is a hidden container id. */
  parentFolderId: string;
  wellKnownName: WellKnownFolderName | null;
  isHidden: boolean;
}

export interface AttachmentRecord {
  id: string;
  '@odata.type':
    | '#microsoft.graph.fileAttachment'
    | '#microsoft.graph.itemAttachment'
    | '#microsoft.graph.referenceAttachment';
  name: string;
  /** null on item attachments, as Graph returns them. */
  contentType: string | null;
  size: number;
  isInline: boolean;
  lastModifiedDateTime: string;
  contentId: string | null;
  /** Base64 bytes of a file attachment. */
  contentBytes: string | null;
  /** The attached Outlook item (event, message) of an item attachment, as sent. */
  item?: Record<string, unknown>;
}

export interface FollowupFlag {
  flagStatus: 'notFlagged' | 'flagged' | 'complete';
  startDateTime?: { dateTime: string; timeZone: string };
  dueDateTime?: { dateTime: string; timeZone: string };
  completedDateTime?: { dateTime: string; timeZone: string };
}

export interface MessageRecord {
  /** The current (REST) id; changes when the message moves folder. */
  id: string;
  /** Stable id returned with `Prefer: IdType="ImmutableId"`. */
  immutableId: string;
  changeKey: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  receivedDateTime: string;
  sentDateTime: string | null;
  subject: string;
  body: ItemBody;
  /** The part of the body not quoted from earlier messages; defaults to `body` when null. */
  uniqueBody: ItemBody | null;
  from: Recipient | null;
  sender: Recipient | null;
  toRecipients: Recipient[];
  ccRecipients: Recipient[];
  bccRecipients: Recipient[];
  replyTo: Recipient[];
  conversationId: string;
  conversationIndex: string;
  internetMessageId: string;
  internetMessageHeaders: { name: string; value: string }[];
  isRead: boolean;
  isDraft: boolean;
  isReadReceiptRequested: boolean;
  isDeliveryReceiptRequested: boolean;
  importance: 'low' | 'normal' | 'high';
  inferenceClassification: 'focused' | 'other';
  flag: FollowupFlag;
  categories: string[];
  parentFolderId: string;
  attachments: AttachmentRecord[];
}

export interface CategoryRecord {
  id: string;
  displayName: string;
  /** `none` or `preset0`…`preset24`. */
  color: string;
}

export interface MailStore {
  folders: MailFolderRecord[];
  messages: MessageRecord[];
  categories: CategoryRecord[];
  /**
   * Messages removed with `DELETE` (Graph soft-deletes them to the hidden Recoverable Items folder; they leave every
   * folder view). Recoverable by an admin, not by the app: moving to Deleted Items is `move` to `deleteditems`.
   */
  recoverableItems: MessageRecord[];
}
