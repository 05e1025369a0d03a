/**
 * How OneDrive tools address Graph: an item by path ("/Documents/plan.md", from the drive root) or by id, compact
 * views of driveItems for the model, and Graph errors turned into tool errors that say what to do.
 */
import { z } from 'zod';
import { mapGraphErrors } from '../shared/tool-error';
import { encodeGraphId } from '../../graph/types';
import type { Citation, ToolContext } from '../define-tool';
import { formatInstant } from '../shared/dates';
import { OneDriveToolError } from './onedrive-errors';

export const FILES_READ = ['Files.Read'];
export const FILES_WRITE = ['Files.ReadWrite'];

export const ITEM_SELECT =
  'id,name,size,file,folder,root,lastModifiedDateTime,lastModifiedBy,parentReference,webUrl,eTag';

export interface DriveItemWire {
  id: string;
  name: string;
  size?: number;
  file?: { mimeType?: string };
  folder?: { childCount?: number };
  root?: object;
  lastModifiedDateTime?: string;
  lastModifiedBy?: { user?: { displayName?: string } };
  parentReference?: { id?: string; path?: string; driveId?: string };
  webUrl?: string;
  eTag?: string;
  remoteItem?: { id?: string; parentReference?: { driveId?: string } };
  '@microsoft.graph.downloadUrl'?: string;
}

/** A path from the drive root: "/", "/Documents", "Documents/Plans/q4.md". */
export const drivePath = z
  .string()
  .trim()
  .max(400)
  .refine((path) => !/[*:<>?"|\\]/.test(path) && !path.split('/').some((segment) => segment === '..'), {
    message: 'Paths use "/" between folder names and may not contain * : < > ? " | \\ or "..".',
  });

/** An item given by `path` or `id` (one of them). */
export const itemReference = {
  path: drivePath.optional().describe('From the drive root, e.g. "/Documents/plan.docx"'),
  id: z.string().trim().min(1).max(200).optional(),
};

export function requireReference(
  args: { path?: string; id?: string },
  label = 'item',
): { path?: string; id?: string } {
  if (args.id) return { id: args.id };
  if (args.path !== undefined) return { path: args.path };
  throw new OneDriveToolError('invalid-path', `Give the ${label} as a path (e.g. "/Documents") or an id.`);
}

export function normalisePath(path: string): string {
  const segments = path.split('/').filter((segment) => segment.trim() !== '');
  return segments.length === 0 ? '/' : `/${segments.join('/')}`;
}

/** Graph path of an item: `/me/drive/root`, `/me/drive/root:/a/b.txt:` or `/me/drive/items/{id}`. */
export function itemPath(reference: { path?: string; id?: string }): string {
  if (reference.id) return `/me/drive/items/${encodeGraphId(reference.id)}`;
  const path = normalisePath(reference.path ?? '/');
  if (path === '/') return '/me/drive/root';
  return `/me/drive/root:${path.split('/').map(encodeURIComponent).join('/')}:`;
}

/** Graph path of something under an item, e.g. `/children` → `/me/drive/root:/a:/children`. */
export function itemSubPath(reference: { path?: string; id?: string }, suffix: string): string {
  return `${itemPath(reference)}${suffix}`;
}

/** The path of an item from its parentReference ("/drive/root:/Documents") and name. */
export function pathOfItem(item: DriveItemWire): string {
  if (item.root) return '/';
  const parent = (item.parentReference?.path ?? '').replace(/^\/drive\/root:?/, '');
  return `${parent}/${item.name}`;
}

export function describeReference(reference: { path?: string; id?: string }): string {
  return reference.id ? `item ${reference.id}` : `'${normalisePath(reference.path ?? '/')}'`;
}

/** Runs a Graph call; a 404 becomes `item-not-found` naming what was looked for, a 409 `name-exists`. */
export async function driveCall<T>(what: string, call: () => Promise<T>): Promise<T> {
  return mapGraphErrors(call, {
    404: () =>
      new OneDriveToolError(
        'item-not-found',
        `${what} was not found in OneDrive. List the parent folder or search to find the right path.`,
      ),
    409: () =>
      new OneDriveToolError(
        'name-exists',
        `${what}: an item with that name already exists there. Choose another name, or conflictBehavior "replace" or "rename".`,
      ),
  });
}

export async function getItem(
  ctx: ToolContext,
  reference: { path?: string; id?: string },
  select = ITEM_SELECT,
): Promise<DriveItemWire> {
  return driveCall(describeReference(reference), () =>
    ctx.graph.get<DriveItemWire>(itemPath(reference), {
      query: { $select: select },
      scopes: FILES_READ,
      signal: ctx.signal,
    }),
  );
}

export async function getFolder(
  ctx: ToolContext,
  reference: { path?: string; id?: string },
): Promise<DriveItemWire> {
  const folder = await getItem(ctx, reference);
  if (!folder.folder && !folder.root)
    throw new OneDriveToolError('not-a-folder', `${describeReference(reference)} is a file, not a folder.`);
  return folder;
}

export type ItemView = Record<string, unknown>;

/** The compact view the model reads: ids and numbers as they are, names and paths as untrusted text. */
export function itemView(item: DriveItemWire, ctx: ToolContext, options: { path?: boolean } = {}): ItemView {
  const folder = Boolean(item.folder || item.root);
  return {
    id: item.id,
    name: ctx.untrusted(item.root ? '/' : item.name),
    type: folder ? 'folder' : 'file',
    ...(folder ? { items: item.folder?.childCount ?? 0 } : { size: item.size ?? 0 }),
    ...(item.lastModifiedDateTime
      ? { modified: formatInstant(item.lastModifiedDateTime, ctx.user.timeZone) }
      : {}),
    ...(item.lastModifiedBy?.user?.displayName
      ? { modifiedBy: ctx.untrusted(item.lastModifiedBy.user.displayName) }
      : {}),
    ...(options.path ? { path: ctx.untrusted(pathOfItem(item)) } : {}),
    ...(item.remoteItem ? { sharedWithMe: true } : {}),
  };
}

export function fileCitation(item: DriveItemWire): Citation {
  return { kind: 'file', id: item.id, title: item.name, ...(item.webUrl ? { webLink: item.webUrl } : {}) };
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
