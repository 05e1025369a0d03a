/** mail_list_attachments and mail_read_attachment (text extracted with shared/extract, capped, read on by offset). */
import { z } from 'zod';
import { encodeGraphId } from '../../graph/types';
import { defineTool, type ToolContext } from '../define-tool';
import { base64ToBytes } from '../shared/base64';
import { extractText } from '../shared/extract';
import { messageIdArgument } from './get-message';
import { IMMUTABLE_IDS, MAIL_READ, messagePath, type Page } from './mail-graph';
import { MailToolError } from './mail-errors';

export interface AttachmentWire {
  id: string;
  '@odata.type'?: string;
  name?: string;
  contentType?: string;
  size?: number;
  isInline?: boolean;
  contentBytes?: string | null;
}

const ATTACHMENT_SELECT = 'id,name,contentType,size,isInline';

export const attachmentPath = (messageId: string, attachmentId: string): string =>
  `${messagePath(messageId)}/attachments/${encodeGraphId(attachmentId)}`;

function kindOf(attachment: AttachmentWire): 'file' | 'item' | 'reference' {
  const type = attachment['@odata.type'] ?? '';
  return type.endsWith('itemAttachment')
    ? 'item'
    : type.endsWith('referenceAttachment')
      ? 'reference'
      : 'file';
}

export async function getAttachment(
  ctx: ToolContext,
  messageId: string,
  attachmentId: string,
): Promise<AttachmentWire> {
  return ctx.graph.get<AttachmentWire>(attachmentPath(messageId, attachmentId), {
    headers: IMMUTABLE_IDS,
    scopes: MAIL_READ,
    signal: ctx.signal,
  });
}

export const listAttachmentsTool = defineTool({
  name: 'mail_list_attachments',
  area: 'mail',
  category: 'read',
  description:
    'List the attachments of a message: id, name, type, size, inline. Read one with mail_read_attachment.',
  input: z.object({ id: messageIdArgument }),
  graph: ['GET /me/messages/{message-id}/attachments'],
  scopes: MAIL_READ,
  async run(args, ctx) {
    const page = await ctx.graph.get<Page<AttachmentWire>>(`${messagePath(args.id)}/attachments`, {
      query: { $select: ATTACHMENT_SELECT },
      headers: IMMUTABLE_IDS,
      scopes: MAIL_READ,
      signal: ctx.signal,
    });
    const attachments = page.value ?? [];
    return {
      content: {
        count: attachments.length,
        attachments: attachments.map((attachment) => ({
          id: attachment.id,
          name: ctx.untrusted(attachment.name ?? ''),
          contentType: attachment.contentType,
          size: attachment.size,
          ...(attachment.isInline ? { inline: true } : {}),
          ...(kindOf(attachment) !== 'file' ? { kind: kindOf(attachment) } : {}),
        })),
      },
      summary: `Listed ${attachments.length} attachments`,
    };
  },
});

export const readAttachmentTool = defineTool({
  name: 'mail_read_attachment',
  area: 'mail',
  category: 'read',
  description:
    'Read a file attachment as text (text, CSV, HTML, DOCX, PDF, spreadsheets; images give metadata only), capped; continue with offset.',
  input: z.object({
    messageId: messageIdArgument,
    attachmentId: z.string().trim().min(1).max(512),
    offset: z.number().int().min(0).optional(),
    maxChars: z.number().int().min(200).max(20000).optional().describe('Default 8000'),
  }),
  graph: ['GET /me/messages/{message-id}/attachments/{attachment-id}'],
  scopes: MAIL_READ,
  async run(args, ctx) {
    const attachment = await getAttachment(ctx, args.messageId, args.attachmentId);
    const name = attachment.name ?? 'attachment';
    if (kindOf(attachment) !== 'file' || !attachment.contentBytes)
      throw new MailToolError(
        'attachment-not-file',
        `'${name}' is ${kindOf(attachment) === 'item' ? 'an attached message or event' : 'a link to a cloud file'}, not a file; its content cannot be read here.`,
      );
    const extracted = await extractText({
      bytes: base64ToBytes(attachment.contentBytes),
      contentType: attachment.contentType ?? 'application/octet-stream',
      name,
      maxChars: args.maxChars ?? 8000,
      offset: args.offset ?? 0,
    });
    return {
      content: {
        name: ctx.untrusted(name),
        contentType: attachment.contentType,
        size: attachment.size,
        kind: extracted.kind,
        text: extracted.text ? ctx.untrusted(extracted.text) : '',
        totalChars: extracted.totalChars,
        ...(extracted.truncated ? { nextOffset: extracted.nextOffset } : {}),
        ...(extracted.note ? { note: extracted.note } : {}),
      },
      citations: [{ kind: 'message', id: args.messageId, title: name }],
      summary: `Read attachment ${name.slice(0, 60)}`,
    };
  },
});
