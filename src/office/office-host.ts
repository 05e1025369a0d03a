import { callAsync } from './call-async';
import { OfficeError } from './office-error';
import type {
  AttachmentView,
  CurrentItemSnapshot,
  EmailAddressView,
  ItemMode,
  OfficeHost,
  UserProfile,
} from './types';

/** The runtime values of the Office enums this layer passes; used when a host (or a mock) omits the enum objects. */
const ITEM_CHANGED_EVENT = 'olkItemSelectedChanged';
const REST_VERSION_2 = 'v2.0';

type OfficeNamespace = typeof Office;
type MailItem = Office.MessageRead & Office.MessageCompose;
type RecipientField = 'to' | 'cc' | 'bcc';

/**
 * Wraps `Office.context.mailbox` once: every callback API becomes a promise rejecting with an `OfficeError`.
 * The item is read from the mailbox on every call because Outlook swaps it when a pinned pane changes items.
 */
export function createOfficeHost(office: OfficeNamespace = globalThis.Office): OfficeHost {
  if (office?.context?.mailbox === undefined) {
    throw new OfficeError('office-unavailable', 'Outlook is not available. Open the add-in from Outlook.');
  }
  const mailbox = office.context.mailbox;
  const itemChangedListeners = new Set<() => void>();
  let itemChangedRegistration: Promise<void> | undefined;

  const currentItem = (): MailItem | null => (mailbox.item as MailItem | null | undefined) ?? null;

  const requireItem = (): MailItem => {
    const item = currentItem();
    if (item === null) throw new OfficeError('no-item', 'No email is open. Select an email and try again.');
    return item;
  };

  const requireCompose = (operation: string): MailItem => {
    const item = requireItem();
    if (modeOf(item) !== 'compose') {
      throw new OfficeError('wrong-mode', `"${operation}" works only while you write an email.`);
    }
    return item;
  };

  const coercion = (format: 'text' | 'html'): Office.CoercionType =>
    (format === 'html'
      ? (office.CoercionType?.Html ?? 'html')
      : (office.CoercionType?.Text ?? 'text')) as Office.CoercionType;

  // Rejections instead of throws: callers always get a promise.
  const attempt = <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return run();
    } catch (error) {
      return Promise.reject(error);
    }
  };

  const restIdOf = (itemId: string): string | undefined => {
    try {
      return mailbox.convertToRestId(
        itemId,
        (office.MailboxEnums?.RestVersion?.v2_0 ?? REST_VERSION_2) as Office.MailboxEnums.RestVersion,
      );
    } catch {
      return undefined;
    }
  };

  /**
   * displayMessageForm/displayAppointmentForm take EWS ids; Graph (and so every citation) has REST ids. Outlook on
   * the web accepts either, classic Outlook on Windows and Mac only the EWS form, so the id is converted wherever
   * the host can; a host without `convertToEwsId` gets the id as it is.
   */
  const ewsIdOf = (itemId: string): string => {
    try {
      return (
        mailbox.convertToEwsId?.(
          itemId,
          (office.MailboxEnums?.RestVersion?.v2_0 ?? REST_VERSION_2) as Office.MailboxEnums.RestVersion,
        ) || itemId
      );
    } catch {
      return itemId;
    }
  };

  const readCategories = async (item: MailItem): Promise<string[]> => {
    if (item.categories?.getAsync === undefined) return [];
    const details = await callAsync<Office.CategoryDetails[] | undefined>('read categories', (callback) =>
      item.categories.getAsync(callback as never),
    );
    return (details ?? []).map((category) => category.displayName);
  };

  const readSnapshot = async (item: MailItem): Promise<CurrentItemSnapshot> => {
    const itemId = item.itemId || undefined;
    return {
      mode: 'read',
      itemType: item.itemType === 'appointment' ? 'appointment' : 'message',
      itemId,
      restId: itemId ? restIdOf(itemId) : undefined,
      conversationId: item.conversationId || undefined,
      subject: item.subject ?? '',
      from: item.from ? toAddressView(item.from) : undefined,
      to: (item.to ?? []).map(toAddressView),
      cc: (item.cc ?? []).map(toAddressView),
      dateTimeCreated: toIsoDate(item.dateTimeCreated),
      dateTimeModified: toIsoDate(item.dateTimeModified),
      categories: await readCategories(item),
      attachments: (item.attachments ?? []).map(toAttachmentView),
      internetMessageId: item.internetMessageId || undefined,
    };
  };

  const readRecipients = (item: MailItem, field: RecipientField): Promise<EmailAddressView[]> => {
    const recipients = item[field] as Office.Recipients | undefined;
    if (recipients?.getAsync === undefined) return Promise.resolve([]);
    return callAsync<Office.EmailAddressDetails[]>(`read ${field} recipients`, (callback) =>
      recipients.getAsync(callback as never),
    ).then((list) => list.map(toAddressView));
  };

  const composeSnapshot = async (item: MailItem): Promise<CurrentItemSnapshot> => {
    const [subject, to, cc, bcc, categories] = await Promise.all([
      callAsync<string>('read the subject', (callback) => item.subject.getAsync(callback as never)),
      readRecipients(item, 'to'),
      readRecipients(item, 'cc'),
      readRecipients(item, 'bcc'),
      readCategories(item),
    ]);
    const attachments =
      item.getAttachmentsAsync === undefined
        ? []
        : await callAsync<Office.AttachmentDetailsCompose[]>('list attachments', (callback) =>
            item.getAttachmentsAsync(callback as never),
          );
    // A draft has an id only once saved; an unsaved draft is normal, not an error.
    const itemId =
      item.getItemIdAsync === undefined
        ? undefined
        : await callAsync<string>('read the draft id', (callback) =>
            item.getItemIdAsync(callback as never),
          ).catch(() => undefined);
    return {
      mode: 'compose',
      itemType: item.itemType === 'appointment' ? 'appointment' : 'message',
      itemId,
      restId: itemId ? restIdOf(itemId) : undefined,
      conversationId: item.conversationId || undefined,
      subject: subject ?? '',
      to,
      cc,
      bcc,
      categories,
      attachments: attachments.map(toAttachmentView),
    };
  };

  const ensureItemChangedHandler = (): Promise<void> => {
    itemChangedRegistration ??= callAsync<void>('watch item changes', (callback) =>
      mailbox.addHandlerAsync(
        (office.EventType?.ItemChanged ?? ITEM_CHANGED_EVENT) as Office.EventType,
        () => itemChangedListeners.forEach((listener) => listener()),
        callback as never,
      ),
    ).catch((error: unknown) => {
      // Hosts before Mailbox 1.5 cannot pin the pane; the item then never changes under us.
      itemChangedRegistration = undefined;
      throw error;
    });
    return itemChangedRegistration;
  };

  const host: OfficeHost = {
    get mode(): ItemMode {
      const item = currentItem();
      return item === null ? 'none' : modeOf(item);
    },
    userProfile(): UserProfile {
      const profile = mailbox.userProfile;
      return {
        displayName: profile?.displayName ?? '',
        emailAddress: profile?.emailAddress ?? '',
        timeZone: profile?.timeZone ?? '',
      };
    },
    displayLanguage: () => office.context.displayLanguage ?? 'en-US',
    getCurrentItem: () =>
      attempt(async () => {
        const item = currentItem();
        if (item === null) return null;
        return modeOf(item) === 'compose' ? composeSnapshot(item) : readSnapshot(item);
      }),
    getBody: (format) =>
      attempt(() => {
        const item = requireItem();
        return callAsync<string>('read the body', (callback) =>
          item.body.getAsync(coercion(format), callback as never),
        );
      }),
    getSelectedText: () =>
      attempt(async () => {
        const item = requireCompose('read the selection');
        const selection = await callAsync<{ data: string } | undefined>('read the selection', (callback) =>
          item.getSelectedDataAsync(coercion('text'), callback as never),
        );
        return selection?.data ?? '';
      }),
    setSelectedData: (data, format) =>
      attempt(() => {
        const item = requireCompose('replace the selection');
        return callAsync<void>('replace the selection', (callback) =>
          item.body.setSelectedDataAsync(data, { coercionType: coercion(format) }, callback as never),
        );
      }),
    prependBody: (data, format) =>
      attempt(() => {
        const item = requireCompose('insert at the start of the body');
        return callAsync<void>('insert at the start of the body', (callback) =>
          item.body.prependAsync(data, { coercionType: coercion(format) }, callback as never),
        );
      }),
    appendBody: (data, format) =>
      attempt(async () => {
        // Office.js has no append for the visible body: read, combine, write back.
        const item = requireCompose('add to the end of the body');
        const current = await host.getBody(format);
        return callAsync<void>('add to the end of the body', (callback) =>
          item.body.setAsync(
            appendContent(current, data, format),
            { coercionType: coercion(format) },
            callback as never,
          ),
        );
      }),
    setBody: (data, format) =>
      attempt(() => {
        const item = requireCompose('replace the body');
        return callAsync<void>('replace the body', (callback) =>
          item.body.setAsync(data, { coercionType: coercion(format) }, callback as never),
        );
      }),
    setSubject: (subject) =>
      attempt(() => {
        const item = requireCompose('change the subject');
        return callAsync<void>('change the subject', (callback) =>
          item.subject.setAsync(subject, callback as never),
        );
      }),
    addRecipients: (field, recipients) =>
      attempt(() => {
        const item = requireCompose(`add ${field} recipients`);
        const details = recipients.map((recipient) => ({
          displayName: recipient.name,
          emailAddress: recipient.address,
        }));
        return callAsync<void>(`add ${field} recipients`, (callback) =>
          (item[field] as Office.Recipients).addAsync(details, callback as never),
        );
      }),
    addCategories: (categories) =>
      attempt(() => {
        const item = requireItem();
        return callAsync<void>('add categories', (callback) =>
          item.categories.addAsync(categories, callback as never),
        );
      }),
    removeCategories: (categories) =>
      attempt(() => {
        const item = requireItem();
        return callAsync<void>('remove categories', (callback) =>
          item.categories.removeAsync(categories, callback as never),
        );
      }),
    getAttachmentContent: (attachmentId) =>
      attempt(async () => {
        const item = requireItem();
        const content = await callAsync<Office.AttachmentContent>('read the attachment', (callback) =>
          item.getAttachmentContentAsync(attachmentId, callback as never),
        );
        return {
          format: String(content.format) as 'base64' | 'url' | 'eml' | 'iCalendar',
          content: content.content,
        };
      }),
    displayReplyForm(html, replyAll) {
      const item = requireItem();
      if (modeOf(item) !== 'read')
        throw new OfficeError('wrong-mode', 'A reply can be opened only from a received email.');
      if (replyAll) item.displayReplyAllForm(html);
      else item.displayReplyForm(html);
    },
    displayMessageForm(itemId) {
      mailbox.displayMessageForm(ewsIdOf(itemId));
    },
    displayAppointmentForm(itemId) {
      mailbox.displayAppointmentForm(ewsIdOf(itemId));
    },
    onItemChanged(listener) {
      itemChangedListeners.add(listener);
      // A host without the event (no pinning) simply never calls the listener.
      ensureItemChangedHandler().catch(() => undefined);
      return () => {
        itemChangedListeners.delete(listener);
      };
    },
  };
  return host;
}

/** Read mode exposes the subject as a string; compose mode as an object with getAsync/setAsync. */
function modeOf(item: MailItem): ItemMode {
  return typeof (item as { subject?: unknown }).subject === 'string' ? 'read' : 'compose';
}

function toAddressView(details: Office.EmailAddressDetails): EmailAddressView {
  return { name: details.displayName ?? '', address: details.emailAddress ?? '' };
}

function toAttachmentView(
  details: Office.AttachmentDetails | Office.AttachmentDetailsCompose,
): AttachmentView {
  const type = String(details.attachmentType);
  return {
    id: details.id,
    name: details.name,
    contentType: (details as Office.AttachmentDetails).contentType ?? '',
    size: details.size,
    isInline: details.isInline,
    kind: type === 'item' ? 'item' : type === 'cloud' ? 'cloud' : 'file',
  };
}

function toIsoDate(value: Date | string | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function appendContent(current: string, addition: string, format: 'text' | 'html'): string {
  if (format === 'text') return current + addition;
  const closingBody = current.lastIndexOf('</body>');
  return closingBody === -1
    ? current + addition
    : current.slice(0, closingBody) + addition + current.slice(closingBody);
}
