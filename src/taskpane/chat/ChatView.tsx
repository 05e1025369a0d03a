import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
} from '@fluentui/react-components';
import { AddRegular, ArrowClockwiseRegular, DismissRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { ItemMode } from '../../office/types';
import type { Citation } from '../../tools/define-tool';
import { ToolActivityLine } from '../activity/ToolActivityLine';
import { ApprovalList } from '../approvals/ApprovalList';
import { useStrings } from '../i18n';
import { AnswerBubble } from './AnswerBubble';
import { Composer } from './Composer';
import type { Conversation } from './conversation';
import { LiveAnnouncer } from './LiveAnnouncer';
import { suggestedPrompts } from './suggested-prompts';
import type { TranscriptEntry } from './transcript';
import { useChatStyles } from './useChatStyles.styles';
import { useConversationState } from './useConversationState';

export type ChatViewProps = {
  conversation: Conversation;
  mode: ItemMode;
  /** The configured model name, or undefined when none is set. */
  model?: string;
  onNewChat: () => void;
  onOpenSettings: (section?: 'model' | 'permissions') => void;
  onOpenCitation: (citation: Citation) => void;
};

/** The conversation with the agent for the current item: messages, tool activity, approvals, composer. */
export function ChatView({
  conversation,
  mode,
  model,
  onNewChat,
  onOpenSettings,
  onOpenCitation,
}: ChatViewProps) {
  const styles = useChatStyles();
  const strings = useStrings();
  const state = useConversationState(conversation);
  const scroller = useRef<HTMLDivElement>(null);
  const running = state.status === 'running';
  const idle = state.status !== 'running' && !state.countdown;

  useEffect(() => {
    const element = scroller.current;
    if (element && typeof element.scrollTo === 'function') element.scrollTo({ top: element.scrollHeight });
  }, [state.entries, state.approvals, state.countdown]);

  const lastAnswerId = [...state.entries].reverse().find((entry) => entry.kind === 'assistant')?.id;
  const waitingIds = new Set(state.approvals.map((approval) => approval.id));

  const renderEntry = (entry: TranscriptEntry) => {
    switch (entry.kind) {
      case 'user':
        return (
          <li key={entry.id} className={styles.user}>
            {entry.text}
          </li>
        );
      case 'assistant':
        return (
          <AnswerBubble
            key={entry.id}
            entry={entry}
            canRetry={idle && entry.id === lastAnswerId}
            onRetry={() => void conversation.retry()}
            onOpenCitation={onOpenCitation}
          />
        );
      case 'tool':
        return (
          <ToolActivityLine
            key={entry.id}
            entry={entry}
            awaitingApproval={waitingIds.has(entry.id)}
            onUndo={(id) => void conversation.undo(id)}
          />
        );
      case 'notice':
        return (
          <li key={entry.id}>
            <MessageBar intent={entry.tone === 'error' ? 'error' : 'info'}>
              <MessageBarBody>{entry.text}</MessageBarBody>
              {entry.retryable && idle && entry === state.entries[state.entries.length - 1] && (
                <MessageBarActions>
                  <Button
                    size="small"
                    icon={<ArrowClockwiseRegular />}
                    onClick={() => void conversation.retry()}
                  >
                    {strings.chat.retry}
                  </Button>
                </MessageBarActions>
              )}
            </MessageBar>
          </li>
        );
    }
  };

  return (
    <main className={styles.root} aria-label={strings.chat.region}>
      <div className={styles.scroller} ref={scroller}>
        {state.sendInterrupted && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{strings.chat.restoredAfterClose}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={strings.approvals.back}
                  icon={<DismissRegular />}
                  onClick={() => conversation.dismissSendInterrupted()}
                />
              }
            />
          </MessageBar>
        )}
        {state.entries.length === 0 ? (
          <div className={styles.empty}>
            <Body1>{strings.chat.intro}</Body1>
            <div className={styles.suggestions} role="group" aria-label={strings.chat.suggestions}>
              {suggestedPrompts(mode, strings).map((suggestion) => (
                <Button
                  key={suggestion.label}
                  shape="circular"
                  disabled={!idle}
                  onClick={() => void conversation.send(suggestion.prompt)}
                >
                  {suggestion.label}
                </Button>
              ))}
            </div>
            {model ? (
              <Caption1 className={styles.muted}>{strings.chat.model(model)}</Caption1>
            ) : (
              <>
                <Caption1 className={styles.muted}>{strings.chat.noModel}</Caption1>
                <Button appearance="primary" onClick={() => onOpenSettings('model')}>
                  {strings.chat.setUpModel}
                </Button>
              </>
            )}
          </div>
        ) : (
          <>
            <div className={styles.toolbar}>
              <Caption1 className={styles.muted}>
                {model ? strings.chat.model(model) : strings.chat.noModel}
              </Caption1>
              <Button size="small" appearance="subtle" icon={<AddRegular />} onClick={onNewChat}>
                {strings.chat.newChat}
              </Button>
            </div>
            <ol className={styles.list} aria-label={strings.chat.messages}>
              {state.entries.map(renderEntry)}
            </ol>
          </>
        )}
        <ApprovalList
          approvals={state.approvals}
          countdown={state.countdown}
          errors={state.approvalErrors}
          busy={running}
          onApprove={(id, edits) => void conversation.approve(id, edits)}
          onDeny={(id, reason) => void conversation.deny(id, reason)}
          onApproveAll={() => void conversation.approveAll()}
          onCancelSend={() => void conversation.cancelSend()}
          onOpenSettings={() => onOpenSettings('permissions')}
        />
      </div>
      <Composer
        running={running}
        disabled={state.countdown !== undefined}
        onSend={(text) => void conversation.send(text)}
        onStop={() => conversation.cancel()}
      />
      <LiveAnnouncer announcement={state.announcement} />
    </main>
  );
}
