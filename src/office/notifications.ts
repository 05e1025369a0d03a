import { callAsync } from './call-async';
import { OfficeError } from './office-error';

export type NotificationKind = 'information' | 'error' | 'progress';

/**
 * Shows (or replaces) the item's info bar under `key`. Information bars need an icon and persistence flag;
 * errors and progress do not take them.
 */
export function showItemNotification(
  key: string,
  message: string,
  kind: NotificationKind = 'information',
  office: typeof Office = globalThis.Office,
): Promise<void> {
  const messages = office?.context?.mailbox?.item?.notificationMessages;
  if (messages === undefined) return Promise.reject(new OfficeError('no-item', 'No email is open.'));
  const type = {
    information:
      office.MailboxEnums?.ItemNotificationMessageType?.InformationalMessage ?? 'informationalMessage',
    error: office.MailboxEnums?.ItemNotificationMessageType?.ErrorMessage ?? 'errorMessage',
    progress: office.MailboxEnums?.ItemNotificationMessageType?.ProgressIndicator ?? 'progressIndicator',
  }[kind] as Office.MailboxEnums.ItemNotificationMessageType;
  // Outlook caps the text at 150 characters and rejects longer ones.
  const text = message.length > 150 ? `${message.slice(0, 149)}…` : message;
  const details: Office.NotificationMessageDetails =
    kind === 'information'
      ? { type, message: text, icon: 'Icon.16x16', persistent: false }
      : { type, message: text };
  return callAsync<void>('show a notification', (callback) =>
    messages.replaceAsync(key, details, callback as never),
  );
}

export function removeItemNotification(
  key: string,
  office: typeof Office = globalThis.Office,
): Promise<void> {
  const messages = office?.context?.mailbox?.item?.notificationMessages;
  if (messages === undefined) return Promise.resolve();
  return callAsync<void>('remove a notification', (callback) => messages.removeAsync(key, callback as never));
}
