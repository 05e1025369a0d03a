import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../office/office-host';
import { officeRoamingSettings } from '../office/roaming-settings';
import { readOfficeTheme } from '../office/theme';
import { createSettingsStore, type DeviceStorage } from '../settings/store';
import { App } from './App';
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
    const settingsStore = createSettingsStore(officeRoamingSettings(Office), deviceStorage());
    const theme = fluentThemeFor(readOfficeTheme(Office));
    createRoot(container).render(<App host={host} settingsStore={settingsStore} theme={theme} />);
  } catch (error) {
    showStartupError(container, error instanceof Error ? error.message : String(error));
  }
}

void start();
