import { webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { OfficeMockObject } from 'office-addin-mock';
import { createOfficeHost } from '../../../src/office/office-host';
import { createSettingsStore } from '../../../src/settings/store';
import { App } from '../../../src/taskpane/App';
import {
  createConversationStorage,
  memoryKeyValueStorage,
  type KeyValueStorage,
} from '../../../src/taskpane/chat/conversation-storage';
import type { Locale } from '../../../src/taskpane/i18n';
import { memoryStorage, mockRoamingSettings } from '../settings/roaming-mock';
import { createFakeRuntime } from './fake-session';

// Typing through user-event in Fluent inputs is slow in jsdom on a shared 2-core machine.
jest.setTimeout(30_000);

type Callback = (result: unknown) => void;
const lastCallback = (args: unknown[]) => args[args.length - 1] as Callback;

export function readItem(subject: string, sender: string) {
  return {
    itemType: 'message',
    itemId: `id-${subject}`,
    subject,
    from: { displayName: sender, emailAddress: `${sender.toLowerCase()}@contoso.com` },
    to: [],
    cc: [],
    attachments: [],
  };
}

/** Outlook (office-addin-mock) with one read item and a pinned pane's ItemChanged. */
export function outlookWith(subject: string, options: { displayLanguage?: string } = {}) {
  let itemChanged: (() => void) | undefined;
  const office = new OfficeMockObject({
    host: 'outlook',
    context: {
      displayLanguage: options.displayLanguage ?? 'en-US',
      mailbox: {
        item: readItem(subject, 'Adele'),
        userProfile: { displayName: 'Megan', emailAddress: 'megan@contoso.com', timeZone: 'UTC' },
        convertToRestId: (id: string) => id,
        displayMessageForm: () => undefined,
        displayAppointmentForm: () => undefined,
        addHandlerAsync: (_type: string, handler: () => void, ...args: unknown[]) => {
          itemChanged = handler;
          setTimeout(() => lastCallback(args)({ status: 'succeeded', value: undefined }), 0);
        },
      },
    },
  }) as unknown as typeof Office;
  return {
    office,
    /** What Outlook does when the user picks another email under a pinned pane. */
    selectItem(nextSubject: string, sender: string) {
      (office.context.mailbox as unknown as { item: unknown }).item = readItem(nextSubject, sender);
      itemChanged?.();
    },
  };
}

export interface PaneOptions {
  stored?: Record<string, unknown>;
  pageUrl?: string;
  locale?: Locale;
  runtime?: ReturnType<typeof createFakeRuntime>;
  session?: KeyValueStorage;
  local?: KeyValueStorage;
}

/** The real App with a fake runtime (fake sessions), mocked roaming settings and in-memory conversation storage. */
export function renderPane(office: typeof Office, options: PaneOptions = {}) {
  const roaming = mockRoamingSettings(options.stored ?? {});
  const device = memoryStorage();
  const store = createSettingsStore(roaming.roaming, device);
  const runtime = options.runtime ?? createFakeRuntime();
  const session = options.session ?? memoryKeyValueStorage();
  const local = options.local ?? memoryKeyValueStorage();
  const host = createOfficeHost(office);
  const ui = (
    <App
      host={host}
      settingsStore={store}
      theme={webLightTheme}
      loadRuntime={async () => runtime}
      conversationStorage={createConversationStorage(session, local)}
      pageUrl={options.pageUrl ?? 'https://localhost/taskpane.html'}
      locale={options.locale}
    />
  );
  const rendered = render(ui);
  return { ...rendered, runtime, roaming, device, session, local, store, host };
}

/** A configured model, as stored in roaming settings. */
export const configuredModel = {
  'outlookAgent.settings': {
    version: 1,
    llm: { kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:9/v1', model: 'scripted' },
  },
};

export function installDomShims(): void {
  // jsdom has no ResizeObserver; Fluent's MessageBar observes its own size for layout only.
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
