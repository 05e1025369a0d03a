import type { CurrentItemSnapshot } from '../../office/types';
import type { PaneRuntime } from '../../runtime/types';
import type { Settings } from '../../settings/schema';
import { createConversation, type Conversation } from './conversation';
import { conversationKey, type ConversationStorage } from './conversation-storage';

/** The pane's conversations, one per item, kept for the pane's lifetime and restored from storage on reload. */
export interface Conversations {
  /** The item's conversation: the one already open, the saved one, or a new one. */
  open(item: CurrentItemSnapshot | null): Conversation;
  /** Forgets the item's conversation and starts a new one. */
  reset(item: CurrentItemSnapshot | null): Conversation;
  /** New settings reach every open session. */
  updateSettings(settings: Settings): void;
  /** Stops timers and listeners (the pane is going away); saved state stays for the next load. */
  dispose(): void;
}

export function createConversations(options: {
  runtime: PaneRuntime;
  storage: ConversationStorage;
  settings: () => Settings;
}): Conversations {
  const open = new Map<string, Conversation>();

  const create = (item: CurrentItemSnapshot | null) => {
    const key = conversationKey(item);
    const conversation = createConversation({
      key,
      runtime: options.runtime,
      storage: options.storage,
      currentItem: item,
      undoSendSeconds: () => options.settings().agent.undoSendSeconds,
    });
    open.set(key, conversation);
    return conversation;
  };

  return {
    open(item) {
      const existing = open.get(conversationKey(item));
      if (existing) {
        // Same email, fresh snapshot (a draft's recipients or subject may have changed).
        existing.session.setCurrentItem(item);
        return existing;
      }
      return create(item);
    },
    reset(item) {
      const key = conversationKey(item);
      const existing = open.get(key);
      if (existing) {
        existing.session.cancel();
        existing.dispose();
        open.delete(key);
      }
      options.storage.remove(key);
      return create(item);
    },
    updateSettings(settings) {
      for (const conversation of open.values()) conversation.session.updateSettings(settings);
    },
    dispose() {
      for (const conversation of open.values()) conversation.dispose();
      open.clear();
    },
  };
}
