/** OneDrive reads: list a folder, item metadata, search, read a file as text, and a download for the user. */
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { extractText } from '../shared/extract';
import { formatBytes } from '../shared/extract';
import { EXTRACT_LIMITS } from '../shared/extract/limits';
import {
  FILES_READ,
  ITEM_SELECT,
  driveCall,
  describeReference,
  fileCitation,
  getFolder,
  getItem,
  itemReference,
  itemSubPath,
  itemView,
  plural,
  requireReference,
  type DriveItemWire,
} from './drive-graph';
import { OneDriveToolError } from './onedrive-errors';

const LIST_LIMIT = 200;

export const listFolderTool = defineTool({
  name: 'onedrive_list_folder',
  area: 'onedrive',
  category: 'read',
  description:
    'List a OneDrive folder by path ("/", "/Documents") or id: name, type, size, modified, id. Folders first; at most `limit` items.',
  input: z.object({
    ...itemReference,
    limit: z.number().int().min(1).max(LIST_LIMIT).optional().describe('Default 50'),
  }),
  graph: [
    'GET /me/drive/root',
    'GET /me/drive/items/{driveItem-id}',
    'GET /me/drive/root/children',
    'GET /me/drive/items/{driveItem-id}/children',
  ],
  scopes: FILES_READ,
  async run(args, ctx) {
    const reference = args.id || args.path ? requireReference(args, 'folder') : { path: '/' };
    const folder = await getFolder(ctx, reference);
    const limit = args.limit ?? 50;
    const children = await driveCall(describeReference(reference), () =>
      ctx.graph.getPages<DriveItemWire>(itemSubPath({ id: folder.id }, '/children'), {
        query: { $select: ITEM_SELECT, $top: Math.min(limit, LIST_LIMIT) },
        scopes: FILES_READ,
        signal: ctx.signal,
        maxItems: limit,
      }),
    );
    const sorted = [...children].sort(
      (left, right) => Number(Boolean(right.folder)) - Number(Boolean(left.folder)),
    );
    const total = folder.folder?.childCount ?? children.length;
    return {
      content: {
        folder: itemView(folder, ctx, { path: true }),
        items: sorted.map((child) => itemView(child, ctx)),
        ...(total > children.length
          ? { more: `${total - children.length} more; raise limit (max ${LIST_LIMIT}) or search` }
          : {}),
      },
      citations: [fileCitation(folder)],
      summary: `Listed ${plural(children.length, 'item')}`,
    };
  },
});

export const getItemTool = defineTool({
  name: 'onedrive_get_item',
  area: 'onedrive',
  category: 'read',
  description: 'Metadata of one OneDrive file or folder by path or id: type, size, modified, path, web link.',
  input: z.object(itemReference),
  graph: ['GET /me/drive/root', 'GET /me/drive/items/{driveItem-id}'],
  scopes: FILES_READ,
  async run(args, ctx) {
    const item = await getItem(ctx, requireReference(args));
    return {
      content: {
        ...itemView(item, ctx, { path: true }),
        ...(item.file?.mimeType ? { mimeType: item.file.mimeType } : {}),
        ...(item.webUrl ? { webUrl: item.webUrl } : {}),
      },
      citations: [fileCitation(item)],
      summary: 'Read 1 item',
    };
  },
});

const FILE_TYPES = {
  word: ['doc', 'docx', 'odt', 'rtf'],
  excel: ['xls', 'xlsx', 'xlsm', 'csv', 'ods'],
  powerpoint: ['ppt', 'pptx', 'odp'],
  pdf: ['pdf'],
  image: ['png', 'jpg', 'jpeg', 'gif', 'bmp', 'webp', 'heic', 'svg'],
  text: ['txt', 'md', 'json', 'html', 'htm', 'xml', 'log'],
} as const;

