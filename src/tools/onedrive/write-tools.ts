/** OneDrive drafts: upload a file (text or base64), save an email attachment to OneDrive, create a folder. */
import { z } from 'zod';
import { isGraphRequestError } from '../../graph/errors';
import { encodeGraphId } from '../../graph/types';
import { defineTool, type PreviewWarning, type ToolContext } from '../define-tool';
import { base64ToBytes } from '../shared/base64';
import { formatBytes } from '../shared/extract';
import {
  FILES_WRITE,
  driveCall,
  drivePath,
  fileCitation,
  getFolder,
  itemPath,
  itemView,
  normalisePath,
  pathOfItem,
  type DriveItemWire,
} from './drive-graph';
import { OneDriveToolError } from './onedrive-errors';
import { uploadFile } from './upload';

const conflictBehavior = z
  .enum(['fail', 'replace', 'rename'])
  .describe('If the name exists: fail, replace it, or rename the new file ("name 1.ext")');

const fileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((name) => !/[*:<>?"|\\/]/.test(name) && !/[. ]$/.test(name), {
    message: 'File names may not contain * : < > ? " | \\ / or end with a dot or space.',
  });

/** Whether a file already sits at `path` (to warn before a replace). */
async function existing(ctx: ToolContext, path: string): Promise<DriveItemWire | undefined> {
  try {
    return await ctx.graph.get<DriveItemWire>(itemPath({ path }), {
      query: { $select: 'id,name,size,folder' },
      scopes: ['Files.Read'],
      signal: ctx.signal,
    });
  } catch (error) {
    if (isGraphRequestError(error) && error.status === 404) return undefined;
    throw error;
  }
}

function conflictWarnings(
  found: DriveItemWire | undefined,
  conflict: string,
  path: string,
): PreviewWarning[] {
  if (!found) return [];
  if (conflict === 'replace')
    return [
      { code: 'conflict', message: `Replaces the existing file ${path} (${formatBytes(found.size ?? 0)}).` },
    ];
  if (conflict === 'fail') return [{ code: 'conflict', message: `${path} exists: this upload will fail.` }];
  return [{ code: 'conflict', message: `${path} exists: the new file gets a numbered name.` }];
}

const MIME_BY_EXTENSION: Record<string, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
  html: 'text/html',
};

function joinPath(folder: string, name: string): string {
  const base = normalisePath(folder);
  return base === '/' ? `/${name}` : `${base}/${name}`;
}

