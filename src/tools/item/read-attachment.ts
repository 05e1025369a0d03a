import { z } from 'zod';
import { OfficeError, isOfficeError } from '../../office/office-error';
import type { AttachmentView } from '../../office/types';
import { defineTool } from '../define-tool';
import { EXTRACT_LIMITS, detectKind, extractText, formatBytes } from '../shared/extract';
import type { ExtractTextResult } from '../shared/extract-text';
import { currentItemOf } from './item-context';

/**
 * Reads one attachment of the open email through Office.js (`getAttachmentContentAsync`), so it needs no Graph
 * permission. Images and oversized files are described without downloading them.
 */
export const itemReadAttachment = defineTool({
  name: 'item_read_attachment',
  area: 'item',
  category: 'read',
  modes: ['read', 'compose'],
  description:
    'Read the text of an attachment of the open email (text, CSV, JSON, HTML, DOCX, PDF, XLSX preview). Images: metadata only. Capped; continue with offset.',
  input: z
    .object({
      attachmentId: z.string().min(1).optional(),
      name: z.string().min(1).optional().describe('Attachment file name, when the id is not known'),
      maxChars: z.number().int().min(200).max(50_000).default(EXTRACT_LIMITS.defaultMaxChars),
      offset: z.number().int().min(0).default(0),
    })
    .refine((args) => args.attachmentId !== undefined || args.name !== undefined, {
      error: 'Give the attachmentId (from item_get_current) or the attachment name.',
    }),
  graph: [],
  scopes: [],
  async run(args, ctx) {
    const { office, item } = await currentItemOf(ctx, 'item_read_attachment');
    const attachment = findAttachment(item.attachments, args);
    const described = {
      id: attachment.id,
      name: ctx.untrusted(attachment.name),
      contentType: attachment.contentType,
      size: attachment.size,
    };
    const summary = `Read attachment ${attachment.name}`;

    const withoutContent = describeWithoutDownload(attachment);
    if (withoutContent) return { content: { attachment: described, ...withoutContent }, summary };

    const content = await office.getAttachmentContent(attachment.id).catch((error: unknown) => {
      // Outlook before Mailbox 1.8 cannot hand attachment content to add-ins; Graph can (the mail area's tools).
      if (isOfficeError(error) && error.code === 'not-supported') {
        throw new OfficeError(
          'not-supported',
          `This Outlook cannot give add-ins attachment content. Read it with the mail tools instead${item.restId ? ` (message id ${item.restId})` : ''}.`,
          { cause: error },
        );
      }
      throw error;
    });
    let extracted: ExtractTextResult;
    if (content.format === 'base64') {
      extracted = await extractText({
        bytes: base64ToBytes(content.content),
        contentType: attachment.contentType,
        name: attachment.name,
        maxChars: args.maxChars,
        offset: args.offset,
      });
    } else if (content.format === 'url') {
      extracted = emptyResult(
        'unsupported',
        'This attachment is a link to a cloud file; open it from the email to read it.',
      );
    } else {
      // An attached email (eml) or calendar item (iCalendar) arrives as text.
      extracted = await extractText({
        bytes: new TextEncoder().encode(content.content),
        contentType: 'text/plain',
        name: attachment.name,
        maxChars: args.maxChars,
        offset: args.offset,
      });
    }
    return {
      content: {
        attachment: described,
        kind: extracted.kind,
        text: extracted.text === '' ? '' : ctx.untrusted(extracted.text),
        totalChars: extracted.totalChars,
        ...(extracted.truncated ? { truncated: true, nextOffset: extracted.nextOffset } : {}),
        ...(extracted.note ? { note: extracted.note } : {}),
      },
      summary,
    };
  },
});

function findAttachment(
  attachments: AttachmentView[],
  args: { attachmentId?: string; name?: string },
): AttachmentView {
  const byId =
    args.attachmentId === undefined
      ? undefined
      : attachments.find((attachment) => attachment.id === args.attachmentId);
  if (byId) return byId;
  if (args.name !== undefined) {
    const wanted = args.name.trim().toLowerCase();
    const matches = attachments.filter((attachment) => attachment.name.toLowerCase() === wanted);
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) {
      throw new OfficeError(
        'invalid-argument',
        `${matches.length} attachments are named "${args.name}"; give the attachmentId instead (${matches.map((match) => match.id).join(', ')}).`,
      );
    }
  }
  const available =
    attachments.length === 0
      ? 'The email has no attachments.'
      : `Attachments: ${attachments.map((attachment) => `"${attachment.name}" (${attachment.id})`).join(', ')}.`;
  throw new OfficeError(
    'invalid-argument',
    `No attachment ${args.attachmentId !== undefined ? `with id ${args.attachmentId}` : `named "${args.name}"`} on the open email. ${available}`,
  );
}

/** Images and oversized files are answered from their metadata; nothing is downloaded. */
function describeWithoutDownload(
  attachment: AttachmentView,
): Omit<ExtractTextResult, 'truncated' | 'nextOffset'> | undefined {
  if (attachment.kind === 'cloud') {
    return {
      kind: 'unsupported',
      text: '',
      totalChars: 0,
      note: 'This attachment is a link to a cloud file; open it from the email to read it.',
    };
  }
  if (
    attachment.kind === 'file' &&
    detectKind(attachment.contentType, attachment.name, new Uint8Array()) === 'image'
  ) {
    return {
      kind: 'image',
      text: '',
      totalChars: 0,
      note: `An image (${attachment.contentType || 'image'}, ${formatBytes(attachment.size)}); images are described by metadata only, their content is not read.`,
    };
  }
  if (attachment.size > EXTRACT_LIMITS.maxInputBytes) {
    return {
      kind: 'unsupported',
      text: '',
      totalChars: 0,
      note: `The attachment is ${formatBytes(attachment.size)}; files over ${formatBytes(EXTRACT_LIMITS.maxInputBytes)} are not read. Open it in its own app instead.`,
    };
  }
  return undefined;
}

function emptyResult(kind: ExtractTextResult['kind'], note: string): ExtractTextResult {
  return { kind, text: '', totalChars: 0, truncated: false, note };
}

/** atob is in browsers and Node 20 alike; Buffer is not in the pane. */
function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/gu, ''));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
