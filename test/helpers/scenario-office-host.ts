/**
 * The Office.js surface for Node scenario runs: the message open in "Outlook" is a message of the Graph
 * simulator, read-mode only (the pane in Chromium meets the workbench's real emulator instead). Compose-only calls
 * fail the way Outlook fails them in read mode.
 */
import { OfficeError } from '../../src/office/office-error';
import type { CurrentItemSnapshot, OfficeHost, UserProfile } from '../../src/office/types';
import type { GraphSimulator } from '../../src/simulators/graph/api';
import type { MessageRecord } from '../../src/simulators/graph/store/mail';

function snapshotOf(message: MessageRecord): CurrentItemSnapshot {
  const person = (recipient: MessageRecord['from']) => ({
    name: recipient?.emailAddress.name ?? '',
    address: recipient?.emailAddress.address ?? '',
  });
  return {
    mode: 'read',
    itemType: 'message',
    itemId: message.id,
    restId: message.id,
    conversationId: message.conversationId,
    subject: message.subject,
    from: message.from ? person(message.from) : undefined,
    to: message.toRecipients.map(person),
    cc: message.ccRecipients.map(person),
    dateTimeCreated: message.createdDateTime,
    dateTimeModified: message.lastModifiedDateTime,
    categories: [...message.categories],
    attachments: message.attachments.map((attachment) => ({
      id: attachment.id,
      name: attachment.name,
      contentType: attachment.contentType ?? 'application/octet-stream',
      size: attachment.size,
      isInline: attachment.isInline,
      kind: attachment['@odata.type'] === '#microsoft.graph.fileAttachment' ? 'file' : 'item',
    })),
    internetMessageId: message.internetMessageId,
  };
}

function readModeOnly(): Promise<never> {
  return Promise.reject(
    new OfficeError('wrong-mode', 'This works only while you write an email (compose mode).'),
  );
}

export function createScenarioOfficeHost(
  simulator: GraphSimulator,
  openItemId: string | undefined,
): OfficeHost {
  const message = () => simulator.store().mail.messages.find((candidate) => candidate.id === openItemId);
  const user = (): UserProfile => {
    const record = simulator.store().user;
    return {
      displayName: record.displayName,
      emailAddress: record.mail,
      timeZone: record.mailboxSettings.timeZone,
    };
  };
  return {
    mode: openItemId ? 'read' : 'none',
    userProfile: user,
    displayLanguage: () => 'en-US',
    getCurrentItem: async () => {
      const found = message();
      return found ? snapshotOf(found) : null;
    },
    getBody: async (format) => {
      const found = message();
      if (!found) throw new OfficeError('no-item', 'No email is open.');
      if (format === 'html' || found.body.contentType === 'text') return found.body.content;
      return found.body.content.replace(/<[^>]*>/gu, ' ');
    },
    getSelectedText: readModeOnly,
    setSelectedData: readModeOnly,
    prependBody: readModeOnly,
    appendBody: readModeOnly,
    setBody: readModeOnly,
    setSubject: readModeOnly,
    addRecipients: readModeOnly,
    addCategories: async () => undefined,
    removeCategories: async () => undefined,
    getAttachmentContent: async (attachmentId) => {
      const attachment = message()?.attachments.find((candidate) => candidate.id === attachmentId);
      if (!attachment?.contentBytes) throw new OfficeError('invalid-argument', 'No such attachment.');
      return { format: 'base64', content: attachment.contentBytes };
    },
    displayReplyForm: () => undefined,
    displayMessageForm: () => undefined,
    displayAppointmentForm: () => undefined,
    onItemChanged: () => () => undefined,
  };
}
