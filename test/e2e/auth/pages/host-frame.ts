/**
 * The outer page of the sign-in test host: what Outlook on the web is to the pane. It offers the workbench bridge the
 * Office emulator looks for in `window.parent`, with only what sign-in uses: `openDialog` shows the dialog page in an
 * iframe (as the workbench does) and relays `messageParent` to the pane; the Close button is the dialog's ✕.
 */
import {
  BRIDGE_GLOBAL,
  ROAMING_STORAGE_KEY,
  type DialogEvents,
  type WorkbenchBridge,
} from '../../../../src/workbench/shared/bridge';

const notAvailable = (): never => {
  throw new Error('The sign-in test host has no mail item.');
};

let dialog: { events: DialogEvents; origin: string } | undefined;

const bridge: WorkbenchBridge = {
  current: () => ({ mode: 'none' }),
  userProfile: () => ({ displayName: 'Test Host', emailAddress: 'host@contoso.test', timeZone: 'UTC' }),
  displayLanguage: () => 'en-US',
  officeTheme: () => ({
    bodyBackgroundColor: '#ffffff',
    bodyForegroundColor: '#242424',
    controlBackgroundColor: '#ffffff',
    controlForegroundColor: '#242424',
    isDarkTheme: false,
  }),
  roamingStorageKey: ROAMING_STORAGE_KEY,
  onItemChanged: () => () => undefined,
  setCategories: () => Promise.resolve(notAvailable()),
  composeUpdate: notAvailable,
  selection: () => ({ text: '', html: '' }),
  replaceSelection: notAvailable,
  attachmentContent: () => Promise.resolve(notAvailable()),
  displayForm: notAvailable,
  setNotification: notAvailable,
  notifications: () => ({}),
  openDialog(url, _options, events) {
    const frame = document.getElementById('dialog-frame') as HTMLIFrameElement;
    const closeButton = document.getElementById('dialog-close') as HTMLButtonElement;
    dialog = { events, origin: new URL(url).origin };
    frame.src = url;
    frame.hidden = false;
    closeButton.hidden = false;
    const close = () => {
      frame.src = 'about:blank';
      frame.hidden = true;
      closeButton.hidden = true;
      dialog = undefined;
    };
    closeButton.onclick = () => {
      close();
      events.closed();
    };
    return {
      close,
      messageChild: (message) => frame.contentWindow?.postMessage(message, new URL(url).origin),
    };
  },
};

Object.assign(window, {
  [BRIDGE_GLOBAL]: bridge,
  outlookWorkbenchDialogMessage: (message: string) => dialog?.events.message(message, dialog.origin),
});
