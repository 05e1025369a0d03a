/** Drive mutations shared by simple uploads, upload sessions, folder creation and delete. */
import { mimeTypeFor } from '../seed/onedrive';
import type { DriveItemRecord } from '../store/onedrive';
import type { ConflictBehavior, DriveContext } from './onedrive-wire';
import {
  assertValidName,
  availableName,
  childNamed,
  childrenOf,
  findDriveItem,
  nameAlreadyExists,
  newDriveItem,
  pathOf,
  touchItem,
} from './onedrive-wire';

/** Walks (and, like OneDrive's PUT by path, creates) the folders of `parentPath` under `fromId`. */
export function ensureFolderPath(context: DriveContext, fromId: string, parentPath: string): DriveItemRecord {
  const drive = context.store.drive;
  let current = findDriveItem(drive, fromId) as DriveItemRecord;
  for (const segment of parentPath.split('/').filter((part) => part !== '')) {
    const next = childNamed(drive, current.id, segment);
    if (next && !next.isFolder) throw nameAlreadyExists(segment);
    if (next) current = next;
    else {
      assertValidName(segment);
      const folder = newDriveItem(context, segment, current.id, true);
      drive.items.push(folder);
      current = folder;
    }
  }
  return current;
}

export interface WriteFileResult {
  item: DriveItemRecord;
  created: boolean;
}

/**
 * Creates `name` under `parent`, or replaces the file already there, following the conflict behaviour:
 * fail → 409 nameAlreadyExists, replace → new content on the same item, rename → `name 1.ext`.
 */
export function writeFile(
  context: DriveContext,
  parent: DriveItemRecord,
  name: string,
  bytes: Uint8Array,
  conflict: ConflictBehavior,
): WriteFileResult {
  assertValidName(name);
  const drive = context.store.drive;
  const existing = childNamed(drive, parent.id, name);
  if (existing && conflict === 'fail') throw nameAlreadyExists(name);
  if (existing && conflict === 'replace') {
    if (existing.isFolder) throw nameAlreadyExists(name);
    return { item: replaceContent(context, existing, bytes), created: false };
  }
  const finalName = existing ? availableName(drive, parent.id, name) : name;
  const item = newDriveItem(context, finalName, parent.id, false);
  item.mimeType = mimeTypeFor(finalName);
  item.contentBase64 = Buffer.from(bytes).toString('base64');
  drive.items.push(item);
  touchParents(context, parent);
  return { item, created: true };
}

export function replaceContent(
  context: DriveContext,
  item: DriveItemRecord,
  bytes: Uint8Array,
): DriveItemRecord {
  item.contentBase64 = Buffer.from(bytes).toString('base64');
  item.searchText = undefined;
  touchItem(context, item, true);
  return item;
}

/** A folder's eTag changes when its children change. */
export function touchParents(context: DriveContext, folder: DriveItemRecord): void {
  touchItem(context, folder, false);
}

/** Moves an item and its descendants to the recycle bin (DELETE is not permanent on OneDrive). */
export function recycle(context: DriveContext, item: DriveItemRecord): void {
  const drive = context.store.drive;
  const doomed: DriveItemRecord[] = [];
  const collect = (current: DriveItemRecord): void => {
    doomed.push(current);
    for (const child of childrenOf(drive, current.id)) collect(child);
  };
  collect(item);
  const deletedDateTime = context.now().toISOString();
  const entries = doomed.map((current) => ({
    item: current,
    deletedDateTime,
    originalPath: pathOf(drive, current),
  }));
  drive.items = drive.items.filter((candidate) => !doomed.includes(candidate));
  drive.recycleBin.push(...entries);
  const parent = item.parentId === null ? undefined : findDriveItem(drive, item.parentId);
  if (parent) touchParents(context, parent);
}