export const uploadFileTool = defineTool({
  name: 'onedrive_upload_file',
  area: 'onedrive',
  category: 'draft',
  description:
    'Create or replace a OneDrive file at a path from text or base64 content. conflictBehavior is required (fail, replace, rename). Large files upload in chunks.',
  input: z
    .object({
      path: drivePath.describe('Full path incl. file name, e.g. "/Documents/notes.md"'),
      text: z.string().max(4_000_000).optional(),
      contentBase64: z.string().max(70_000_000).optional(),
      conflictBehavior,
    })
    .refine((args) => (args.text === undefined) !== (args.contentBase64 === undefined), {
      message: 'Give exactly one of text or contentBase64.',
    }),
  graph: [
    'PUT /me/drive/items/{driveItem-id}/content',
    'POST /me/drive/items/{driveItem-id}/createUploadSession',
    'GET /me/drive/items/{driveItem-id}',
  ],
  scopes: FILES_WRITE,
  async preview(args, ctx) {
    const path = normalisePath(args.path);
    const size =
      args.text !== undefined
        ? new TextEncoder().encode(args.text).length
        : base64ToBytes(args.contentBase64 ?? '').length;
    return {
      title: 'Upload a file to OneDrive',
      fields: [
        { label: 'Path', value: path, kind: 'path', editableArg: 'path' },
        { label: 'Size', value: formatBytes(size), kind: 'text' },
        {
          label: 'If it exists',
          value: args.conflictBehavior,
          kind: 'text',
          editableArg: 'conflictBehavior',
        },
      ],
      ...(args.text !== undefined ? { body: args.text.slice(0, 1000), bodyArg: 'text' } : {}),
      warnings: conflictWarnings(await existing(ctx, path), args.conflictBehavior, path),
    };
  },
  targets: (args) => ({ paths: [args.path], ...(args.text ? { outgoingText: [args.text] } : {}) }),
  async run(args, ctx) {
    const path = normalisePath(args.path);
    const name = path.split('/').pop() ?? '';
    if (path === '/' || !fileName.safeParse(name).success)
      throw new OneDriveToolError('invalid-path', `'${path}' does not end in a valid file name.`);
    const bytes =
      args.text !== undefined ? new TextEncoder().encode(args.text) : base64ToBytes(args.contentBase64 ?? '');
    const contentType =
      MIME_BY_EXTENSION[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
    const { item, method } = await uploadFile(ctx, path, bytes, args.conflictBehavior, contentType);
    return {
      content: {
        saved: itemView(item, ctx, { path: true }),
        method: method === 'session' ? 'upload session (chunked)' : 'simple upload',
      },
      citations: [fileCitation(item)],
      summary: `Uploaded ${item.name}`,
    };
  },
});

interface AttachmentWire {
  '@odata.type'?: string;
  name?: string;
  contentType?: string;
  size?: number;
  contentBytes?: string | null;
}

async function messageIdFor(ctx: ToolContext, messageId: string | undefined): Promise<string> {
  if (messageId) return messageId;
  const current = ctx.office ? await ctx.office.getCurrentItem() : null;
  const id = current?.restId;
  if (!id)
    throw new OneDriveToolError(
      'no-current-message',
      'No saved email is open; give the messageId of the email that has the attachment.',
    );
  return id;
}

async function loadAttachment(
  ctx: ToolContext,
  messageId: string,
  attachmentId: string,
): Promise<AttachmentWire> {
  const attachment = await driveCall('The attachment', () =>
    ctx.graph.get<AttachmentWire>(
      `/me/messages/${encodeGraphId(messageId)}/attachments/${encodeGraphId(attachmentId)}`,
      {
        scopes: ['Mail.Read'],
        signal: ctx.signal,
      },
    ),
  );
  if (attachment['@odata.type'] !== '#microsoft.graph.fileAttachment' || !attachment.contentBytes)
    throw new OneDriveToolError(
      'attachment-not-file',
      'That attachment is an email or link, not a file; only files can be saved to OneDrive.',
    );
  return attachment;
}

export const saveAttachmentTool = defineTool({
  name: 'onedrive_save_attachment',
  area: 'onedrive',
  category: 'draft',
  description:
    'Save a file attachment of the open email (or of messageId) into a OneDrive folder, keeping its name unless fileName is given.',
  input: z.object({
    messageId: z.string().trim().min(1).max(512).optional().describe('Default: the email open in Outlook'),
    attachmentId: z.string().trim().min(1).max(512),
    folderPath: drivePath.describe('e.g. "/Documents/Invoices"'),
    fileName: fileName.optional(),
    conflictBehavior,
  }),
  graph: [
    'GET /me/messages/{message-id}/attachments/{attachment-id}',
    'GET /me/drive/items/{driveItem-id}',
    'PUT /me/drive/items/{driveItem-id}/content',
    'POST /me/drive/items/{driveItem-id}/createUploadSession',
  ],
  scopes: ['Mail.Read', ...FILES_WRITE],
  async preview(args, ctx) {
    const attachment = await loadAttachment(ctx, await messageIdFor(ctx, args.messageId), args.attachmentId);
    const path = joinPath(args.folderPath, args.fileName ?? attachment.name ?? 'attachment');
    return {
      title: 'Save an attachment to OneDrive',
      fields: [
        { label: 'Attachment', value: attachment.name ?? '', kind: 'text' },
        { label: 'Save as', value: path, kind: 'path', editableArg: 'folderPath' },
        { label: 'Size', value: formatBytes(attachment.size ?? 0), kind: 'text' },
        {
          label: 'If it exists',
          value: args.conflictBehavior,
          kind: 'text',
          editableArg: 'conflictBehavior',
        },
      ],
      warnings: conflictWarnings(await existing(ctx, path), args.conflictBehavior, path),
    };
  },
  targets: (args) => ({
    paths: [args.folderPath],
    itemIds: [args.attachmentId, ...(args.messageId ? [args.messageId] : [])],
  }),
  async run(args, ctx) {
    const attachment = await loadAttachment(ctx, await messageIdFor(ctx, args.messageId), args.attachmentId);
    const folder = await getFolder(ctx, { path: args.folderPath });
    const name = args.fileName ?? attachment.name ?? 'attachment';
    if (!fileName.safeParse(name).success)
      throw new OneDriveToolError(
        'invalid-path',
        `The attachment name '${name}' is not a valid file name; give fileName.`,
      );
    const bytes = base64ToBytes(attachment.contentBytes as string);
    const { item } = await uploadFile(
      ctx,
      joinPath(pathOfItem(folder), name),
      bytes,
      args.conflictBehavior,
      attachment.contentType,
    );
    return {
      content: { saved: itemView(item, ctx, { path: true }) },
      citations: [fileCitation(item)],
      summary: `Saved ${item.name} to OneDrive`,
    };
  },
});

export const createFolderTool = defineTool({
  name: 'onedrive_create_folder',
  area: 'onedrive',
  category: 'draft',
  description:
    'Create a folder in OneDrive under parentPath ("/" for the root). Fails if the name exists unless conflictBehavior is rename.',
  input: z.object({
    parentPath: drivePath,
    name: fileName,
    conflictBehavior: z.enum(['fail', 'rename']).optional().describe('Default fail'),
  }),
  graph: [
    'GET /me/drive/root',
    'GET /me/drive/items/{driveItem-id}',
    'POST /me/drive/items/{driveItem-id}/children',
  ],
  scopes: FILES_WRITE,
  preview: (args) => ({
    title: 'Create a OneDrive folder',
    fields: [
      { label: 'Folder', value: joinPath(args.parentPath, args.name), kind: 'path', editableArg: 'name' },
    ],
    warnings: [],
  }),
  targets: (args) => ({ paths: [joinPath(args.parentPath, args.name)] }),
  async run(args, ctx) {
    const parent = await getFolder(ctx, { path: args.parentPath });
    const folder = await driveCall(`'${joinPath(args.parentPath, args.name)}'`, () =>
      ctx.graph.post<DriveItemWire>(
        `/me/drive/items/${encodeGraphId(parent.id)}/children`,
        { name: args.name, folder: {}, '@microsoft.graph.conflictBehavior': args.conflictBehavior ?? 'fail' },
        { scopes: FILES_WRITE, signal: ctx.signal },
      ),
    );
    return {
      content: { created: itemView(folder, ctx, { path: true }) },
      citations: [fileCitation(folder)],
      summary: `Created folder ${folder.name}`,
    };
  },
});
