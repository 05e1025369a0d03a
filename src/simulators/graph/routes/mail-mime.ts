/**
 * MIME for the mail routes: base64 MIME request bodies (sendMail, create message, createReply, reply with
 * `Content-Type: text/plain`) parsed into message fields, and `GET /me/messages/{id}/$value` written out.
 * Deliberately small: single-part and multipart bodies, base64 / quoted-printable, file attachments.
 */
import { GraphError } from '../core/errors';
import type { Recipient } from '../store/common';
import type { MessageRecord } from '../store/mail';

export interface ParsedMime {
  subject?: string;
  from?: Recipient;
  toRecipients: Recipient[];
  ccRecipients: Recipient[];
  bccRecipients: Recipient[];
  body?: { contentType: 'html' | 'text'; content: string };
  attachments: { name: string; contentType: string; contentBytes: string }[];
  headers: { name: string; value: string }[];
}

const invalidBase64 = (): GraphError =>
  new GraphError(400, 'ErrorMimeContentInvalidBase64String', 'Invalid base64 string for MIME content.');

/** Decodes Graph's base64 MIME request body; anything that is not strict base64 is Graph's 400. */
export function decodeMimeBody(text: string): string {
  const compact = text.replace(/[\r\n\s]/g, '');
  if (compact === '' || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact))
    throw invalidBase64();
  return Buffer.from(compact, 'base64').toString('utf8');
}

function splitHead(part: string): { headers: Map<string, string>; raw: [string, string][]; body: string } {
  const normalised = part.replace(/\r\n/g, '\n');
  const blank = normalised.indexOf('\n\n');
  const head = blank === -1 ? normalised : normalised.slice(0, blank);
  const body = blank === -1 ? '' : normalised.slice(blank + 2);
  const raw: [string, string][] = [];
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) raw.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return { headers: new Map(raw.map(([name, value]) => [name.toLowerCase(), value])), raw, body };
}

export function parseAddressList(value: string | undefined): Recipient[] {
  if (!value) return [];
  const entries = value.match(/(?:"[^"]*"|<[^>]*>|[^,])+/g) ?? [];
  return entries
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const angle = /^(.*)<([^>]+)>$/.exec(entry);
      const address = (angle ? (angle[2] as string) : entry).trim();
      const name = angle ? (angle[1] as string).trim().replace(/^"|"$/g, '') : '';
      return { emailAddress: { name: name || address, address } };
    });
}

function decodeTransfer(body: string, encoding: string | undefined): Buffer {
  const kind = (encoding ?? '').toLowerCase();
  if (kind === 'base64') return Buffer.from(body.replace(/\s/g, ''), 'base64');
  if (kind === 'quoted-printable')
    return Buffer.from(
      body
        .replace(/=\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    );
  return Buffer.from(body, 'utf8');
}

function parameter(header: string | undefined, name: string): string | undefined {
  const match = new RegExp(`${name}\\s*=\\s*"?([^";]+)"?`, 'i').exec(header ?? '');
  return match ? (match[1] as string) : undefined;
}

function readParts(part: string, result: ParsedMime): void {
  const { headers, body } = splitHead(part);
  const contentType = headers.get('content-type') ?? 'text/plain';
  const boundary = parameter(contentType, 'boundary');
  if (/^multipart\//i.test(contentType) && boundary) {
    const sections = body.split(`--${boundary}`).slice(1);
    for (const section of sections)
      if (!section.startsWith('--')) readParts(section.replace(/^\n/, ''), result);
    return;
  }
  const disposition = headers.get('content-disposition') ?? '';
  const bytes = decodeTransfer(body, headers.get('content-transfer-encoding'));
  const name = parameter(disposition, 'filename') ?? parameter(contentType, 'name');
  if (/^attachment/i.test(disposition) || (name && !/^text\/(plain|html)/i.test(contentType))) {
    result.attachments.push({
      name: name ?? 'attachment',
      contentType: contentType.split(';')[0]?.trim() ?? 'application/octet-stream',
      contentBytes: bytes.toString('base64'),
    });
    return;
  }
  const isHtml = /^text\/html/i.test(contentType);
  if (!result.body || (isHtml && result.body.contentType === 'text'))
    result.body = { contentType: isHtml ? 'html' : 'text', content: bytes.toString('utf8') };
}

/** Parses base64 MIME as Graph receives it; 400 ErrorMimeContentInvalidBase64String for bad base64. */
export function parseMime(base64: string): ParsedMime {
  const mime = decodeMimeBody(base64);
  const { headers, raw } = splitHead(mime);
  const result: ParsedMime = {
    subject: headers.get('subject'),
    from: parseAddressList(headers.get('from'))[0],
    toRecipients: parseAddressList(headers.get('to')),
    ccRecipients: parseAddressList(headers.get('cc')),
    bccRecipients: parseAddressList(headers.get('bcc')),
    attachments: [],
    headers: raw.filter(([name]) => /^x-/i.test(name)).map(([name, value]) => ({ name, value })),
  };
  readParts(mime, result);
  return result;
}

function addressLine(recipients: readonly Recipient[]): string {
  return recipients
    .map(({ emailAddress }) =>
      emailAddress.name && emailAddress.name !== emailAddress.address
        ? `"${emailAddress.name}" <${emailAddress.address}>`
        : emailAddress.address,
    )
    .join(', ');
}

function wrap76(base64: string): string {
  return base64.replace(/.{1,76}/g, '$&\r\n');
}

/** The message as RFC 822 MIME text (`$value`): headers, the body, attachments base64-encoded. */
export function messageToMime(message: MessageRecord): string {
  const boundary = `_000_${message.changeKey.replace(/[^A-Za-z0-9]/g, '').slice(0, 24)}_`;
  const date = new Date(message.sentDateTime ?? message.createdDateTime)
    .toUTCString()
    .replace('GMT', '+0000');
  const headers = [
    ...(message.from ? [`From: ${addressLine([message.from])}`] : []),
    `To: ${addressLine(message.toRecipients)}`,
    ...(message.ccRecipients.length > 0 ? [`CC: ${addressLine(message.ccRecipients)}`] : []),
    `Subject: ${message.subject}`,
    `Date: ${date}`,
    `Message-ID: ${message.internetMessageId}`,
    ...message.internetMessageHeaders.map(({ name, value }) => `${name}: ${value}`),
    'MIME-Version: 1.0',
  ];
  const bodyType = message.body.contentType === 'html' ? 'text/html' : 'text/plain';
  const bodyPart = [
    `Content-Type: ${bodyType}; charset="utf-8"`,
    'Content-Transfer-Encoding: base64',
    '',
    wrap76(Buffer.from(message.body.content, 'utf8').toString('base64')),
  ].join('\r\n');
  const files = message.attachments.filter((attachment) => attachment.contentBytes !== null);
  if (files.length === 0) return `${headers.join('\r\n')}\r\n${bodyPart}`;
  const parts = [
    bodyPart,
    ...files.map((attachment) =>
      [
        `Content-Type: ${attachment.contentType}; name="${attachment.name}"`,
        `Content-Disposition: ${attachment.isInline ? 'inline' : 'attachment'}; filename="${attachment.name}"`,
        'Content-Transfer-Encoding: base64',
        '',
        wrap76(attachment.contentBytes ?? ''),
      ].join('\r\n'),
    ),
  ];
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    ...parts.map((part) => `--${boundary}\r\n${part}`),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
