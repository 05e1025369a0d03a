import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import type { OfficeHost } from '../office/types';
import type { SettingsStore } from '../settings/store';
import { ChatPlaceholder } from './components/ChatPlaceholder';
import { CurrentItemHeader } from './components/CurrentItemHeader';
import { useCurrentItem } from './hooks/useCurrentItem';
import { useSettings } from './hooks/useSettings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  warnings: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
  },
});

export type AppProps = {
  /** Office.js, wrapped. */
  host: OfficeHost;
  /** Where the user's settings are loaded from and saved to. */
  settingsStore: SettingsStore;
  /** The Fluent theme matching Outlook's. */
  theme: Theme;
};

/** The task pane: current item header, settings warnings, and the chat area. */
export function App({ host, settingsStore, theme }: AppProps) {
  const styles = useStyles();
  const item = useCurrentItem(host);
  const { settings, warnings } = useSettings(settingsStore);
  return (
    <FluentProvider theme={theme} className={styles.root}>
      <CurrentItemHeader state={item} />
      {warnings.length > 0 && (
        <div className={styles.warnings}>
          {warnings.map((warning) => (
            <MessageBar key={warning.message} intent="warning">
              <MessageBarBody>{warning.message}</MessageBarBody>
            </MessageBar>
          ))}
        </div>
      )}
      <ChatPlaceholder model={settings.llm.model || undefined} />
    </FluentProvider>
  );
}
