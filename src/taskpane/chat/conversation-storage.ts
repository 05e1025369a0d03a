import type { AgentSessionSnapshot } from '../../agent';
import type { CurrentItemSnapshot } from '../../office/types';
import type { TranscriptEntry } from './transcript';

/** A conversation as saved between pane reloads. */
export interface SavedConversation {
  version: 1;
  savedAt: string;
  entries: TranscriptEntry[];
  snapshot: AgentSessionSnapshot;
}

/** Approved sends still counting down; saved so a pane closed mid-countdown can say nothing was sent. */
export interface PendingSendRecord {
  conversationKey: string;
  approvalIds: string[];
  startedAt: string;
}

/** `window.sessionStorage`/`localStorage`, or a stand-in. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ConversationStorage {
  load(key: string): SavedConversation | null;
  save(key: string, conversation: SavedConversation): void;
  remove(key: string): void;
  pendingSend(): PendingSendRecord | null;
  setPendingSend(record: PendingSendRecord | null): void;
}

const PREFIX = 'outlookAgent.conversation.';
const INDEX_KEY = 'outlookAgent.conversations';
const PENDING_SEND_KEY = 'outlookAgent.pendingSend';
/** Older conversations are dropped first; the browser's session storage holds a few MB in all. */
const MAX_CONVERSATIONS = 20;

/** The conversation that belongs to an item: one per email or draft, one for "no item". */
export function conversationKey(item: CurrentItemSnapshot | null): string {
  if (item === null) return 'none';
  const id = item.restId ?? item.itemId ?? item.internetMessageId;
  if (item.mode === 'compose') return `compose:${id ?? item.conversationId ?? 'new'}`;
  return `read:${id ?? item.subject}`;
}

function readJson<T>(storage: KeyValueStorage | null, key: string): T | null {
  try {
    const text = storage?.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

/**
 * Conversations go to session storage (they hold email content: they should not outlive the browser session);
 * the pending-send record goes to local storage, which survives the pane being closed and reopened.
 */
export function createConversationStorage(
  session: KeyValueStorage | null,
  local: KeyValueStorage | null,
): ConversationStorage {
  const index = (): string[] => readJson<string[]>(session, INDEX_KEY) ?? [];
  const writeIndex = (keys: string[]) => {
    try {
      session?.setItem(INDEX_KEY, JSON.stringify(keys));
    } catch {
      // Storage full or blocked: conversations then live only as long as the pane.
    }
  };
  return {
    load(key) {
      const saved = readJson<SavedConversation>(session, PREFIX + key);
      return saved?.version === 1 ? saved : null;
    },
    save(key, conversation) {
      const keys = [...index().filter((existing) => existing !== key), key];
      for (const dropped of keys.splice(0, Math.max(0, keys.length - MAX_CONVERSATIONS))) {
        session?.removeItem(PREFIX + dropped);
      }
      try {
        session?.setItem(PREFIX + key, JSON.stringify(conversation));
      } catch {
        // Too large for storage: keep the pane working; the conversation is lost on reload.
        return;
      }
      writeIndex(keys);
    },
    remove(key) {
      try {
        session?.removeItem(PREFIX + key);
      } catch {
        // Nothing to remove when storage is blocked.
      }
      writeIndex(index().filter((existing) => existing !== key));
    },
    pendingSend: () => readJson<PendingSendRecord>(local, PENDING_SEND_KEY),
    setPendingSend(record) {
      try {
        if (record) local?.setItem(PENDING_SEND_KEY, JSON.stringify(record));
        else local?.removeItem(PENDING_SEND_KEY);
      } catch {
        // Without storage the countdown still works; only the after-close notice is lost.
      }
    },
  };
}

/** In-memory storage (tests, or when the browser blocks storage). */
export function memoryKeyValueStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}
