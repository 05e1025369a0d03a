/**
 * The Office.js surface the add-in uses, wrapped once as promises (see `office-host.ts`).
 * Tools and the pane depend on this interface, never on `Office.*` directly.
 */
export type ItemMode = 'read' | 'compose' | 'none';

export interface EmailAddressView {
  name: string;
  address: string;
}

export interface AttachmentView {
  id: string;
  name: string;
  contentType: string;
  size: number;
  isInline: boolean;
  kind: 'file' | 'item' | 'cloud';
}

export interface CurrentItemSnapshot {
  mode: ItemMode;
  itemType: 'message' | 'appointment' | 'none';
  /** EWS-style id from Office.js (read mode) — convert with `restId` for Graph. */
  itemId?: string;
  /** The id Graph understands (`convertToRestId`), when the item is saved. */
  restId?: string;
  conversationId?: string;
  subject: string;
  from?: EmailAddressView;
  to: EmailAddressView[];
  cc: EmailAddressView[];
  bcc?: EmailAddressView[];
  dateTimeCreated?: string;
  dateTimeModified?: string;
  categories: string[];
  attachments: AttachmentView[];
  internetMessageId?: string;
}

export interface UserProfile {
  displayName: string;
  emailAddress: string;
  timeZone: string;
}

export interface OfficeHost {
  /** The host's mode for the current item. */
  readonly mode: ItemMode;
  userProfile(): UserProfile;
  displayLanguage(): string;
  getCurrentItem(): Promise<CurrentItemSnapshot | null>;
  getBody(format: 'text' | 'html'): Promise<string>;
  getSelectedText(): Promise<string>;
  setSelectedData(data: string, format: 'text' | 'html'): Promise<void>;
  prependBody(data: string, format: 'text' | 'html'): Promise<void>;
  appendBody(data: string, format: 'text' | 'html'): Promise<void>;
  setBody(data: string, format: 'text' | 'html'): Promise<void>;
  setSubject(subject: string): Promise<void>;
  addRecipients(field: 'to' | 'cc' | 'bcc', recipients: EmailAddressView[]): Promise<void>;
  addCategories(categories: string[]): Promise<void>;
  removeCategories(categories: string[]): Promise<void>;
  getAttachmentContent(
    attachmentId: string,
  ): Promise<{ format: 'base64' | 'url' | 'eml' | 'iCalendar'; content: string }>;
  displayReplyForm(html: string, replyAll: boolean): void;
  /** Opens a message; `itemId` is a Graph (REST) id, converted to the EWS id the host expects where it can. */
  displayMessageForm(itemId: string): void;
  /** Opens an event; `itemId` as for `displayMessageForm`. */
  displayAppointmentForm(itemId: string): void;
  /** Subscribe to item changes (pinned pane); returns an unsubscribe. */
  onItemChanged(listener: () => void): () => void;
}
