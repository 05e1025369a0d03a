/** OneDrive actions on one item: move/rename (organize), sharing link (send), delete to the recycle bin (delete). */
import { z } from 'zod';
import { encodeGraphId } from '../../graph/types';
import { defineTool } from '../define-tool';
import {
  FILES_WRITE,
  describeReference,
  driveCall,
  fileCitation,
  getFolder,
  getItem,
  itemReference,
  itemView,
  normalisePath,
  pathOfItem,
  requireReference,
  type DriveItemWire,
} from './drive-graph';
import { OneDriveToolError } from './onedrive-errors';

const newName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((name) => !/[*:<>?"|\\/]/.test(name) && !/[. ]$/.test(name), {
    message: 'Names may not contain * : < > ? " | \\ / or end with a dot or space.',
  });

function referenceLabel(args: { path?: string; id?: string }): string {
  return args.path !== undefined ? normalisePath(args.path) : `id ${args.id ?? ''}`;
}

export const moveItemTool = defineTool({
  name: 'onedrive_move_item',
  area: 'onedrive',
  category: 'organize',
  description:
    'Move a OneDrive file or folder to another folder and/or rename it. Fails if the name exists at the destination.',
  input: z.object({
    ...itemReference,
    destinationPath: z.string().trim().max(400).optional().describe('Folder to move into, e.g. "/Archive"'),
    newName: newName.optional(),
  }),
  graph: ['GET /me/drive/root', 'GET /me/drive/items/{driveItem-id}', 'PATCH /me/drive/items/{driveItem-id}'],
  scopes: FILES_WRITE,
  preview: (args) => ({
    title: args.destinationPath !== undefined ? 'Move a OneDrive item' : 'Rename a OneDrive item',
    fields: [
      { label: 'Item', value: referenceLabel(args), kind: 'path' },
      ...(args.destinationPath !== undefined
        ? [
            {
              label: 'Move to',
              value: normalisePath(args.destinationPath),
              kind: 'folder' as const,
              editableArg: 'destinationPath',
            },
          ]
        : []),
      ...(args.newName
        ? [{ label: 'New name', value: args.newName, kind: 'text' as const, editableArg: 'newName' }]
        : []),
    ],
    warnings: [],
  }),
  targets: (args) => ({
    ...(args.id ? { itemIds: [args.id] } : {}),
    paths: [
      ...(args.path !== undefined ? [args.path] : []),
      ...(args.destinationPath !== undefined ? [args.destinationPath] : []),
    ],
  }),
  async run(args, ctx) {
    if (args.destinationPath === undefined && !args.newName)
      throw new OneDriveToolError('nothing-to-change', 'Give destinationPath, newName, or both.');
    const reference = requireReference(args);
    const item = await getItem(ctx, reference);
    if (item.root) throw new OneDriveToolError('invalid-path', 'The root folder cannot be moved or renamed.');
    const destination =
      args.destinationPath !== undefined ? await getFolder(ctx, { path: args.destinationPath }) : undefined;
    const from = pathOfItem(item);
    const moved = await driveCall(describeReference(reference), () =>
      ctx.graph.patch<DriveItemWire>(
        `/me/drive/items/${encodeGraphId(item.id)}`,
        {
          ...(args.newName ? { name: args.newName } : {}),
          ...(destination ? { parentReference: { id: destination.id } } : {}),
        },
        { scopes: FILES_WRITE, signal: ctx.signal },
      ),
    );
    return {
      content: { from: ctx.untrusted(from), item: itemView(moved, ctx, { path: true }) },
      citations: [fileCitation(moved)],
      summary: destination ? `Moved ${moved.name}` : `Renamed to ${moved.name}`,
      undo: {
        tool: 'onedrive_move_item',
        args: {
          id: moved.id,
          destinationPath: from.split('/').slice(0, -1).join('/') || '/',
          newName: item.name,
        },
        label: `Move ${item.name} back`,
      },
    };
  },
});

interface PermissionWire {
  id: string;
  roles?: string[];
  link?: { type?: string; scope?: string; webUrl?: string };
}

