import { Caption1, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { CurrentItemState } from '../hooks/useCurrentItem';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  subject: {
    margin: 0,
    overflowWrap: 'anywhere',
  },
  meta: {
    color: tokens.colorNeutralForeground3,
  },
  error: {
    color: tokens.colorPaletteRedForeground1,
  },
});

export type CurrentItemHeaderProps = {
  /** The item the pane works on, as read through Office.js. */
  state: CurrentItemState;
};

/** The subject and sender of the current item, so the user sees what "this email" means. */
export function CurrentItemHeader({ state }: CurrentItemHeaderProps) {
  const styles = useStyles();
  if (state.status === 'loading') {
    return (
      <header className={styles.root}>
        <Spinner size="tiny" label="Reading the current item…" />
      </header>
    );
  }
  if (state.status === 'error') {
    return (
      <header className={styles.root}>
        <Caption1 className={styles.error} role="alert">
          {state.message}
        </Caption1>
      </header>
    );
  }
  const item = state.item;
  if (item === null) {
    return (
      <header className={styles.root}>
        <Subtitle2 as="h1" className={styles.subject}>
          No email selected
        </Subtitle2>
      </header>
    );
  }
  const sender = item.from ? item.from.name || item.from.address : undefined;
  const recipients = item.to.map((recipient) => recipient.name || recipient.address).join(', ');
  return (
    <header className={styles.root} aria-label="Current item">
      <Caption1 className={styles.meta}>{item.mode === 'compose' ? 'Writing' : 'Reading'}</Caption1>
      <Subtitle2 as="h1" className={styles.subject}>
        {item.subject || '(no subject)'}
      </Subtitle2>
      {sender !== undefined && <Caption1 className={styles.meta}>From {sender}</Caption1>}
      {sender === undefined && recipients !== '' && (
        <Caption1 className={styles.meta}>To {recipients}</Caption1>
      )}
    </header>
  );
}
