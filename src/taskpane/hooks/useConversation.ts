import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CurrentItemSnapshot } from '../../office/types';
import type { PaneRuntime } from '../../runtime/types';
import type { Settings } from '../../settings/schema';
import type { Conversation } from '../chat/conversation';
import type { ConversationStorage } from '../chat/conversation-storage';
import { createConversations } from '../chat/conversations';
import type { CurrentItemState } from './useCurrentItem';

/**
 * The conversation of the current item. Switching items switches conversations (each keeps its own); the
 * previous one keeps running in the background and is there again on the way back.
 */
export function useConversation(options: {
  runtime: PaneRuntime | undefined;
  storage: ConversationStorage;
  item: CurrentItemState;
  settings: Settings;
}): { conversation: Conversation | undefined; newChat: () => void } {
  const { runtime, storage, item, settings } = options;
  const [settingsRef] = useState(() => ({ current: settings }));
  settingsRef.current = settings;

  const conversations = useMemo(
    () =>
      runtime ? createConversations({ runtime, storage, settings: () => settingsRef.current }) : undefined,
    [runtime, storage, settingsRef],
  );
  useEffect(() => {
    conversations?.updateSettings(settings);
  }, [conversations, settings]);
  useEffect(() => () => conversations?.dispose(), [conversations]);

  const snapshot: CurrentItemSnapshot | null | undefined =
    item.status === 'ready' ? item.item : item.status === 'error' ? null : undefined;
  const [conversation, setConversation] = useState<Conversation | undefined>(undefined);
  useEffect(() => {
    if (conversations && snapshot !== undefined) setConversation(conversations.open(snapshot));
  }, [conversations, snapshot]);

  const newChat = useCallback(() => {
    if (conversations && snapshot !== undefined) setConversation(conversations.reset(snapshot));
  }, [conversations, snapshot]);

  return { conversation, newChat };
}
