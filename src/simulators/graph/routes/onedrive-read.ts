/** OneDrive reads: the drive, items by id or path, children, content (302 to a download URL) and search. */
import { drivePathMatcher } from '../core/path-addressing';
import { defineRoute } from '../core/route';
import type { RouteContext, RouteDefinition } from '../core/route';
import type { SimResponse } from '../core/messages';
import { collectionProfiles } from '../odata/profiles';
import { projectEntity } from '../odata/select';
import type { DriveItemRecord } from '../store/onedrive';
import { searchDrive } from './onedrive-search';
import {
  DRIVE_ITEM_PROPERTIES,
  addressedItem,
  childrenOf,
  downloadUrlFor,
  driveItemToWire,
  driveNotFound,
  findDriveItem,
  notModified,
  sizeOf,
} from './onedrive-wire';

export const READ_SCOPES = ['Files.Read', 'Files.Read.All', 'Files.ReadWrite', 'Files.ReadWrite.All'];
const DENIED = 'accessDenied';

function notModifiedReply(item: DriveItemRecord): SimResponse {
  return { status: 304, headers: { etag: item.eTag }, body: { kind: 'none' } };
}

/** `$expand=children` or `children($select=id,name)` (the only drive expansion BEHAVIOUR.md lists). */
function expandChildren(context: RouteContext, item: DriveItemRecord): Record<string, unknown>[] | undefined {
  const expand = context.query.get('$expand');
  if (!expand) return undefined;
  const match = /^\s*children\s*(?:\(\s*\$select\s*=\s*([^)]*)\))?\s*$/i.exec(expand);
  if (!match)
    context.reply.error(
      400,
      'invalidRequest',
      `Expanding '${expand}' is not supported on driveItem; use children.`,
    );
  const select = match[1]?.split(',').map((property) => property.trim());
  return childrenOf(context.store.drive, item.id)
    .sort((left, right) => left.name.localeCompare(right.name))
    .map((child) => projectEntity(driveItemToWire(context, child), select));
}

function itemReply(context: RouteContext, item: DriveItemRecord): SimResponse {
  if (notModified(context, item)) return notModifiedReply(item);
  const wire = driveItemToWire(context, item);
  const children = expandChildren(context, item);
  if (children) wire.children = children;
  return context.reply.entity(wire, {
    properties: DRIVE_ITEM_PROPERTIES,
    entityType: 'microsoft.graph.driveItem',
    context: `users('${context.store.user.id}')/drive/items/$entity`,
    headers: { etag: item.eTag },
  });
}

function childrenReply(context: RouteContext, item: DriveItemRecord): SimResponse {
  if (!item.isFolder)
    context.reply.error(400, 'invalidRequest', 'The item is a file; only folders have children.');
  if (notModified(context, item)) return notModifiedReply(item);
  const children = childrenOf(context.store.drive, item.id).map((child) => driveItemToWire(context, child));
  return context.reply.collection(children, collectionProfiles.driveChildren, {
    properties: DRIVE_ITEM_PROPERTIES,
    context: `users('${context.store.user.id}')/drive/items('${item.id}')/children`,
  });
}

function contentReply(context: RouteContext, item: DriveItemRecord): SimResponse {
  if (item.isFolder) context.reply.error(400, 'invalidRequest', 'A folder has no content to download.');
  if (notModified(context, item)) return notModifiedReply(item);
  return context.reply.redirect(downloadUrlFor(context, item), 302);
}

const readRoute = (
  template: string,
  handle: (context: RouteContext) => SimResponse,
  match?: (path: string) => Record<string, string> | undefined,
): RouteDefinition =>
  defineRoute({ method: 'GET', template, scopes: READ_SCOPES, accessDeniedCode: DENIED, match, handle });

export const onedriveReadRoutes: RouteDefinition[] = [
  readRoute('/me/drive', (context) => {
    const drive = context.store.drive;
    const root = findDriveItem(drive, drive.rootId) as DriveItemRecord;
    const used = sizeOf(drive, root);
    const total = 1024 ** 4;
    const recycled = drive.recycleBin.reduce(
      (sum, entry) => sum + Buffer.from(entry.item.contentBase64 ?? '', 'base64').length,
      0,
    );
    return context.reply.entity(
      {
        id: drive.driveId,
        driveType: 'business',
        name: 'OneDrive',
        createdDateTime: root.createdDateTime,
        lastModifiedDateTime: root.lastModifiedDateTime,
        webUrl: (driveItemToWire(context, root).webUrl as string).replace(/\/$/, ''),
        owner: { user: { id: context.store.user.id, displayName: context.store.user.displayName } },
        quota: { deleted: recycled, remaining: total - used, state: 'normal', total, used },
      },
      { entityType: 'microsoft.graph.drive' },
    );
  }),
  readRoute('/me/drive/root', (context) => itemReply(context, addressedItem(context))),
  readRoute('/me/drive/items/{driveItem-id}', (context) => itemReply(context, addressedItem(context))),
  readRoute(
    '/me/drive/items/{driveItem-id}',
    (context) => itemReply(context, addressedItem(context)),
    drivePathMatcher(''),
  ),
  readRoute('/me/drive/root/children', (context) => childrenReply(context, addressedItem(context))),
  readRoute('/me/drive/items/{driveItem-id}/children', (context) =>
    childrenReply(context, addressedItem(context)),
  ),
  readRoute(
    '/me/drive/items/{driveItem-id}/children',
    (context) => childrenReply(context, addressedItem(context)),
    drivePathMatcher('/children'),
  ),
  readRoute('/me/drive/items/{driveItem-id}/content', (context) =>
    contentReply(context, addressedItem(context)),
  ),
  readRoute(
    '/me/drive/items/{driveItem-id}/content',
    (context) => contentReply(context, addressedItem(context)),
    drivePathMatcher('/content'),
  ),
  readRoute("/me/drive/root/search(q='{q}')", (context) =>
    searchDrive(context, context.store.drive.rootId, false),
  ),
  readRoute("/me/drive/search(q='{q}')", (context) => searchDrive(context, context.store.drive.rootId, true)),
  readRoute("/me/drive/items/{driveItem-id}/search(q='{q}')", (context) => {
    const item = addressedItem(context);
    if (!item.isFolder) throw driveNotFound('Search needs a folder.');
    return searchDrive(context, item.id, false);
  }),
];
