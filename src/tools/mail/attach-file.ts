/**
 * mail_attach_file_to_draft: a OneDrive file (by id or path) or another message's file attachment, copied onto a
 * draft as a file attachment. Graph takes attachments under 3 MB in one request; larger ones need an upload
 * session, which this tool does not do yet — it says so before downloading anything.
 */
import { z } from 'zod';
import { encodeGraphId } from '../../graph/types';
import { defineTool, type ToolContext } from '../define-tool';
import { bytesToBase64 } from '../shared/base64';
import { getAttachment } from './attachments';
import { requireDraft } from './draft-tools';
import { messageIdArgument } from './get-message';
import { IMMUTABLE_IDS, MAIL_WRITE, messagePath } from './mail-graph';
import { MailToolError } from './mail-errors';

/** Graph's limit for a simple attachment POST (the request body, base64, must stay under 4 MB). */
export const MAX_SIMPLE_ATTACHMENT_BYTES = 3 * 1024 * 1024;

interface DriveItemWire {
  id: string;
  name?: string;
  size?: number;
  file?: { mimeType?: string };
  folder?: unknown;
}

interface FileToAttach {
  name: string;
  contentType: string;
  contentBytes: string;
  size: number;
}

const input = z
  .object({
    draftId: messageIdArgument,
    driveItemId: z.string().trim().min(1).max(512).optional().describe('OneDrive item id'),
    drivePath: z
      .string()
      .trim()
      .min(1)
      .max(1000)
      .optional()
      .describe('OneDrive path, e.g. Documents/plan.docx'),
    fromMessageId: messageIdArgument.optional(),
    attachmentId: z.string().trim().min(1).max(512).optional().describe('With fromMessageId'),
  })
  .refine(
    (args) =>
      [args.driveItemId, args.drivePath, args.fromMessageId].filter(Boolean).length === 1 &&
      Boolean(args.fromMessageId) === Boolean(args.attachmentId),
    { message: 'Give exactly one source: driveItemId, drivePath, or fromMessageId with attachmentId.' },
  );

type AttachArguments = z.infer<typeof input>;

function tooLarge(name: string, size: number): MailToolError {
  return new MailToolError(
    'attachment-too-large',
    `'${name}' is ${(size / 1024 / 1024).toFixed(1)} MB; attaching files of 3 MB or more is not supported yet. Share a link to it instead.`,
  );
}

function drivePathUrl(path: string): string {
  const cleaned = path
    .replace(/^\/+|\/+$/g, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  return `/me/drive/root:/${cleaned}:`;
}

async function fileFromDrive(ctx: ToolContext, args: AttachArguments): Promise<FileToAttach> {
  const item = await ctx.graph.get<DriveItemWire>(
    args.driveItemId
      ? `/me/drive/items/${encodeGraphId(args.driveItemId)}`
      : drivePathUrl(args.drivePath ?? ''),
    { query: { $select: 'id,name,size,file,folder' }, scopes: ['Files.Read'], signal: ctx.signal },
  );
  const name = item.name ?? 'file';
  if (item.folder || !item.file)
    throw new MailToolError('attachment-not-file', `'${name}' is a folder, not a file.`);
  if ((item.size ?? 0) >= MAX_SIMPLE_ATTACHMENT_BYTES) throw tooLarge(name, item.size ?? 0);
  const bytes = await ctx.graph.request<ArrayBuffer>({
    method: 'GET',
    path: `/me/drive/items/${encodeGraphId(item.id)}/content`,
    responseType: 'arraybuffer',
    scopes: ['Files.Read'],
    signal: ctx.signal,
  });
  const content = new Uint8Array(bytes.body);
  if (content.byteLength >= MAX_SIMPLE_ATTACHMENT_BYTES) throw tooLarge(name, content.byteLength);
  return {
    name,
    contentType: item.file.mimeType ?? 'application/octet-stream',
    contentBytes: bytesToBase64(content),
    size: content.byteLength,
  };
}

async function fileFromMessage(
  ctx: ToolContext,
  messageId: string,
  attachmentId: string,
): Promise<FileToAttach> {
  const attachment = await getAttachment(ctx, messageId, attachmentId);
  const name = attachment.name ?? 'attachment';
  if (
    !attachment.contentBytes ||
    !(attachment['@odata.type'] ?? '#microsoft.graph.fileAttachment').endsWith('fileAttachment')
  )
    throw new MailToolError(
      'attachment-not-file',
      `'${name}' is not a file attachment and cannot be copied.`,
    );
  if ((attachment.size ?? 0) >= MAX_SIMPLE_ATTACHMENT_BYTES) throw tooLarge(name, attachment.size ?? 0);
  return {
    name,
    contentType: attachment.contentType ?? 'application/octet-stream',
    contentBytes: attachment.contentBytes,
    size: attachment.size ?? 0,
  };
}

export const attachFileToDraftTool = defineTool({
  name: 'mail_attach_file_to_draft',
  area: 'mail',
  category: 'draft',
  description:
    "Attach a OneDrive file (driveItemId or drivePath) or another message's attachment (fromMessageId + attachmentId) to a draft. Files must be under 3 MB.",
  input,
  graph: [
    'GET /me/messages/{message-id}',
    'GET /me/drive/items/{driveItem-id}',
    'GET /me/drive/root:/{path}:',
    'GET /me/drive/items/{driveItem-id}/content',
    'GET /me/messages/{message-id}/attachments/{attachment-id}',
    'POST /me/messages/{message-id}/attachments',
  ],
  scopes: [...MAIL_WRITE, 'Files.Read'],
  preview: (args) => ({
    title: 'Attach file to draft',
    fields: [
      {
        label: 'File',
        value:
          args.drivePath ??
          (args.driveItemId
            ? `OneDrive item ${args.driveItemId}`
            : `Attachment ${args.attachmentId} of message ${args.fromMessageId}`),
        kind: 'path',
      },
      { label: 'Draft', value: args.draftId, kind: 'text' },
    ],
    warnings: [],
  }),
  targets: (args) => ({
    itemIds: [
      args.draftId,
      ...(args.driveItemId ? [args.driveItemId] : []),
      ...(args.fromMessageId ? [args.fromMessageId] : []),
    ],
    ...(args.drivePath ? { paths: [args.drivePath] } : {}),
  }),
  async run(args, ctx) {
    await requireDraft(ctx, args.draftId, 'id,isDraft');
    const file =
      args.fromMessageId && args.attachmentId
        ? await fileFromMessage(ctx, args.fromMessageId, args.attachmentId)
        : await fileFromDrive(ctx, args);
    const created = await ctx.graph.post<{ id: string }>(
      `${messagePath(args.draftId)}/attachments`,
      {
        '@odata.type': '#microsoft.graph.fileAttachment',
        name: file.name,
        contentType: file.contentType,
        contentBytes: file.contentBytes,
      },
      { headers: IMMUTABLE_IDS, scopes: MAIL_WRITE, signal: ctx.signal },
    );
    return {
      content: {
        attachmentId: created.id,
        name: ctx.untrusted(file.name),
        size: file.size,
        draftId: args.draftId,
      },
      summary: `Attached ${file.name.slice(0, 60)} to a draft`,
    };
  },
});
