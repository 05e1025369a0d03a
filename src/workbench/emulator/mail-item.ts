import type {
  WorkbenchAddress,
  WorkbenchAttachment,
  WorkbenchBridge,
  WorkbenchComposeItem,
} from '../shared/bridge';
import { toEwsId, toRestId } from '../shared/item-id';
import { EmulatedOfficeError, OFFICE_ERRORS, cloneIntoFrame, respond } from './async-result';
import { htmlToText, textToHtml } from './body-format';

type Format = 'text' | 'html';

function formatOf(value: unknown): Format {
  return value === 'html' ? 'html' : 'text';
}

function toDetails(address: WorkbenchAddress) {
  return { displayName: address.name, emailAddress: address.address, recipientType: 'user' };
}

function fromDetails(value: unknown): WorkbenchAddress {
  if (typeof value === 'string') return { name: value, address: value };
  const details = value as { displayName?: string; emailAddress?: string };
  if (typeof details?.emailAddress !== 'string' || details.emailAddress === '') {
    throw new EmulatedOfficeError(OFFICE_ERRORS.invalidArgument, 'A recipient needs an emailAddress.');
  }
  return { name: details.displayName ?? details.emailAddress, address: details.emailAddress };
}

function attachmentDetails(attachment: WorkbenchAttachment) {
  return {
    id: toEwsId(attachment.id),
    name: attachment.name,
    contentType: attachment.contentType,
    size: attachment.size,
    isInline: attachment.isInline,
    attachmentType: attachment.kind,
  };
}

function notificationMessages(bridge: WorkbenchBridge) {
  return {
    addAsync(key: string, details: unknown, ...rest: unknown[]) {
      respond(rest, () => {
        if (bridge.notifications()[key]) {
          throw new EmulatedOfficeError(
            OFFICE_ERRORS.invalidArgument,
            `A notification with key "${key}" exists.`,
          );
        }
        bridge.setNotification(key, cloneIntoFrame(details) as never);
      });
    },
    replaceAsync(key: string, details: unknown, ...rest: unknown[]) {
      respond(rest, () => bridge.setNotification(key, cloneIntoFrame(details) as never));
    },
    removeAsync(key: string, ...rest: unknown[]) {
      respond(rest, () => bridge.setNotification(key, null));
    },
    getAllAsync(...rest: unknown[]) {
      respond(rest, () =>
        Object.entries(bridge.notifications()).map(([key, details]) => cloneIntoFrame({ key, ...details })),
      );
    },
  };
}

function categoriesOf(bridge: WorkbenchBridge, read: () => string[]) {
  return {
    getAsync(...rest: unknown[]) {
      respond(rest, () => read().map((displayName) => ({ displayName, color: 'Preset0' })));
    },
    addAsync(categories: string[], ...rest: unknown[]) {
      respond(rest, () => bridge.setCategories([...new Set([...read(), ...categories])]));
    },
    removeAsync(categories: string[], ...rest: unknown[]) {
      respond(rest, () => bridge.setCategories(read().filter((name) => !categories.includes(name))));
    },
  };
}

/** `mailbox.item` for a received message (Message Read surface). */
export function createReadItem(bridge: WorkbenchBridge) {
  const snapshot = bridge.current();
  if (snapshot.mode !== 'read') return null;
  const message = cloneIntoFrame(snapshot.item);
  const readCategories = () => {
    const current = bridge.current();
    return current.mode === 'read' ? cloneIntoFrame(current.item.categories) : [];
  };
  return {
    itemType: 'message',
    itemClass: 'IPM.Note',
    itemId: toEwsId(message.restId),
    conversationId: message.conversationId,
    internetMessageId: message.internetMessageId,
    subject: message.subject,
    normalizedSubject: message.subject.replace(/^((re|fw|fwd|aw|wg):\s*)+/i, ''),
    from: message.from ? toDetails(message.from) : null,
    sender: message.from ? toDetails(message.from) : null,
    to: message.to.map(toDetails),
    cc: message.cc.map(toDetails),
    dateTimeCreated: new Date(message.dateTimeCreated),
    dateTimeModified: new Date(message.dateTimeModified),
    attachments: message.attachments.map(attachmentDetails),
    categories: categoriesOf(bridge, readCategories),
    notificationMessages: notificationMessages(bridge),
    body: {
      getAsync(coercionType: unknown, ...rest: unknown[]) {
        respond(rest, () => (formatOf(coercionType) === 'html' ? message.bodyHtml : message.bodyText));
      },
      getTypeAsync(...rest: unknown[]) {
        respond(rest, () => 'html');
      },
    },
    getAttachmentContentAsync(attachmentId: string, ...rest: unknown[]) {
      respond(rest, () => bridge.attachmentContent(toRestId(attachmentId)));
    },
    displayReplyForm(formData: unknown) {
      bridge.displayForm({ kind: 'reply', html: replyHtml(formData) });
    },
    displayReplyAllForm(formData: unknown) {
      bridge.displayForm({ kind: 'reply-all', html: replyHtml(formData) });
    },
  };
}

