import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../office/office-host';
import { officeRoamingSettings } from '../office/roaming-settings';
import { readOfficeTheme } from '../office/theme';
import { watchOfficeTheme } from '../office/theme-changes';
import { createSettingsStore, type DeviceStorage } from '../settings/store';
import { App, type AppProps } from './App';
import { useFollowedTheme } from './hooks/useFollowedTheme';
import { loadStrings, localeFor } from './i18n';
import { fluentThemeFor } from './theme';

function deviceStorage(): DeviceStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function showStartupError(container: HTMLElement, message: string): void {
  const paragraph = document.createElement('p');
  paragraph.setAttribute('role', 'alert');
  paragraph.textContent = message;
  container.replaceChildren(paragraph);
}

/** The App in the theme Outlook has now: it follows theme changes while the pane is open. */
function ThemedApp({
  initialTheme,
  subscribe,
  ...props
}: Omit<AppProps, 'theme'> & {
  initialTheme: AppProps['theme'];
  subscribe: Parameters<typeof useFollowedTheme>[1];
}) {
  const theme = useFollowedTheme(initialTheme, subscribe);
  return <App {...props} theme={theme} />;
}

async function start(): Promise<void> {
  const container = document.getElementById('container');
  if (container === null) return;
  if (typeof Office === 'undefined') {
    showStartupError(container, 'Office.js did not load. Check your connection and reopen the add-in.');
    return;
  }
  await Office.onReady();
  try {
    const host = createOfficeHost(Office);
    // Only a German pane waits for its (small) string chunk; English is already here.
    await loadStrings(localeFor(host.displayLanguage()));
    const settingsStore = createSettingsStore(officeRoamingSettings(Office), deviceStorage());
    const initialTheme = fluentThemeFor(readOfficeTheme(Office));
    const subscribe = (onChange: (theme: ReturnType<typeof fluentThemeFor>) => void) =>
      watchOfficeTheme(Office, (view) => onChange(fluentThemeFor(view)));
    createRoot(container).render(
      <ThemedApp
        host={host}
        settingsStore={settingsStore}
        initialTheme={initialTheme}
        subscribe={subscribe}
      />,
    );
  } catch (error) {
    showStartupError(container, error instanceof Error ? error.message : String(error));
  }
}

void start();
