import { Caption1, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { CurrentItemState } from '../hooks/useCurrentItem';
import { useStrings } from '../i18n';

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
    overflowWrap: 'anywhere',
  },
  error: {
    color: tokens.colorPaletteRedForeground1,
  },
});

export type CurrentItemHeaderProps = {
  /** The item the pane works on, as read through Office.js. */
  state: CurrentItemState;
};

/** What the agent sees: the current email or draft (subject, sender or recipients), or that there is none. */
export function CurrentItemHeader({ state }: CurrentItemHeaderProps) {
  const styles = useStyles();
  const strings = useStrings();
  if (state.status === 'loading') {
    return (
      <header className={styles.root}>
        <Spinner size="tiny" label={strings.header.loading} />
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
      <header className={styles.root} aria-label={strings.header.currentItem}>
        <Subtitle2 as="h1" className={styles.subject}>
          {strings.header.noItem}
        </Subtitle2>
        <Caption1 className={styles.meta}>{strings.header.noItemHint}</Caption1>
      </header>
    );
  }
  const sender = item.from ? item.from.name || item.from.address : undefined;
  const recipients = item.to.map((recipient) => recipient.name || recipient.address).join(', ');
  const what =
    item.itemType === 'appointment'
      ? strings.header.thisEvent
      : item.mode === 'compose'
        ? strings.header.thisDraft
        : strings.header.thisEmail;
  return (
    <header className={styles.root} aria-label={strings.header.currentItem}>
      <Caption1 className={styles.meta}>
        {item.mode === 'compose' ? strings.header.writing : strings.header.reading}
      </Caption1>
      <Subtitle2 as="h1" className={styles.subject}>
        {item.subject || strings.header.noSubject}
      </Subtitle2>
      {sender !== undefined && <Caption1 className={styles.meta}>{strings.header.from(sender)}</Caption1>}
      {sender === undefined && recipients !== '' && (
        <Caption1 className={styles.meta}>{strings.header.to(recipients)}</Caption1>
      )}
      <Caption1 className={styles.meta}>{strings.header.agentSees(what)}</Caption1>
    </header>
  );
}
