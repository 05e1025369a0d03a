import DOMPurify from 'dompurify';
import type {
  WorkbenchComposeItem,
  WorkbenchFormRequest,
  WorkbenchNotification,
  WorkbenchReadItem,
} from '../shared/bridge';
import { presetsForMode, type PresetId } from '../../commands/presets';
import type { WorkbenchMode } from '../shared/bridge';
import type { MessageSummary } from './graph-source';

type Attributes = Record<string, string | boolean | undefined>;

/** A small element factory: attributes as strings (boolean true → present), children as nodes or text. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Array<Node | string | null | undefined>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, '');
    else if (typeof value === 'string') node.setAttribute(name, value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/**
 * Email HTML is shown in a sandboxed frame (no scripts, opaque origin) with a CSP that blocks every remote
 * load, so seeded or hostile content cannot run code or call out of the machine.
 */
export function sandboxedHtml(html: string, title: string): HTMLIFrameElement {
  const frame = element('iframe', { class: 'body-frame', sandbox: '', title });
  frame.srcdoc =
    `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" ` +
    `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<body style="font-family: 'Segoe UI', sans-serif; font-size: 14px">${DOMPurify.sanitize(html)}</body>`;
  return frame;
}

export function renderMessageList(
  list: HTMLElement,
  messages: MessageSummary[],
  selectedId: string | undefined,
  onSelect: (id: string) => void,
): void {
  list.replaceChildren(
    ...messages.map((message) => {
      const item = element(
        'li',
        {
          role: 'option',
          tabindex: '0',
          'aria-selected': String(message.id === selectedId),
          'data-message-id': message.id,
          class: message.isRead ? undefined : 'unread',
        },
        element('div', { class: 'subject' }, message.subject || '(no subject)'),
        element('div', { class: 'from' }, `${message.from} · ${formatDate(message.receivedDateTime)}`),
      );
      item.addEventListener('click', () => onSelect(message.id));
      item.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') onSelect(message.id);
      });
      return item;
    }),
  );
}

export function renderReadItem(container: HTMLElement, message: WorkbenchReadItem): void {
  const addresses = (list: { name: string; address: string }[]) =>
    list.map((entry) => `${entry.name} <${entry.address}>`).join(', ');
  const rows: Array<[string, string]> = [
    ['From', message.from ? addresses([message.from]) : ''],
    ['To', addresses(message.to)],
    ['Cc', addresses(message.cc)],
    ['Date', formatDate(message.dateTimeCreated)],
    ['Categories', message.categories.join(', ')],
    ['Attachments', message.attachments.map((attachment) => attachment.name).join(', ')],
  ];
  container.replaceChildren(
    element(
      'div',
      { class: 'item-header' },
      element('h2', {}, message.subject || '(no subject)'),
      element(
        'dl',
        {},
        ...rows
          .filter(([, value]) => value !== '')
          .flatMap(([label, value]) => [element('dt', {}, label), element('dd', {}, value)]),
      ),
    ),
    sandboxedHtml(message.bodyHtml, 'Message body'),
  );
}

export interface ComposeView {
  editor: HTMLElement;
  refresh(draft: WorkbenchComposeItem): void;
}

export function renderCompose(
  container: HTMLElement,
  draft: WorkbenchComposeItem,
  onEdit: (change: Partial<WorkbenchComposeItem>) => void,
): ComposeView {
  const recipientsText = (list: { name: string; address: string }[]) =>
    list.map((entry) => entry.address).join('; ');
  const parseRecipients = (text: string) =>
    text
      .split(/[;,]/)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((address) => ({ name: address, address }));

  const field = (label: string, value: string, onInput: (value: string) => void) => {
    const input = element('input', { type: 'text', 'aria-label': label });
    input.value = value;
    input.addEventListener('input', () => onInput(input.value));
    return { input, row: element('label', {}, label, input) };
  };
  const to = field('To', recipientsText(draft.to), (value) => onEdit({ to: parseRecipients(value) }));
  const cc = field('Cc', recipientsText(draft.cc), (value) => onEdit({ cc: parseRecipients(value) }));
  const bcc = field('Bcc', recipientsText(draft.bcc), (value) => onEdit({ bcc: parseRecipients(value) }));
  const subject = field('Subject', draft.subject, (value) => onEdit({ subject: value }));
  const editor = element('div', {
    id: 'compose-body',
    contenteditable: 'true',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': 'Message body',
  });
  editor.innerHTML = DOMPurify.sanitize(draft.bodyHtml);
  editor.addEventListener('input', () => onEdit({ bodyHtml: editor.innerHTML }));

  container.replaceChildren(
    element(
      'div',
      { class: 'compose' },
      element('h2', {}, 'New message'),
      to.row,
      cc.row,
      bcc.row,
      subject.row,
      editor,
    ),
  );
  return {
    editor,
    refresh(next) {
      // Only fields the add-in changed are rewritten, so the user's caret survives their own typing.
      const sync = (input: HTMLInputElement, value: string) => {
        if (input.value !== value) input.value = value;
      };
      sync(to.input, recipientsText(next.to));
      sync(cc.input, recipientsText(next.cc));
      sync(bcc.input, recipientsText(next.bcc));
      sync(subject.input, next.subject);
      if (editor.innerHTML !== next.bodyHtml) editor.innerHTML = DOMPurify.sanitize(next.bodyHtml);
    },
  };
}

/** The add-in's ribbon group for the mode, as manifest.xml declares it: one button per preset. */
export function renderRibbon(
  container: HTMLElement,
  mode: WorkbenchMode,
  onPress: (id: PresetId) => void,
): void {
  container.replaceChildren(
    element('span', { class: 'ribbon-group' }, 'Outlook Agent'),
    ...presetsForMode(mode).map((preset) => {
      const button = element('button', { type: 'button', 'data-preset': preset.id }, preset.label);
      button.addEventListener('click', () => onPress(preset.id));
      return button;
    }),
  );
}

export function renderNotifications(
  container: HTMLElement,
  notifications: Record<string, WorkbenchNotification>,
): void {
  container.replaceChildren(
    ...Object.entries(notifications).map(([key, notification]) =>
      element('p', { class: notification.type, 'data-key': key }, notification.message),
    ),
  );
}

const FORM_TITLES: Record<WorkbenchFormRequest['kind'], string> = {
  reply: 'Reply form opened',
  'reply-all': 'Reply-all form opened',
  message: 'Message form opened',
  appointment: 'Appointment form opened',
  'new-message': 'New message form opened',
};

export function renderForms(container: HTMLElement, forms: WorkbenchFormRequest[]): void {
  container.replaceChildren(
    ...forms.map((form) =>
      element(
        'article',
        { 'data-form-kind': form.kind },
        element('h3', {}, FORM_TITLES[form.kind]),
        'html' in form
          ? sandboxedHtml(form.html, `${FORM_TITLES[form.kind]}: content`)
          : element('pre', {}, 'itemId' in form ? form.itemId : JSON.stringify(form.parameters, null, 2)),
      ),
    ),
  );
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
}
