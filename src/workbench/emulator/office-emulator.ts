/**
 * The workbench's stand-in for office.js: loaded by workbench/pane.html before the pane's own chunks, it defines
 * `window.Office` with the Outlook surface the pane uses, backed by the workbench page (the parent frame).
 * The pane cannot tell it apart from Outlook on the web, which is the point.
 */
import {
  BRIDGE_GLOBAL,
  ROAMING_STORAGE_KEY,
  type WorkbenchBridge,
  type WorkbenchItem,
} from '../shared/bridge';
import { toEwsId, toRestId } from '../shared/item-id';
import { EmulatedOfficeError, OFFICE_ERRORS, cloneIntoFrame, respond, splitCallback } from './async-result';
import { createComposeItem, createReadItem } from './mail-item';
import { createRoamingSettings } from './roaming-settings';
import { WORKBENCH_THEME_EVENT } from './theme-event';

const ITEM_CHANGED = 'olkItemSelectedChanged';
const THEME_CHANGED = 'officeThemeChanged';
const SUPPORTED_SETS: Record<string, string> = { mailbox: '1.13', dialogapi: '1.2', identityapi: '0' };

/** A bridge for a pane opened on its own (no workbench around it): no item, defaults everywhere. */
function standaloneBridge(): WorkbenchBridge {
  const none: WorkbenchItem = { mode: 'none' };
  const unavailable = () => {
    throw new EmulatedOfficeError(
      OFFICE_ERRORS.notSupported,
      'Open the pane from the workbench to use items.',
    );
  };
  return {
    current: () => none,
    userProfile: () => ({ displayName: 'Workbench User', emailAddress: 'user@contoso.com', timeZone: 'UTC' }),
    displayLanguage: () => navigator.language || 'en-US',
    officeTheme: () => ({
      bodyBackgroundColor: '#ffffff',
      bodyForegroundColor: '#242424',
      controlBackgroundColor: '#ffffff',
      controlForegroundColor: '#242424',
      isDarkTheme: false,
    }),
    roamingStorageKey: ROAMING_STORAGE_KEY,
    onItemChanged: () => () => undefined,
    setCategories: async () => unavailable(),
    composeUpdate: unavailable,
    selection: () => ({ text: '', html: '' }),
    replaceSelection: unavailable,
    attachmentContent: async () => unavailable(),
    displayForm: unavailable,
    setNotification: unavailable,
    notifications: () => ({}),
    openDialog: unavailable,
  };
}