export const createSharingLinkTool = defineTool({
  name: 'onedrive_create_sharing_link',
  area: 'onedrive',
  category: 'send',
  description:
    'Create a sharing link to a OneDrive file or folder: audience anyone (no sign-in) or organization; access view or edit. Returns the link URL.',
  input: z.object({
    ...itemReference,
    audience: z.enum(['anyone', 'organization']),
    access: z.enum(['view', 'edit']),
  }),
  graph: [
    'GET /me/drive/root',
    'GET /me/drive/items/{driveItem-id}',
    'POST /me/drive/items/{driveItem-id}/createLink',
  ],
  scopes: FILES_WRITE,
  preview: (args) => ({
    title: 'Create a sharing link',
    fields: [
      { label: 'Item', value: referenceLabel(args), kind: 'path' },
      {
        label: 'Who',
        value:
          args.audience === 'anyone' ? 'Anyone with the link (no sign-in)' : 'People in your organization',
        kind: 'text',
        editableArg: 'audience',
      },
      {
        label: 'Access',
        value: args.access === 'edit' ? 'Can edit' : 'Can view',
        kind: 'text',
        editableArg: 'access',
      },
    ],
    warnings:
      args.audience === 'anyone'
        ? [
            {
              code: 'other',
              message: 'Anyone who gets the link can open it, inside or outside your organization.',
            },
          ]
        : [],
  }),
  targets: (args) => ({
    ...(args.id ? { itemIds: [args.id] } : {}),
    ...(args.path !== undefined ? { paths: [args.path] } : {}),
  }),
  async run(args, ctx) {
    const reference = requireReference(args);
    const item = await getItem(ctx, reference);
    if (item.root)
      throw new OneDriveToolError('invalid-path', 'Share a folder or file, not the whole drive.');
    const permission = await driveCall(describeReference(reference), () =>
      ctx.graph.post<PermissionWire>(
        `/me/drive/items/${encodeGraphId(item.id)}/createLink`,
        { type: args.access, scope: args.audience === 'anyone' ? 'anonymous' : 'organization' },
        { scopes: FILES_WRITE, signal: ctx.signal },
      ),
    );
    return {
      content: {
        item: itemView(item, ctx, { path: true }),
        link: permission.link?.webUrl,
        audience: args.audience,
        access: args.access,
      },
      citations: [fileCitation(item)],
      summary: `Created a ${args.access} link for ${item.name}`,
    };
  },
});

export const deleteItemTool = defineTool({
  name: 'onedrive_delete_item',
  area: 'onedrive',
  category: 'delete',
  description: 'Delete a OneDrive file or folder (with its contents) to the recycle bin, by path or id.',
  input: z.object(itemReference),
  graph: [
    'GET /me/drive/root',
    'GET /me/drive/items/{driveItem-id}',
    'DELETE /me/drive/items/{driveItem-id}',
  ],
  scopes: FILES_WRITE,
  async preview(args, ctx) {
    const item = await getItem(ctx, requireReference(args));
    return {
      title: 'Delete from OneDrive',
      fields: [
        { label: item.folder ? 'Folder' : 'File', value: pathOfItem(item), kind: 'path' },
        ...(item.folder
          ? [{ label: 'Contains', value: `${item.folder.childCount ?? 0} items`, kind: 'count' as const }]
          : []),
      ],
      warnings: item.folder?.childCount
        ? [{ code: 'bulk', message: 'Everything in the folder goes to the recycle bin too.' }]
        : [],
      count: 1,
    };
  },
  targets: (args) => ({
    ...(args.id ? { itemIds: [args.id] } : {}),
    ...(args.path !== undefined ? { paths: [args.path] } : {}),
  }),
  async run(args, ctx) {
    const reference = requireReference(args);
    const item = await getItem(ctx, reference);
    if (item.root) throw new OneDriveToolError('invalid-path', 'The root folder cannot be deleted.');
    await driveCall(describeReference(reference), () =>
      ctx.graph.delete(`/me/drive/items/${encodeGraphId(item.id)}`, {
        headers: item.eTag ? { 'if-match': item.eTag } : {},
        scopes: FILES_WRITE,
        signal: ctx.signal,
      }),
    );
    return {
      content: {
        deleted: itemView(item, ctx, { path: true }),
        note: 'Moved to the OneDrive recycle bin (restorable there for 93 days).',
      },
      summary: `Deleted ${item.name}`,
    };
  },
});