export const searchTool = defineTool({
  name: 'onedrive_search_files',
  area: 'onedrive',
  category: 'read',
  description:
    'Search OneDrive (names, content, metadata; includes files shared with the user). Optional type filter. Returns up to `limit` matches with paths.',
  input: z.object({
    query: z.string().trim().min(1).max(200),
    type: z.enum(['word', 'excel', 'powerpoint', 'pdf', 'image', 'text']).optional(),
    limit: z.number().int().min(1).max(50).optional().describe('Default 20'),
  }),
  graph: ["GET /me/drive/search(q='{q}')"],
  scopes: FILES_READ,
  async run(args, ctx) {
    const limit = args.limit ?? 20;
    const quoted = args.query.replace(/'/g, "''");
    // Graph has no type filter on search: fetch a few pages and filter by extension here.
    const hits = await ctx.graph.getPages<DriveItemWire>(
      `/me/drive/search(q='${encodeURIComponent(quoted)}')`,
      {
        query: { $select: `${ITEM_SELECT},remoteItem`, $top: args.type ? 200 : limit },
        scopes: FILES_READ,
        signal: ctx.signal,
        maxItems: args.type ? 400 : limit,
        maxPages: 2,
      },
    );
    const extensions: readonly string[] | undefined = args.type ? FILE_TYPES[args.type] : undefined;
    const matching = hits
      .filter(
        (item) =>
          !extensions ||
          (!item.folder && extensions.includes(item.name.split('.').pop()?.toLowerCase() ?? '')),
      )
      .slice(0, limit);
    return {
      content: { results: matching.map((item) => itemView(item, ctx, { path: !item.remoteItem })) },
      citations: matching.map(fileCitation),
      summary: `Found ${plural(matching.length, 'file')}`,
    };
  },
});

export const readFileTool = defineTool({
  name: 'onedrive_read_file',
  area: 'onedrive',
  category: 'read',
  description:
    'Read a OneDrive file as text (txt, md, csv, json, html, docx, pdf; xlsx as a bounded preview). Capped; continue with offset. Other types: metadata only.',
  input: z.object({
    ...itemReference,
    offset: z.number().int().min(0).optional(),
    maxChars: z.number().int().min(500).max(20000).optional().describe('Default 8000'),
  }),
  graph: ['GET /me/drive/items/{driveItem-id}', 'GET /me/drive/items/{driveItem-id}/content'],
  scopes: FILES_READ,
  async run(args, ctx) {
    const reference = requireReference(args, 'file');
    const item = await getItem(ctx, reference);
    if (!item.file)
      throw new OneDriveToolError(
        'not-a-file',
        `${describeReference(reference)} is a folder; use onedrive_list_folder.`,
      );
    const view = { ...itemView(item, ctx, { path: true }), mimeType: item.file.mimeType };
    if ((item.size ?? 0) > EXTRACT_LIMITS.maxInputBytes)
      return {
        content: {
          file: view,
          note: `The file is ${formatBytes(item.size ?? 0)}, too large to read here; open it in its own app.`,
        },
        citations: [fileCitation(item)],
        summary: 'Read 1 file (metadata only)',
      };
    const bytes = await driveCall(describeReference(reference), () =>
      ctx.graph.get<ArrayBuffer>(itemSubPath({ id: item.id }, '/content'), {
        responseType: 'arraybuffer',
        scopes: FILES_READ,
        signal: ctx.signal,
      }),
    );
    const extracted = await extractText({
      bytes: new Uint8Array(bytes),
      contentType: item.file.mimeType ?? 'application/octet-stream',
      name: item.name,
      offset: args.offset,
      maxChars: args.maxChars ?? 8000,
    });
    const readable = extracted.kind !== 'unsupported' && extracted.kind !== 'image';
    return {
      content: {
        file: view,
        kind: extracted.kind,
        ...(readable
          ? {
              text: `${ctx.untrusted(extracted.text)}${extracted.truncated ? ` [truncated: ${extracted.totalChars - (extracted.nextOffset ?? 0)} more characters; read on with offset ${extracted.nextOffset}]` : ''}`,
            }
          : {}),
        ...(extracted.truncated
          ? { nextOffset: extracted.nextOffset, totalChars: extracted.totalChars }
          : {}),
        ...(!readable
          ? { note: extracted.note ?? 'Cannot read this type of file as text.' }
          : extracted.note
            ? { note: extracted.note }
            : {}),
      },
      citations: [fileCitation(item)],
      summary: readable ? 'Read 1 file' : 'Read 1 file (metadata only)',
    };
  },
});

/** What the pane needs to offer a browser save; the URL needs no sign-in and lives a few minutes. */
export interface DownloadDescriptor {
  fileName: string;
  downloadUrl: string;
  size: number;
  mimeType: string;
}

export const downloadFileTool = defineTool({
  name: 'onedrive_download_file',
  area: 'onedrive',
  category: 'read',
  description:
    'Offer the user a OneDrive file to save on their device (the pane shows a save link). Does not read the content.',
  input: z.object(itemReference),
  graph: ['GET /me/drive/items/{driveItem-id}'],
  scopes: FILES_READ,
  async run(args, ctx) {
    const reference = requireReference(args, 'file');
    const item = await getItem(ctx, reference, `${ITEM_SELECT},@microsoft.graph.downloadUrl`);
    const url = item['@microsoft.graph.downloadUrl'];
    if (!item.file || !url)
      throw new OneDriveToolError(
        'not-a-file',
        `${describeReference(reference)} is a folder; only files can be downloaded.`,
      );
    const download: DownloadDescriptor = {
      fileName: ctx.untrusted(item.name),
      downloadUrl: url,
      size: item.size ?? 0,
      mimeType: item.file.mimeType ?? 'application/octet-stream',
    };
    return {
      content: {
        file: itemView(item, ctx),
        download,
        note: 'A save link is shown to the user; it expires in a few minutes.',
      },
      citations: [fileCitation(item)],
      summary: 'Offered 1 file for download',
    };
  },
});
