import { Button, Textarea } from '@fluentui/react-components';
import { SendRegular, StopRegular } from '@fluentui/react-icons';
import { forwardRef, useState, type KeyboardEvent } from 'react';
import { useStrings } from '../i18n';
import { useChatStyles } from './useChatStyles.styles';

export type ComposerProps = {
  /** The agent is working: the Stop button replaces Send. */
  running: boolean;
  /** Sending is not possible right now (no runtime yet, send countdown). */
  disabled?: boolean;
  onSend: (text: string) => void;
  onStop: () => void;
};

/** Where the user writes: Enter sends, Shift+Enter starts a new line. */
export const Composer = forwardRef<HTMLTextAreaElement, ComposerProps>(function Composer(
  { running, disabled = false, onSend, onStop },
  ref,
) {
  const styles = useChatStyles();
  const strings = useStrings();
  const [text, setText] = useState('');

  const submit = () => {
    const trimmed = text.trim();
    if (trimmed === '' || running || disabled) return;
    onSend(trimmed);
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    submit();
  };

  return (
    <div className={styles.composer}>
      <div className={styles.composerRow}>
        <Textarea
          ref={ref}
          className={styles.composerInput}
          textarea={{ className: styles.composerTextarea }}
          aria-label={strings.chat.composerLabel}
          placeholder={strings.chat.composerPlaceholder}
          resize="vertical"
          value={text}
          onChange={(_event, data) => setText(data.value)}
          onKeyDown={onKeyDown}
        />
        {running ? (
          <Button
            appearance="primary"
            className={styles.composerButton}
            icon={<StopRegular />}
            onClick={onStop}
          >
            {strings.chat.stop}
          </Button>
        ) : (
          <Button
            appearance="primary"
            className={styles.composerButton}
            icon={<SendRegular />}
            disabled={disabled || text.trim() === ''}
            onClick={submit}
          >
            {strings.chat.send}
          </Button>
        )}
      </div>
    </div>
  );
});
