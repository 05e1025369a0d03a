/**
 * OneDrive writes: simple upload (PUT content, ≤ 4 MB), upload sessions, create folder, rename/move (PATCH),
 * delete (to the recycle bin) and sharing links (createLink, recorded in `drive.shares`).
 */
import { GraphError, graphErrors } from '../core/errors';
import type { SimResponse } from '../core/messages';
import { drivePathMatcher } from '../core/path-addressing';
import { defineRoute } from '../core/route';
import type { RouteContext, RouteDefinition } from '../core/route';
import type { DriveItemRecord, ShareRecord } from '../store/onedrive';
import { ensureFolderPath, recycle, replaceContent, touchParents, writeFile } from './onedrive-store-ops';
import {
  DRIVE_ITEM_PROPERTIES,
  SIMPLE_UPLOAD_LIMIT,
  addressedItem,
  assertValidName,
  availableName,
  childNamed,
  conflictBehaviorOf,
  driveItemToWire,
  driveNotFound,
  findByPath,
  findDriveItem,
  isDescendant,
  matchesTag,
  nameAlreadyExists,
  newDriveItem,
  splitPath,
  touchItem,
  uploadUrlFor,
  webUrlOf,
} from './onedrive-wire';

const WRITE_SCOPES = ['Files.ReadWrite', 'Files.ReadWrite.All'];
const DENIED = 'accessDenied';
const ENTITY = { properties: DRIVE_ITEM_PROPERTIES, entityType: 'microsoft.graph.driveItem' };

function itemContext(context: RouteContext): string {
  return `users('${context.store.user.id}')/drive/items/$entity`;
}

function checkIfMatch(context: RouteContext, item: DriveItemRecord): void {
  const header = context.headers['if-match'];
  if (!header || header.trim() === '*') return;
  if (!matchesTag(header, item))
    throw new GraphError(412, 'resourceModified', "ETag does not match current item's value.");
}

/** The file an id-addressed PUT/createUploadSession replaces (`items/{id}/content`). */
function existingFile(context: RouteContext): DriveItemRecord {
  const item = findDriveItem(context.store.drive, context.params['driveItem-id'] ?? '');
  if (!item) throw driveNotFound();
  if (item.isFolder) context.reply.error(400, 'invalidRequest', 'Cannot upload content to a folder.');
  return item;
}

/** The folder a path-addressed upload starts from (`root:` or `items/{parent-id}:`) and the relative path. */
function pathTarget(context: RouteContext): {
  base: DriveItemRecord;
  path: string;
  parentPath: string;
  name: string;
} {
  const drive = context.store.drive;
  const base = findDriveItem(drive, context.params['driveItem-id'] ?? drive.rootId);
  if (!base || !base.isFolder) throw driveNotFound();
  const path = context.params['item-path'] as string;
  const { parentPath, name } = splitPath(path);
  assertValidName(name);
  return { base, path, parentPath, name };
}

function putContent(context: RouteContext): SimResponse {
  const bytes = context.body.bytes;
  if (bytes.length > SIMPLE_UPLOAD_LIMIT)
    context.reply.error(
      413,
      'invalidRequest',
      `Simple upload is limited to 4 MB (got ${bytes.length} bytes); use createUploadSession for larger files.`,
    );
  const conflict = conflictBehaviorOf(context.query.get('@microsoft.graph.conflictBehavior'), 'replace');
  if (context.params['item-path'] === undefined) {
    const existing = existingFile(context);
    checkIfMatch(context, existing);
    const item = replaceContent(context, existing, bytes);
    return context.reply.entity(driveItemToWire(context, item), { ...ENTITY, context: itemContext(context) });
  }
  const target = pathTarget(context);
  const clash = findByPath(context.store.drive, target.path, target.base.id);
  if (clash && conflict === 'fail') throw nameAlreadyExists(target.name);
  const parent = ensureFolderPath(context, target.base.id, target.parentPath);
  const { item, created } = writeFile(context, parent, target.name, bytes, conflict);
  const wire = driveItemToWire(context, item);
  return created
    ? context.reply.created(wire, {
        ...ENTITY,
        context: itemContext(context),
        location: `${context.graphBaseUrl}/me/drive/items/${item.id}`,
      })
    : context.reply.entity(wire, { ...ENTITY, context: itemContext(context) });
}