function findBridge(): WorkbenchBridge {
  try {
    const parentBridge = (window.parent as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
    if (window.parent !== window && parentBridge) return parentBridge as WorkbenchBridge;
  } catch {
    // A cross-origin parent: run standalone.
  }
  return standaloneBridge();
}

function createItem(bridge: WorkbenchBridge) {
  return createReadItem(bridge) ?? createComposeItem(bridge);
}

function install(): void {
  const bridge = findBridge();
  const itemChangedHandlers: Array<(event: { type: string }) => void> = [];
  const themeChangedHandlers: Array<(event: { type: string; officeTheme: unknown }) => void> = [];
  const theme = cloneIntoFrame(bridge.officeTheme());

  const mailbox = {
    item: createItem(bridge),
    userProfile: cloneIntoFrame({ ...bridge.userProfile(), accountType: 'enterprise' }),
    diagnostics: { hostName: 'OutlookWebApp', hostVersion: '16.0', OWAView: 'ThreeColumns' },
    convertToRestId: (itemId: string) => toRestId(itemId),
    convertToEwsId: (restId: string) => toEwsId(restId),
    addHandlerAsync(eventType: string, handler: (event: { type: string }) => void, ...rest: unknown[]) {
      respond(rest, () => {
        if (eventType === THEME_CHANGED) {
          themeChangedHandlers.push(handler);
          return;
        }
        if (eventType !== ITEM_CHANGED) {
          throw new EmulatedOfficeError(
            OFFICE_ERRORS.invalidArgument,
            `The workbench does not raise "${eventType}".`,
          );
        }
        itemChangedHandlers.push(handler);
      });
    },
    removeHandlerAsync(eventType: string, ...rest: unknown[]) {
      respond(rest, () => {
        if (eventType === ITEM_CHANGED) itemChangedHandlers.length = 0;
        if (eventType === THEME_CHANGED) themeChangedHandlers.length = 0;
      });
    },
    displayMessageForm: (itemId: string) => bridge.displayForm({ kind: 'message', itemId }),
    displayAppointmentForm: (itemId: string) => bridge.displayForm({ kind: 'appointment', itemId }),
    displayNewMessageForm: (parameters: unknown) => bridge.displayForm({ kind: 'new-message', parameters }),
    getCallbackTokenAsync(...rest: unknown[]) {
      respond(rest, () => {
        throw new EmulatedOfficeError(
          OFFICE_ERRORS.notSupported,
          'Exchange tokens are not available in the workbench.',
        );
      });
    },
  };

  bridge.onItemChanged(() => {
    mailbox.item = createItem(bridge);
    for (const handler of [...itemChangedHandlers]) handler({ type: ITEM_CHANGED });
  });

  const ui = {
    displayDialogAsync(url: string, ...rest: unknown[]) {
      const { options } = splitCallback(rest);
      const handlers = new Map<string, (event: unknown) => void>();
      respond(rest, () => {
        const handle = bridge.openDialog(new URL(url, location.href).href, options as never, {
          message: (message, origin) => handlers.get('dialogMessageReceived')?.({ message, origin }),
          closed: () => handlers.get('dialogEventReceived')?.({ error: 12006 }),
        });
        return {
          addEventHandler: (eventType: string, handler: (event: unknown) => void) =>
            handlers.set(eventType, handler),
          close: () => handle.close(),
          messageChild: (message: string) => handle.messageChild(message),
        };
      });
    },
    messageParent(message: string) {
      // Inside a dialog opened by the workbench, the parent page relays the message to the pane.
      (
        window.parent as unknown as { outlookWorkbenchDialogMessage?: (message: string) => void }
      ).outlookWorkbenchDialogMessage?.(String(message));
    },
  };

  const context = {
    host: 'Outlook',
    platform: 'OfficeOnline',
    contentLanguage: bridge.displayLanguage(),
    displayLanguage: bridge.displayLanguage(),
    officeTheme: { ...theme, themeId: theme.isDarkTheme ? 'Dark' : 'Colorful' },
    mailbox,
    roamingSettings: createRoamingSettings(bridge.roamingStorageKey),
    requirements: {
      isSetSupported(name: string, minVersion?: string | number): boolean {
        const supported = SUPPORTED_SETS[name.toLowerCase()];
        if (supported === undefined) return false;
        return compareVersions(supported, String(minVersion ?? '1.1')) >= 0;
      },
    },
    diagnostics: { host: 'Outlook', platform: 'OfficeOnline', version: '16.0' },
    ui,
  };

  // The workbench's theme toggle: Office updates context.officeTheme, then raises OfficeThemeChanged.
  try {
    window.parent.addEventListener(WORKBENCH_THEME_EVENT, () => {
      const next = cloneIntoFrame(bridge.officeTheme());
      context.officeTheme = { ...next, themeId: next.isDarkTheme ? 'Dark' : 'Colorful' };
      for (const handler of [...themeChangedHandlers])
        handler({ type: THEME_CHANGED, officeTheme: context.officeTheme });
    });
  } catch {
    // A cross-origin parent: no workbench toggle to follow.
  }

  const readyInfo = { host: 'Outlook', platform: 'OfficeOnline' };
  const ready = new Promise<typeof readyInfo>((resolve) => {
    const finish = () => {
      const initialize = (office as { initialize?: (reason: string) => void }).initialize;
      initialize?.('inserted');
      resolve(readyInfo);
    };
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', finish, { once: true });
    else setTimeout(finish, 0);
  });

  const office = {
    HostType: {
      Outlook: 'Outlook',
      Word: 'Word',
      Excel: 'Excel',
      PowerPoint: 'PowerPoint',
      OneNote: 'OneNote',
    },
    PlatformType: {
      PC: 'PC',
      OfficeOnline: 'OfficeOnline',
      Mac: 'Mac',
      iOS: 'iOS',
      Android: 'Android',
      Universal: 'Universal',
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: {
      ItemChanged: ITEM_CHANGED,
      OfficeThemeChanged: THEME_CHANGED,
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
    },
    MailboxEnums: {
      RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
      ItemType: { Message: 'message', Appointment: 'appointment' },
      AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud' },
      AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
      ItemNotificationMessageType: {
        ProgressIndicator: 'progressIndicator',
        InformationalMessage: 'informationalMessage',
        ErrorMessage: 'errorMessage',
        InsightMessage: 'insightMessage',
      },
      RecipientType: {
        User: 'user',
        DistributionList: 'distributionList',
        ExternalUser: 'externalUser',
        Other: 'other',
      },
    },
    context,
    onReady(callback?: (info: typeof readyInfo) => void) {
      return ready.then((info) => {
        callback?.(info);
        return info;
      });
    },
    initialize: undefined as undefined | ((reason: string) => void),
  };

  (window as unknown as { Office: typeof office }).Office = office;
}

function compareVersions(left: string, right: string): number {
  const [leftMajor = 0, leftMinor = 0] = left.split('.').map(Number);
  const [rightMajor = 0, rightMinor = 0] = right.split('.').map(Number);
  return leftMajor - rightMajor || leftMinor - rightMinor;
}

install();
