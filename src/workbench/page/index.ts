/**
 * The workbench page: an emulated Outlook window around the production pane. It lists the simulator's Inbox,
 * shows the chosen message (read) or a reply draft (compose), hosts the pane in an iframe and answers the
 * Office.js emulator inside it through `window.outlookWorkbench`.
 */
import {
  BRIDGE_GLOBAL,
  ROAMING_STORAGE_KEY,
  type DialogEvents,
  type WorkbenchBridge,
  type WorkbenchComposeItem,
  type WorkbenchFormRequest,
  type WorkbenchItem,
  type WorkbenchMode,
  type WorkbenchNotification,
  type WorkbenchReadItem,
} from '../shared/bridge';
import { presetParameter, type PresetId } from '../../commands/presets';
import { WORKBENCH_THEME_EVENT } from '../emulator/theme-event';
import { parseWorkbenchConfig, type WorkbenchConfig } from './config';
import { createGraphSource, type MessageSummary } from './graph-source';
import {
  renderCompose,
  renderForms,
  renderMessageList,
  renderNotifications,
  renderReadItem,
  renderRibbon,
  type ComposeView,
} from './render';
import { seedRoamingSettings } from './seed-settings';
import { createSelectionTracker } from './selection';

const LIGHT_THEME = {
  bodyBackgroundColor: '#ffffff',
  bodyForegroundColor: '#242424',
  controlBackgroundColor: '#ffffff',
  controlForegroundColor: '#242424',
  isDarkTheme: false,
};
const DARK_THEME = {
  bodyBackgroundColor: '#292929',
  bodyForegroundColor: '#ffffff',
  controlBackgroundColor: '#3d3d3d',
  controlForegroundColor: '#ffffff',
  isDarkTheme: true,
};

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`The workbench page lacks #${id}.`);
  return found as T;
}