function createFolder(context: RouteContext): SimResponse {
  const parent = addressedItem(context);
  if (!parent.isFolder)
    context.reply.error(400, 'invalidRequest', 'Children can only be created in a folder.');
  const body = context.body.json<Record<string, unknown>>();
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw graphErrors.invalidJson();
  if (body.folder === undefined)
    context.reply.error(
      400,
      'invalidRequest',
      'POST children creates folders ({"name", "folder": {}}); upload files with PUT .../content.',
    );
  assertValidName(body.name);
  const conflict = conflictBehaviorOf(body['@microsoft.graph.conflictBehavior'], 'fail');
  const drive = context.store.drive;
  const existing = childNamed(drive, parent.id, body.name);
  if (existing && conflict === 'fail') throw nameAlreadyExists(body.name);
  if (existing && conflict === 'replace') recycle(context, existing);
  const name = existing && conflict === 'rename' ? availableName(drive, parent.id, body.name) : body.name;
  const folder = newDriveItem(context, name, parent.id, true);
  if (typeof body.description === 'string') folder.description = body.description;
  drive.items.push(folder);
  touchParents(context, parent);
  return context.reply.created(driveItemToWire(context, folder), {
    ...ENTITY,
    context: itemContext(context),
    location: `${context.graphBaseUrl}/me/drive/items/${folder.id}`,
  });
}

function updateItem(context: RouteContext): SimResponse {
  const item = addressedItem(context);
  const drive = context.store.drive;
  if (item.id === drive.rootId)
    context.reply.error(400, 'invalidRequest', 'The root folder cannot be renamed or moved.');
  checkIfMatch(context, item);
  const body = context.body.json<Record<string, unknown>>();
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw graphErrors.invalidJson();
  let parentId = item.parentId as string;
  const reference = body.parentReference as { id?: string; path?: string } | undefined;
  if (reference && typeof reference === 'object') {
    const destination =
      typeof reference.id === 'string'
        ? findDriveItem(drive, reference.id)
        : typeof reference.path === 'string'
          ? findByPath(drive, reference.path.replace(/^\/drive\/root:?/, ''), drive.rootId)
          : undefined;
    if (!destination) throw driveNotFound('The destination folder does not exist.');
    if (!destination.isFolder) context.reply.error(400, 'invalidRequest', 'The destination is not a folder.');
    if (isDescendant(drive, destination.id, item.id))
      context.reply.error(400, 'invalidRequest', 'A folder cannot be moved into itself.');
    parentId = destination.id;
  }
  const name = body.name === undefined ? item.name : body.name;
  assertValidName(name);
  const clash = childNamed(drive, parentId, name);
  if (clash && clash.id !== item.id) {
    const conflict = conflictBehaviorOf(body['@microsoft.graph.conflictBehavior'], 'fail');
    if (conflict === 'fail') throw nameAlreadyExists(name);
    if (conflict === 'replace') recycle(context, clash);
  }
  const finalName =
    clash && clash.id !== item.id && body['@microsoft.graph.conflictBehavior'] === 'rename'
      ? availableName(drive, parentId, name)
      : name;
  const oldParent = findDriveItem(drive, item.parentId as string);
  item.name = finalName;
  item.parentId = parentId;
  if (typeof body.description === 'string') item.description = body.description;
  touchItem(context, item, false);
  if (oldParent) touchParents(context, oldParent);
  if (parentId !== oldParent?.id) touchParents(context, findDriveItem(drive, parentId) as DriveItemRecord);
  return context.reply.entity(driveItemToWire(context, item), { ...ENTITY, context: itemContext(context) });
}

function deleteItem(context: RouteContext): SimResponse {
  const item = addressedItem(context);
  if (item.id === context.store.drive.rootId)
    context.reply.error(403, 'accessDenied', 'The root folder cannot be deleted.');
  checkIfMatch(context, item);
  recycle(context, item);
  return context.reply.noContent();
}

const LINK_TYPES = ['view', 'edit', 'embed'] as const;
const LINK_SCOPES = ['anonymous', 'organization', 'users'] as const;

