import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    alignItems: 'center',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    textAlign: 'center',
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
});

export type ChatPlaceholderProps = {
  /** The configured model, or undefined when none is set. */
  model?: string;
};

/** Where the conversation with the agent will appear. */
export function ChatPlaceholder({ model }: ChatPlaceholderProps) {
  const styles = useStyles();
  return (
    <main className={styles.root} aria-label="Chat">
      <Body1>Ask the agent about this email, your calendar, files, notes or tasks.</Body1>
      <Caption1 className={styles.hint}>{model ? `Model: ${model}` : 'No model configured yet.'}</Caption1>
    </main>
  );
}