function replyDraft(message: WorkbenchReadItem | undefined): WorkbenchComposeItem {
  if (message === undefined)
    return { subject: '', to: [], cc: [], bcc: [], bodyHtml: '<p><br></p>', categories: [] };
  const quoted = `<p><br></p><hr><p><b>From:</b> ${escapeText(message.from?.name ?? '')}<br><b>Subject:</b> ${escapeText(message.subject)}</p>`;
  return {
    subject: /^re:/i.test(message.subject) ? message.subject : `RE: ${message.subject}`,
    to: message.from ? [message.from] : [],
    cc: [],
    bcc: [],
    bodyHtml: `${quoted}<blockquote>${message.bodyHtml}</blockquote>`,
    categories: [],
    conversationId: message.conversationId,
  };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function start(): Promise<void> {
  const errorBanner = byId<HTMLParagraphElement>('workbench-error');
  const showError = (error: unknown) => {
    errorBanner.hidden = false;
    errorBanner.textContent = error instanceof Error ? error.message : String(error);
  };

  let config: WorkbenchConfig;
  try {
    config = parseWorkbenchConfig(location.search, location.origin);
  } catch (error) {
    showError(error);
    return;
  }
  document.body.classList.toggle('dark', config.theme === 'dark');
  byId('config-summary').textContent =
    `Graph: ${config.graphBaseUrl} · Model: ${config.model ?? 'from settings'}`;

  const graph = createGraphSource(config.graphBaseUrl);
  const itemContent = byId('item-content');
  const paneFrame = byId<HTMLIFrameElement>('pane-frame');
  const selection = createSelectionTracker();

  let mode: WorkbenchMode = config.mode;
  let messages: MessageSummary[] = [];
  let readItem: WorkbenchReadItem | undefined;
  let draft: WorkbenchComposeItem | undefined;
  let composeView: ComposeView | undefined;
  let notifications: Record<string, WorkbenchNotification> = {};
  const forms: WorkbenchFormRequest[] = [];
  const itemChangedListeners = new Set<() => void>();
  let profile = { displayName: 'Workbench User', emailAddress: 'user@contoso.com', timeZone: 'UTC' };
  let dialog: { events: DialogEvents; origin: string } | undefined;

  const current = (): WorkbenchItem => {
    if (mode === 'compose' && draft) return { mode: 'compose', item: draft };
    if (mode === 'read' && readItem) return { mode: 'read', item: readItem };
    return { mode: 'none' };
  };

  let preset: PresetId | undefined = config.preset;

  const rememberInUrl = () => {
    const url = new URL(location.href);
    url.searchParams.set('mode', mode);
    if (readItem) url.searchParams.set('item', readItem.restId);
    if (preset) url.searchParams.set(presetParameter, preset);
    else url.searchParams.delete(presetParameter);
    history.replaceState(null, '', url);
  };

  const renderItem = () => {
    renderNotifications(byId('notifications'), notifications);
    renderForms(byId('forms'), forms);
    composeView = undefined;
    if (mode === 'compose' && draft) {
      composeView = renderCompose(itemContent, draft, (change) => {
        draft = { ...(draft as WorkbenchComposeItem), ...change };
      });
      selection.attach(composeView.editor);
    } else if (readItem) {
      renderReadItem(itemContent, readItem);
    } else {
      itemContent.replaceChildren('Select a message.');
    }
  };

  const renderList = () =>
    renderMessageList(byId('message-list'), messages, readItem?.restId, (id) => {
      selectMessage(id).catch(showError);
    });

  /**
   * A new surface (mode switch, new draft) reloads the pane, as Outlook opens a new window for it; a ribbon
   * button loads it at its SourceLocation, `pane.html?preset=<id>`.
   */
  const reloadPane = () => {
    const url = new URL('pane.html', location.href);
    if (preset) url.searchParams.set(presetParameter, preset);
    paneFrame.src = url.href;
  };

  const renderButtons = () =>
    renderRibbon(byId('ribbon'), mode, (id) => {
      preset = id;
      rememberInUrl();
      reloadPane();
    });

  const selectMessage = async (id: string) => {
    readItem = await graph.getMessage(id);
    notifications = {};
    rememberInUrl();
    renderList();
    if (mode === 'compose') {
      draft = replyDraft(readItem);
      preset = undefined;
      rememberInUrl();
      renderItem();
      reloadPane();
    } else {
      renderItem();
      // A pinned pane stays open and hears ItemChanged.
      itemChangedListeners.forEach((listener) => listener());
    }
  };

  const setMode = (next: WorkbenchMode) => {
    if (next === mode) return;
    mode = next;
    preset = undefined;
    if (mode === 'compose') draft = replyDraft(readItem);
    notifications = {};
    rememberInUrl();
    renderItem();
    renderButtons();
    reloadPane();
  };

  const bridge: WorkbenchBridge = {
    current,
    userProfile: () => profile,
    displayLanguage: () => navigator.language || 'en-US',
    officeTheme: () => (config.theme === 'dark' ? DARK_THEME : LIGHT_THEME),
    roamingStorageKey: ROAMING_STORAGE_KEY,
    onItemChanged(listener) {
      itemChangedListeners.add(listener);
      return () => itemChangedListeners.delete(listener);
    },
    async setCategories(categories) {
      if (mode === 'compose' && draft) {
        draft = { ...draft, categories };
        return;
      }
      if (!readItem) throw new Error('No message is open.');
      await graph.setCategories(readItem.restId, categories);
      readItem = { ...readItem, categories };
      renderItem();
    },
    composeUpdate(change) {
      if (!draft) throw new Error('No draft is open.');
      draft = { ...draft, ...change };
      composeView?.refresh(draft);
    },
    selection: () => selection.read(),
    replaceSelection(content, format) {
      if (!composeView || !draft) throw new Error('No draft is open.');
      selection.replace(content, format);
      draft = { ...draft, bodyHtml: composeView.editor.innerHTML };
    },
    async attachmentContent(attachmentId) {
      const attachment = readItem?.attachments.find((candidate) => candidate.id === attachmentId);
      if (!attachment) throw new Error(`No attachment ${attachmentId} on this message.`);
      if (attachment.kind !== 'file' || attachment.contentBytes === undefined) {
        throw new Error('The workbench provides the content of file attachments only.');
      }
      return { format: 'base64', content: attachment.contentBytes };
    },
    displayForm(request) {
      forms.push(request);
      renderForms(byId('forms'), forms);
    },
    setNotification(key, notification) {
      const { [key]: _previous, ...rest } = notifications;
      notifications = notification === null ? rest : { ...rest, [key]: notification };
      renderNotifications(byId('notifications'), notifications);
    },
    notifications: () => notifications,
    openDialog(url, _options, events) {
      const overlay = byId('dialog-overlay');
      const frame = byId<HTMLIFrameElement>('dialog-frame');
      dialog = { events, origin: new URL(url).origin };
      frame.src = url;
      overlay.hidden = false;
      const close = () => {
        overlay.hidden = true;
        frame.src = 'about:blank';
        dialog = undefined;
      };
      byId('dialog-close').onclick = () => {
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

  const themeToggle = byId<HTMLInputElement>('dark-theme');
  themeToggle.checked = config.theme === 'dark';
  themeToggle.addEventListener('change', () => {
    config = { ...config, theme: themeToggle.checked ? 'dark' : 'light' };
    document.body.classList.toggle('dark', config.theme === 'dark');
    const url = new URL(location.href);
    url.searchParams.set('theme', config.theme);
    history.replaceState(null, '', url);
    window.dispatchEvent(new Event(WORKBENCH_THEME_EVENT));
  });

  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="mode"]')) {
    input.checked = input.value === mode;
    input.addEventListener('change', () => setMode(input.value as WorkbenchMode));
  }

  seedRoamingSettings(localStorage, ROAMING_STORAGE_KEY, config);
  try {
    [messages, profile] = await Promise.all([graph.listInbox(), graph.me().catch(() => profile)]);
    const initialId = config.itemId ?? messages[0]?.id;
    if (initialId !== undefined) readItem = await graph.getMessage(initialId);
  } catch (error) {
    showError(error);
  }
  if (mode === 'compose') draft = replyDraft(readItem);
  renderList();
  renderItem();
  renderButtons();
  reloadPane();
}

void start();