function replyHtml(formData: unknown): string {
  if (typeof formData === 'string') return formData;
  return String((formData as { htmlBody?: string } | undefined)?.htmlBody ?? '');
}

/** `mailbox.item` for a message being written (Message Compose surface). */
export function createComposeItem(bridge: WorkbenchBridge) {
  if (bridge.current().mode !== 'compose') return null;
  const draft = (): WorkbenchComposeItem => {
    const current = bridge.current();
    if (current.mode !== 'compose') {
      throw new EmulatedOfficeError(OFFICE_ERRORS.invalidArgument, 'The draft is no longer open.');
    }
    return cloneIntoFrame(current.item);
  };
  const recipients = (field: 'to' | 'cc' | 'bcc') => ({
    getAsync(...rest: unknown[]) {
      respond(rest, () => draft()[field].map(toDetails));
    },
    setAsync(list: unknown[], ...rest: unknown[]) {
      respond(rest, () => bridge.composeUpdate({ [field]: list.map(fromDetails) }));
    },
    addAsync(list: unknown[], ...rest: unknown[]) {
      respond(rest, () => bridge.composeUpdate({ [field]: [...draft()[field], ...list.map(fromDetails)] }));
    },
  });
  const asHtml = (data: string, coercion: unknown) =>
    formatOf(coercion) === 'html' ? data : textToHtml(data);
  const coercionFrom = (rest: unknown[]) => (rest[0] as { coercionType?: unknown } | undefined)?.coercionType;

  return {
    itemType: 'message',
    conversationId: draft().conversationId,
    subject: {
      getAsync(...rest: unknown[]) {
        respond(rest, () => draft().subject);
      },
      setAsync(subject: string, ...rest: unknown[]) {
        respond(rest, () => {
          if (typeof subject !== 'string' || subject.length > 255) {
            throw new EmulatedOfficeError(
              OFFICE_ERRORS.invalidArgument,
              'The subject must be at most 255 characters.',
            );
          }
          bridge.composeUpdate({ subject });
        });
      },
    },
    to: recipients('to'),
    cc: recipients('cc'),
    bcc: recipients('bcc'),
    categories: categoriesOf(bridge, () => draft().categories),
    notificationMessages: notificationMessages(bridge),
    body: {
      getAsync(coercionType: unknown, ...rest: unknown[]) {
        respond(rest, () =>
          formatOf(coercionType) === 'html' ? draft().bodyHtml : htmlToText(draft().bodyHtml),
        );
      },
      getTypeAsync(...rest: unknown[]) {
        respond(rest, () => 'html');
      },
      setAsync(data: string, ...rest: unknown[]) {
        respond(rest, () => bridge.composeUpdate({ bodyHtml: asHtml(data, coercionFrom(rest)) }));
      },
      prependAsync(data: string, ...rest: unknown[]) {
        respond(rest, () =>
          bridge.composeUpdate({ bodyHtml: asHtml(data, coercionFrom(rest)) + draft().bodyHtml }),
        );
      },
      setSelectedDataAsync(data: string, ...rest: unknown[]) {
        respond(rest, () => bridge.replaceSelection(data, formatOf(coercionFrom(rest))));
      },
    },
    getSelectedDataAsync(coercionType: unknown, ...rest: unknown[]) {
      respond(rest, () => {
        const selection = bridge.selection();
        return {
          data: formatOf(coercionType) === 'html' ? selection.html : selection.text,
          sourceProperty: 'body',
        };
      });
    },
    getAttachmentsAsync(...rest: unknown[]) {
      respond(rest, () => []);
    },
    getItemIdAsync(...rest: unknown[]) {
      respond(rest, () => {
        throw new EmulatedOfficeError(OFFICE_ERRORS.itemNotSaved, 'The draft has not been saved yet.');
      });
    },
  };
}
