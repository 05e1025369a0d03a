import { useSyncExternalStore } from 'react';
import type { Conversation, ConversationState } from './conversation';

/** The conversation's state, re-rendering on every change (streamed text included). */
export function useConversationState(conversation: Conversation): ConversationState {
  return useSyncExternalStore(conversation.subscribe, conversation.getState, conversation.getState);
}