function createLink(context: RouteContext): SimResponse {
  const item = addressedItem(context);
  const type = context.body.param<string>('type');
  const scope = context.body.param<string>('scope') ?? 'anonymous';
  if (!LINK_TYPES.includes(type as (typeof LINK_TYPES)[number]))
    context.reply.error(400, 'invalidRequest', "The link 'type' must be view, edit or embed.");
  if (!LINK_SCOPES.includes(scope as (typeof LINK_SCOPES)[number]))
    context.reply.error(400, 'invalidRequest', "The link 'scope' must be anonymous, organization or users.");
  if (type === 'embed' && scope !== 'anonymous')
    context.reply.error(400, 'invalidRequest', 'Embed links are anonymous only.');
  const drive = context.store.drive;
  const existing = drive.shares.find(
    (share) => share.itemId === item.id && share.type === type && share.scope === scope,
  );
  const share: ShareRecord = existing ?? {
    id: context.ids.guid(),
    itemId: item.id,
    type: type as ShareRecord['type'],
    scope: scope as ShareRecord['scope'],
    webUrl: `${webUrlOf(context.store, item).split('/personal/')[0]}/:${item.isFolder ? 'f' : 'u'}:/g/personal/${context.ids.driveItem().slice(2, 24)}`,
    createdDateTime: context.now().toISOString(),
  };
  if (!existing) drive.shares.push(share);
  const permission = {
    id: share.id,
    roles: [share.type === 'edit' ? 'write' : 'read'],
    hasPassword: false,
    link: {
      type: share.type,
      scope: share.scope,
      webUrl: share.webUrl,
      application: { id: '00000000-0000-0000-0000-000000000000', displayName: 'Outlook agent' },
    },
  };
  return context.reply.entity(permission, {
    status: existing ? 200 : 201,
    context: 'microsoft.graph.permission',
    entityType: 'microsoft.graph.permission',
  });
}

function createUploadSession(context: RouteContext): SimResponse {
  const drive = context.store.drive;
  const item = (context.body.isEmpty ? undefined : context.body.param<Record<string, unknown>>('item')) ?? {};
  const conflict = conflictBehaviorOf(item['@microsoft.graph.conflictBehavior'], 'replace');
  const fileSize = context.body.isEmpty ? undefined : context.body.number('fileSize');
  const expiration = new Date(context.now().getTime() + 24 * 3_600_000).toISOString();
  const id = context.ids.guid();
  let session: { itemId: string | null; parentId: string; name: string };
  if (context.params['item-path'] === undefined) {
    const existing = existingFile(context);
    session = { itemId: existing.id, parentId: existing.parentId as string, name: existing.name };
  } else {
    const target = pathTarget(context);
    if (findByPath(drive, target.path, target.base.id) && conflict === 'fail')
      throw nameAlreadyExists(target.name);
    session = { itemId: null, parentId: target.base.id, name: target.path };
  }
  drive.uploadSessions.push({
    id,
    ...session,
    expectedSize: fileSize ?? null,
    receivedBase64: '',
    expirationDateTime: expiration,
    conflictBehavior: conflict,
  });
  return context.reply.json(200, {
    '@odata.context': `${context.graphBaseUrl}/$metadata#microsoft.graph.uploadSession`,
    uploadUrl: uploadUrlFor(context, id),
    expirationDateTime: expiration,
    nextExpectedRanges: ['0-'],
  });
}

const route = (
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  template: string,
  handle: (context: RouteContext) => SimResponse,
  match?: (path: string) => Record<string, string> | undefined,
): RouteDefinition =>
  defineRoute({ method, template, scopes: WRITE_SCOPES, accessDeniedCode: DENIED, match, handle });

const ITEM = '/me/drive/items/{driveItem-id}';

export const onedriveWriteRoutes: RouteDefinition[] = [
  route('PUT', `${ITEM}/content`, putContent),
  route('PUT', `${ITEM}/content`, putContent, drivePathMatcher('/content')),
  route('POST', '/me/drive/root/children', createFolder),
  route('POST', `${ITEM}/children`, createFolder),
  route('POST', `${ITEM}/children`, createFolder, drivePathMatcher('/children')),
  route('PATCH', ITEM, updateItem),
  route('PATCH', ITEM, updateItem, drivePathMatcher('')),
  route('DELETE', ITEM, deleteItem),
  route('DELETE', ITEM, deleteItem, drivePathMatcher('')),
  route('POST', `${ITEM}/createLink`, createLink),
  route('POST', `${ITEM}/createUploadSession`, createUploadSession),
  route('POST', `${ITEM}/createUploadSession`, createUploadSession, drivePathMatcher('/createUploadSession')),
];
