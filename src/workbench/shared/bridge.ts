/**
 * The contract between the workbench page (the emulated Outlook window) and the Office.js emulator inside the
 * pane's iframe. Both are same-origin, so the emulator calls the parent's bridge object directly.
 */

export type WorkbenchMode = 'read' | 'compose';

export interface WorkbenchAddress {
  name: string;
  address: string;
}

export interface WorkbenchAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  isInline: boolean;
  /** Graph's `@odata.type` mapped to Office's attachment types. */
  kind: 'file' | 'item' | 'cloud';
  /** Base64 content of a file attachment, when Graph returned it. */
  contentBytes?: string;
}

/** A received message as the read surface shows it (fetched from Graph). */
export interface WorkbenchReadItem {
  /** Graph (REST) id; the emulator exposes its EWS form as `itemId`, as Outlook does. */
  restId: string;
  conversationId: string;
  internetMessageId: string;
  subject: string;
  from: WorkbenchAddress | null;
  to: WorkbenchAddress[];
  cc: WorkbenchAddress[];
  dateTimeCreated: string;
  dateTimeModified: string;
  categories: string[];
  bodyHtml: string;
  bodyText: string;
  attachments: WorkbenchAttachment[];
}

/** A message being written (the compose surface). */
export interface WorkbenchComposeItem {
  subject: string;
  to: WorkbenchAddress[];
  cc: WorkbenchAddress[];
  bcc: WorkbenchAddress[];
  bodyHtml: string;
  categories: string[];
  conversationId?: string;
}

export type WorkbenchItem =
  | { mode: 'read'; item: WorkbenchReadItem }
  | { mode: 'compose'; item: WorkbenchComposeItem }
  | { mode: 'none' };

export interface WorkbenchNotification {
  type: string;
  message: string;
  icon?: string;
  persistent?: boolean;
}

export type WorkbenchFormRequest =
  | { kind: 'reply' | 'reply-all'; html: string }
  | { kind: 'message' | 'appointment'; itemId: string }
  | { kind: 'new-message'; parameters: unknown };

export interface WorkbenchTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme: boolean;
}

/** What the workbench page offers the emulator, as `window.outlookWorkbench`. */
export interface WorkbenchBridge {
  current(): WorkbenchItem;
  userProfile(): { displayName: string; emailAddress: string; timeZone: string };
  displayLanguage(): string;
  officeTheme(): WorkbenchTheme;
  /** The storage key the emulator persists roaming settings under (the page seeds it before the pane loads). */
  roamingStorageKey: string;
  /** Called when the user picks another item in the same mode (Outlook's ItemChanged for a pinned pane). */
  onItemChanged(listener: () => void): () => void;

  setCategories(categories: string[]): Promise<void>;
  composeUpdate(change: Partial<WorkbenchComposeItem>): void;
  selection(): { text: string; html: string };
  replaceSelection(content: string, format: 'text' | 'html'): void;
  attachmentContent(
    attachmentId: string,
  ): Promise<{ format: 'base64' | 'url' | 'eml' | 'iCalendar'; content: string }>;
  displayForm(request: WorkbenchFormRequest): void;
  setNotification(key: string, notification: WorkbenchNotification | null): void;
  notifications(): Record<string, WorkbenchNotification>;
  openDialog(url: string, options: { height?: number; width?: number }, events: DialogEvents): DialogHandle;
}

export interface DialogEvents {
  message(message: string, origin: string): void;
  closed(): void;
}

export interface DialogHandle {
  close(): void;
  messageChild(message: string): void;
}

export const BRIDGE_GLOBAL = 'outlookWorkbench';
export const ROAMING_STORAGE_KEY = 'outlookWorkbench.roamingSettings';
