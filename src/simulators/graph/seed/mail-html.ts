/**
 * The HTML Outlook writes into message bodies: the document wrapper and the "From: … Sent: …" block above quoted
 * history. Shared by the demo seed (threads) and the reply/forward routes, so both quote the same way.
 */
import type { Recipient } from '../store/common';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const DOCUMENT_HEAD =
  '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>';

/** Wraps body content as Outlook stores it. */
export function htmlDocument(inner: string): string {
  return `${DOCUMENT_HEAD}${inner}</body></html>`;
}

/** The content between `<body>` and `</body>` (the whole string when it is a fragment). */
export function bodyInner(html: string): string {
  const match = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
  return match ? (match[1] as string) : html;
}

/** Paragraphs as Outlook's editor writes them; `<br>` inside a paragraph is kept. */
export function paragraphs(...lines: string[]): string {
  return lines.map((line) => `<div>${line}</div>`).join('');
}

function recipientText(recipient: Recipient): string {
  const { name, address } = recipient.emailAddress;
  return name && name !== address
    ? `${escapeHtml(name)} &lt;${escapeHtml(address)}&gt;`
    : escapeHtml(address);
}

/** "Friday, November 20, 2026 9:00 AM" in the given IANA zone, as Outlook's quoted Sent line reads. */
export function outlookSentLine(instant: string, ianaTimeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: ianaTimeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('weekday')}, ${part('month')} ${part('day')}, ${part('year')} ${part('hour')}:${part('minute')} ${part('dayPeriod')}`;
}

export interface QuotedMessage {
  from: Recipient | null;
  sentDateTime: string;
  toRecipients: readonly Recipient[];
  ccRecipients: readonly Recipient[];
  subject: string;
  /** The quoted message's full body HTML (its own quoted history included). */
  bodyHtml: string;
}

/** The separator, header block and quoted body Outlook appends below a reply or forward. */
export function quotedHistory(message: QuotedMessage, ianaTimeZone: string): string {
  const lines = [
    `<b>From:</b> ${message.from ? recipientText(message.from) : ''}`,
    `<b>Sent:</b> ${outlookSentLine(message.sentDateTime, ianaTimeZone)}`,
    `<b>To:</b> ${message.toRecipients.map(recipientText).join('; ')}`,
    ...(message.ccRecipients.length > 0
      ? [`<b>Cc:</b> ${message.ccRecipients.map(recipientText).join('; ')}`]
      : []),
    `<b>Subject:</b> ${escapeHtml(message.subject)}`,
  ];
  return (
    '<hr style="display:inline-block;width:98%" tabindex="-1">' +
    `<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">${lines.join('<br>')}</font><div>&nbsp;</div></div>` +
    `<div>${bodyInner(message.bodyHtml)}</div>`
  );
}

/** A reply/forward body: the new part, then the quoted message. */
export function replyBody(uniqueInner: string, quoted: QuotedMessage, ianaTimeZone: string): string {
  return htmlDocument(`<div>${uniqueInner}</div>${quotedHistory(quoted, ianaTimeZone)}`);
}
