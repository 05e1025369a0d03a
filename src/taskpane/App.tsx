import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { ChatRegular, HistoryRegular, SettingsRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import type { Preset } from '../commands/presets';
import type { OfficeHost } from '../office/types';
import type { PaneRuntime } from '../runtime/types';
import type { Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/store';
import type { Citation } from '../tools/define-tool';
import { createConversationStorage, type ConversationStorage } from './chat/conversation-storage';
import { openExternal } from './chat/open-link';
import { CurrentItemHeader } from './components/CurrentItemHeader';
import { useConversation } from './hooks/useConversation';
import { useCurrentItem } from './hooks/useCurrentItem';
import { usePreset } from './hooks/usePreset';
import { useRuntime } from './hooks/useRuntime';
import { useSettings } from './hooks/useSettings';
import { StringsProvider, localeFor, useStrings, type Locale } from './i18n';
import type { SettingsSection } from './settings/SettingsView';

/**
 * The chat (with its editors, Markdown and approval cards) loads in parallel with the runtime: it cannot show
 * anything before the runtime exists, so keeping it out of the first chunk costs no time and keeps first paint small.
 */
let chatViewModule: Promise<typeof import('./chat/ChatView')> | undefined;
const loadChatView = () => (chatViewModule ??= import(/* webpackChunkName: "pane-chat" */ './chat/ChatView'));
const ChatView = lazy(() => loadChatView().then((module) => ({ default: module.ChatView })));
const SettingsView = lazy(() => import(/* webpackChunkName: "pane-settings" */ './settings/SettingsView'));
const ActivityView = lazy(() => import(/* webpackChunkName: "pane-activity" */ './activity/ActivityView'));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  warnings: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
  },
  nav: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
  current: {
    color: tokens.colorBrandForeground1,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    borderBottomLeftRadius: 0,
    borderBottomRightRadius: 0,
  },
  center: {
    flexGrow: 1,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    padding: tokens.spacingHorizontalL,
  },
});

export type AppProps = {
  /** Office.js, wrapped. */
  host: OfficeHost;
  /** Where the user's settings are loaded from and saved to. */
  settingsStore: SettingsStore;
  /** The Fluent theme matching Outlook's. */
  theme: Theme;
  /** Builds the runtime (agent, tools, Graph, model). @default dynamic import of src/runtime */
  loadRuntime?: (settings: Settings) => Promise<PaneRuntime>;
  /** Where conversations are kept across reloads. @default sessionStorage (+ localStorage for pending sends) */
  conversationStorage?: ConversationStorage;
  /** The pane's URL (for `?preset=`). @default window.location.href */
  pageUrl?: string;
  /** @default from `host.displayLanguage()` */
  locale?: Locale;
};

type View = 'chat' | 'activity' | 'settings';

function browserStorage(kind: 'sessionStorage' | 'localStorage'): Storage | null {
  try {
    return window[kind];
  } catch {
    return null;
  }
}

/** The task pane: what the agent sees, the chat, the activity log and the settings. */
export function App(props: AppProps) {
  const styles = useStyles();
  const locale = props.locale ?? localeFor(props.host.displayLanguage());
  return (
    <FluentProvider theme={props.theme} className={styles.root} lang={locale}>
      <StringsProvider locale={locale}>
        <Pane {...props} />
      </StringsProvider>
    </FluentProvider>
  );
}

