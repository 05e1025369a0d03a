/** Seed section `onedrive`: files and folders by path from the root (folders on the way are created). Area owner: onedrive. */
import { z } from 'zod';
import type { DriveItemRecord, DriveStore, RemoteItemRecord } from '../store/onedrive';
import type { SeedContext } from './seed-context';
import { instantSchema, resolveInstant } from './seed-context';

export const onedriveSeedSchema = z.object({
  items: z
    .array(
      z.object({
        /** `Documents/Plans/q4.md`; a trailing `/` or `folder: true` makes a folder. */
        path: z.string(),
        folder: z.boolean().optional(),
        contentText: z.string().optional(),
        contentBase64: z.string().optional(),
        mimeType: z.string().optional(),
        lastModifiedDateTime: instantSchema.optional(),
        lastModifiedBy: z.string().optional(),
        createdBy: z.string().optional(),
        description: z.string().optional(),
        /** Words drive search finds in a binary file (its text), e.g. for a DOCX given as base64. */
        searchText: z.string().optional(),
      }),
    )
    .optional(),
  /** Items in colleagues' drives shared with the user: drive-level search returns them with `remoteItem`. */
  sharedWithMe: z
    .array(
      z.object({
        name: z.string(),
        owner: z.string(),
        folder: z.boolean().optional(),
        contentText: z.string().optional(),
        mimeType: z.string().optional(),
        lastModifiedDateTime: instantSchema.optional(),
      }),
    )
    .optional(),
});

export type OneDriveSeed = z.infer<typeof onedriveSeedSchema>;

const MIME_BY_EXTENSION: Record<string, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
  html: 'text/html',
  pdf: 'application/pdf',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

export function mimeTypeFor(name: string): string {
  return MIME_BY_EXTENSION[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

export function loadOneDriveSeed(seed: OneDriveSeed | undefined, context: SeedContext): DriveStore {
  const created = resolveInstant('now-30d', context.now);
  const newItem = (name: string, parentId: string | null, isFolder: boolean, at: string): DriveItemRecord => {
    const id = context.ids.driveItem();
    return {
      id,
      name,
      parentId,
      isFolder,
      mimeType: null,
      contentBase64: null,
      createdDateTime: at,
      lastModifiedDateTime: at,
      lastModifiedBy: context.user.displayName,
      eTag: `"{${context.ids.guid().toUpperCase()}},1"`,
      cTag: `"c:{${context.ids.guid().toUpperCase()}},1"`,
      description: null,
    };
  };
  const root = newItem('root', null, true, created);
  const items: DriveItemRecord[] = [root];
  const folderAt = (segments: readonly string[]): DriveItemRecord => {
    let parent = root;
    for (const segment of segments) {
      let child = items.find(
        (item) => item.parentId === parent.id && item.name.toLowerCase() === segment.toLowerCase(),
      );
      if (!child) {
        child = newItem(segment, parent.id, true, created);
        items.push(child);
      }
      parent = child;
    }
    return parent;
  };
  for (const entry of seed?.items ?? []) {
    const segments = entry.path.split('/').filter((segment) => segment !== '');
    if (entry.folder || entry.path.endsWith('/')) {
      folderAt(segments);
      continue;
    }
    const name = segments.pop() as string;
    const parent = folderAt(segments);
    const item = newItem(
      name,
      parent.id,
      false,
      resolveInstant(entry.lastModifiedDateTime, context.now, new Date(created)),
    );
    item.mimeType = entry.mimeType ?? mimeTypeFor(name);
    item.contentBase64 =
      entry.contentBase64 ?? Buffer.from(entry.contentText ?? '', 'utf8').toString('base64');
    item.lastModifiedBy = entry.lastModifiedBy ?? context.user.displayName;
    item.createdBy = entry.createdBy ?? item.lastModifiedBy;
    item.description = entry.description ?? null;
    if (entry.searchText !== undefined) item.searchText = entry.searchText;
    items.push(item);
  }
  const driveId = `b!${context.ids.driveItem()}`;
  const sharedWithMe = (seed?.sharedWithMe ?? []).map((entry): RemoteItemRecord => {
    const owner = context.people.find((person) => person.displayName === entry.owner);
    const ownerSite = (owner?.address ?? 'owner@contoso.example').replace(/[.@]/g, '_');
    const tenant = (context.user.mail.split('@')[1] ?? 'contoso').split('.')[0];
    const contentText = entry.contentText ?? '';
    return {
      id: context.ids.driveItem(),
      driveId: `b!${context.ids.driveItem()}`,
      name: entry.name,
      isFolder: entry.folder ?? false,
      mimeType: entry.folder ? null : (entry.mimeType ?? mimeTypeFor(entry.name)),
      contentText,
      size: Buffer.byteLength(contentText),
      owner: entry.owner,
      lastModifiedDateTime: resolveInstant(entry.lastModifiedDateTime, context.now, new Date(created)),
      webUrl: `https://${tenant}-my.sharepoint.com/personal/${ownerSite}/Documents/${encodeURIComponent(entry.name)}`,
    };
  });
  return {
    driveId,
    rootId: root.id,
    items,
    uploadSessions: [],
    recycleBin: [],
    shares: [],
    sharedWithMe,
  };
}

export { demoOneDriveSeed } from './onedrive-demo';
