import { makeStyles } from '@fluentui/react-components';
import type { ConversationState } from './conversation';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  // Visually hidden, still read by screen readers.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** A polite live region: "Answer complete.", "Approval needed: …", "Stopped.". */
export function LiveAnnouncer({ announcement }: { announcement: ConversationState['announcement'] }) {
  const styles = useStyles();
  const strings = useStrings();
  let text = '';
  switch (announcement?.kind) {
    case 'answer-complete':
      text = strings.chat.answerComplete;
      break;
    case 'stopped':
      text = strings.chat.stopped;
      break;
    case 'approval-needed':
      text = strings.live.approvalNeeded(announcement.title);
      break;
    case 'send-cancelled':
      text = strings.approvals.sendCancelled;
      break;
  }
  return (
    <div role="status" aria-live="polite" className={styles.hidden}>
      {/* The sequence makes a repeated announcement a new text node, so it is read again. */}
      <span key={announcement?.sequence ?? 0}>{text}</span>
    </div>
  );
}
