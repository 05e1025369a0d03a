import { webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import { OfficeMockObject } from 'office-addin-mock';
import { createOfficeHost } from '../../../src/office/office-host';
import { SETTINGS_KEY, createSettingsStore } from '../../../src/settings/store';
import { App } from '../../../src/taskpane/App';
import { memoryStorage, mockRoamingSettings } from '../settings/roaming-mock';

type Callback = (result: unknown) => void;
const lastCallback = (args: unknown[]) => args[args.length - 1] as Callback;

function readItem(subject: string, sender: string) {
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

function outlookWith(subject: string) {
  let itemChanged: (() => void) | undefined;
  const office = new OfficeMockObject({
    host: 'outlook',
    context: {
      mailbox: {
        item: readItem(subject, 'Adele'),
        userProfile: { displayName: 'Megan', emailAddress: 'megan@contoso.com', timeZone: 'UTC' },
        convertToRestId: (id: string) => id,
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

function renderPane(office: typeof Office, stored: Record<string, unknown> = {}) {
  const { roaming } = mockRoamingSettings(stored);
  const store = createSettingsStore(roaming, memoryStorage());
  return render(<App host={createOfficeHost(office)} settingsStore={store} theme={webLightTheme} />);
}

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size for layout only.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

describe('the task pane shell', () => {
  it("shows the current email's subject and sender", async () => {
    const outlook = outlookWith('Quarterly planning review');
    renderPane(outlook.office);
    expect(await screen.findByRole('heading', { name: 'Quarterly planning review' })).toBeTruthy();
    expect(screen.getByText('From Adele')).toBeTruthy();
    expect(screen.getByRole('main', { name: 'Chat' })).toBeTruthy();
    expect(screen.getByText('No model configured yet.')).toBeTruthy();
  });

  it('follows the pinned pane to another email on ItemChanged', async () => {
    const outlook = outlookWith('First email');
    renderPane(outlook.office);
    await screen.findByRole('heading', { name: 'First email' });
    await act(async () => {
      outlook.selectItem('Second email', 'Nestor');
    });
    expect(await screen.findByRole('heading', { name: 'Second email' })).toBeTruthy();
    expect(screen.getByText('From Nestor')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'First email' })).toBeNull();
  });

  it('shows the configured model and warns about invalid stored settings', async () => {
    const outlook = outlookWith('Hello');
    renderPane(outlook.office, {
      [SETTINGS_KEY]: { version: 1, llm: { model: 'llama3.2' }, agent: { maxSteps: -1 } },
    });
    await screen.findByRole('heading', { name: 'Hello' });
    expect(screen.getByText('Model: llama3.2')).toBeTruthy();
    expect(screen.getByText(/"agent" settings were invalid/)).toBeTruthy();
  });
});
