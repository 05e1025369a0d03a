import { Button, Spinner } from '@fluentui/react-components';
import { ArrowClockwiseRegular, CheckmarkRegular, CopyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Citation } from '../../tools/define-tool';
import { useStrings } from '../i18n';
import { Citations } from './Citations';
import { MarkdownView } from './MarkdownView';
import type { TranscriptEntry } from './transcript';
import { useChatStyles } from './useChatStyles.styles';

export type AnswerBubbleProps = {
  entry: Extract<TranscriptEntry, { kind: 'assistant' }>;
  /** Offer Retry (the last answer, while the agent is idle). */
  canRetry: boolean;
  onRetry: () => void;
  onOpenCitation: (citation: Citation) => void;
};

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  throw new Error('Clipboard unavailable');
}

/** One answer: Markdown while it streams, then Copy, Retry and its sources. */
export function AnswerBubble({ entry, canRetry, onRetry, onOpenCitation }: AnswerBubbleProps) {
  const styles = useChatStyles();
  const strings = useStrings();
  const [copied, setCopied] = useState(false);
  const streaming = entry.status === 'streaming';
  return (
    <li className={styles.answer} aria-busy={streaming}>
      <MarkdownView text={entry.text} />
      {streaming ? (
        <Spinner size="extra-tiny" label={strings.chat.thinking} labelPosition="after" />
      ) : (
        <div className={styles.answerActions}>
          <Button
            size="small"
            appearance="subtle"
            icon={copied ? <CheckmarkRegular /> : <CopyRegular />}
            onClick={() => {
              copyText(entry.text).then(
                () => setCopied(true),
                () => setCopied(false),
              );
            }}
          >
            {copied ? strings.chat.copied : strings.chat.copy}
          </Button>
          {canRetry && (
            <Button size="small" appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={onRetry}>
              {strings.chat.retry}
            </Button>
          )}
        </div>
      )}
      <Citations citations={entry.citations} onOpen={onOpenCitation} />
    </li>
  );
}