function Pane({ host, settingsStore, loadRuntime, conversationStorage, pageUrl }: AppProps) {
  const styles = useStyles();
  const strings = useStrings();
  const item = useCurrentItem(host);
  const { settings, warnings, save } = useSettings(settingsStore);
  const [view, setView] = useState<View>('chat');
  const [settingsSection, setSettingsSection] = useState<SettingsSection | undefined>(undefined);
  const [settingsNotice, setSettingsNotice] = useState<string | undefined>(undefined);

  const [initialSettings] = useState(settings);
  const runtimeState = useRuntime(
    () =>
      loadRuntime?.(initialSettings) ??
      import(/* webpackChunkName: "runtime" */ '../runtime').then(({ createRuntime }) =>
        createRuntime({ office: host, settingsStore, settings: initialSettings }),
      ),
  );
  const runtime = runtimeState.status === 'ready' ? runtimeState.runtime : undefined;
  const storage = useMemo(
    () =>
      conversationStorage ??
      createConversationStorage(browserStorage('sessionStorage'), browserStorage('localStorage')),
    [conversationStorage],
  );
  const { conversation, newChat } = useConversation({ runtime, storage, item, settings });

  const openSettings = useCallback((section?: SettingsSection) => {
    setSettingsSection(section);
    setView('settings');
  }, []);

  usePreset({
    pageUrl: pageUrl ?? window.location.href,
    conversation,
    settings,
    onNeedsModel: useCallback(
      (preset: Preset) => {
        setSettingsNotice(strings.chat.presetNeedsModel(preset.label));
        openSettings('model');
      },
      [openSettings, strings],
    ),
    onStarted: useCallback(() => {
      setSettingsNotice(undefined);
      setView('chat');
    }, []),
  });

  // A runtime built while Settings were being saved started from the settings of the pane's load.
  useEffect(() => {
    if (runtime && settings !== initialSettings) runtime.updateSettings(settings);
  }, [runtime, settings, initialSettings]);

  const saveSettings = (next: Settings) => save(next, (stored) => runtime?.updateSettings(stored));

  const openCitation = (citation: Citation) => {
    try {
      if (citation.kind === 'message') return host.displayMessageForm(citation.id);
      if (citation.kind === 'event') return host.displayAppointmentForm(citation.id);
    } catch {
      // The host could not open it (an id it does not know): fall through to the web link.
    }
    if (citation.webLink) openExternal(citation.webLink);
  };

  useEffect(() => {
    void loadChatView();
  }, []);

  const itemMode = item.status === 'ready' && item.item ? item.item.mode : 'none';
  const fallback = (
    <div className={styles.center}>
      <Spinner size="small" />
    </div>
  );

  return (
    <>
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
      <nav className={styles.nav} aria-label={strings.appName}>
        {(
          [
            ['chat', ChatRegular, strings.tabs.chat],
            ['activity', HistoryRegular, strings.tabs.activity],
            ['settings', SettingsRegular, strings.tabs.settings],
          ] as const
        ).map(([value, Icon, label]) => (
          <Button
            key={value}
            size="small"
            appearance="subtle"
            icon={<Icon />}
            aria-current={view === value ? 'page' : undefined}
            className={mergeClasses(view === value && styles.current)}
            onClick={() => {
              setSettingsSection(undefined);
              setView(value);
            }}
          >
            {label}
          </Button>
        ))}
      </nav>
      {view === 'settings' && (
        <Suspense fallback={fallback}>
          <SettingsView
            settings={settings}
            onSave={saveSettings}
            runtime={runtime}
            section={settingsSection}
            notice={settingsNotice}
          />
        </Suspense>
      )}
      {view !== 'settings' && runtimeState.status === 'error' && (
        <div className={styles.center}>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{strings.chat.runtimeFailed(runtimeState.message)}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => window.location.reload()}>{strings.chat.reload}</Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      )}
      {view !== 'settings' && runtimeState.status !== 'error' && !conversation && (
        <div className={styles.center}>
          <Spinner size="small" label={strings.chat.loadingRuntime} />
        </div>
      )}
      {view === 'chat' && conversation && (
        <Suspense fallback={fallback}>
          <ChatView
            conversation={conversation}
            mode={itemMode}
            model={settings.llm.model || undefined}
            onNewChat={newChat}
            onOpenSettings={openSettings}
            onOpenCitation={openCitation}
          />
        </Suspense>
      )}
      {view === 'activity' && conversation && (
        <Suspense fallback={fallback}>
          <ActivityView conversation={conversation} />
        </Suspense>
      )}
    </>
  );
}
