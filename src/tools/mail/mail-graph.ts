/**
 * What every mail tool shares about talking to Graph: scopes per kind of call, the ImmutableId preference (ids
 * must survive moves so a move can be undone and an id from a list stays valid), `$select` lists and the wire shapes.
 */
import { preferHeaders } from '../../graph/prefer-headers';
import { encodeGraphId } from '../../graph/types';
import type { GraphRecipient } from '../shared/recipients';

export const MAIL_READ = ['Mail.Read'] as const;
export const MAIL_WRITE = ['Mail.ReadWrite'] as const;
export const MAIL_SEND = ['Mail.Send'] as const;
export const CATEGORIES_READ = ['MailboxSettings.Read'] as const;
export const CATEGORIES_WRITE = ['MailboxSettings.ReadWrite'] as const;

/** On every message call: ids that do not change when a message moves folder. */
export const IMMUTABLE_IDS: Record<string, string> = preferHeaders({ immutableIds: true });

export const LIST_SELECT = [
  'id',
  'subject',
  'from',
  'toRecipients',
  'receivedDateTime',
  'bodyPreview',
  'isRead',
  'isDraft',
  'flag',
  'categories',
  'hasAttachments',
  'importance',
  'conversationId',
  'parentFolderId',
].join(',');

export interface FollowupFlagWire {
  flagStatus?: 'notFlagged' | 'flagged' | 'complete';
  dueDateTime?: { dateTime: string; timeZone: string } | null;
}

export interface ItemBodyWire {
  contentType?: 'html' | 'text';
  content?: string;
}

/** The message properties mail tools read (all optional: `$select` decides which come back). */
export interface MessageWire {
  id: string;
  subject?: string | null;
  from?: GraphRecipient | null;
  sender?: GraphRecipient | null;
  toRecipients?: GraphRecipient[];
  ccRecipients?: GraphRecipient[];
  bccRecipients?: GraphRecipient[];
  replyTo?: GraphRecipient[];
  receivedDateTime?: string | null;
  sentDateTime?: string | null;
  bodyPreview?: string;
  body?: ItemBodyWire;
  uniqueBody?: ItemBodyWire | null;
  isRead?: boolean;
  isDraft?: boolean;
  flag?: FollowupFlagWire;
  categories?: string[];
  hasAttachments?: boolean;
  importance?: 'low' | 'normal' | 'high';
  conversationId?: string;
  parentFolderId?: string;
  internetMessageId?: string;
  webLink?: string;
}

export interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

export const messagePath = (id: string): string => `/me/messages/${encodeGraphId(id)}`;
export const folderPath = (id: string): string => `/me/mailFolders/${encodeGraphId(id)}`;
