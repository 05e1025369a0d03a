/** The KQL properties Outlook supports on messages, read from wire-shaped message JSON. */
import type { KqlFields } from './kql';

type Wire = Record<string, unknown>;

function addresses(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((recipient) => {
    const email = (recipient as { emailAddress?: { name?: string; address?: string } } | null)?.emailAddress;
    return [email?.name ?? '', email?.address ?? ''].filter((text) => text !== '');
  });
}

/** Tag-stripped body text; cheap on purpose (it runs over the whole mailbox per search). */
function bodyText(message: Wire): string {
  const body = message.body as { content?: string } | undefined;
  return (body?.content ?? '')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

export const messageSearchFields: KqlFields<Wire> = {
  defaultFields: ['from', 'subject', 'body'],
  fields: {
    from: { type: 'text', values: (message) => addresses(message.from) },
    to: { type: 'text', values: (message) => addresses(message.toRecipients) },
    cc: { type: 'text', values: (message) => addresses(message.ccRecipients) },
    bcc: { type: 'text', values: (message) => addresses(message.bccRecipients) },
    participants: {
      type: 'text',
      values: (message) =>
        [message.from, message.toRecipients, message.ccRecipients, message.bccRecipients].flatMap(addresses),
    },
    recipients: {
      type: 'text',
      values: (message) =>
        [message.toRecipients, message.ccRecipients, message.bccRecipients].flatMap(addresses),
    },
    subject: { type: 'text', values: (message) => [String(message.subject ?? '')] },
    body: { type: 'text', values: (message) => [bodyText(message)] },
    category: {
      type: 'text',
      values: (message) => (Array.isArray(message.categories) ? (message.categories as string[]) : []),
    },
    importance: { type: 'text', values: (message) => [String(message.importance ?? '')] },
    attachment: {
      // Routes may expose attachment names to search under this internal key; it is stripped from responses.
      type: 'text',
      values: (message) =>
        Array.isArray(message['@sim.attachmentNames']) ? (message['@sim.attachmentNames'] as string[]) : [],
    },
    hasattachments: { type: 'boolean', value: (message) => message.hasAttachments === true },
    isread: { type: 'boolean', value: (message) => message.isRead === true },
    received: { type: 'date', value: (message) => message.receivedDateTime as string | undefined },
    sent: { type: 'date', value: (message) => message.sentDateTime as string | undefined },
  },
};
