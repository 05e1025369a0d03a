/**
 * OneDrive helpers shared by the drive routes: finding items by id or path, turning records into driveItem wire
 * JSON, eTag/cTag bookkeeping, conflict names and the preauthenticated download URLs.
 */
import { createHash } from 'node:crypto';
import { GraphError, graphErrors } from '../core/errors';
import type { RouteContext } from '../core/route';
import type { DriveItemRecord, DriveStore } from '../store/onedrive';
import type { GraphStore } from '../store/store';

/** Files larger than this need an upload session (api/driveitem-put-content.md). */
export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;
/** How long a download URL stays valid (Graph: "a few minutes"). */
export const DOWNLOAD_URL_LIFETIME_MS = 5 * 60_000;
/** Prefix of the simulator's preauthenticated URLs (served outside `/v1.0`, no bearer token). */
export const TRANSFER_PREFIX = '/_content';

export const DRIVE_ITEM_PROPERTIES = [
  'id',
  'name',
  'size',
  'createdDateTime',
  'lastModifiedDateTime',
  'createdBy',
  'lastModifiedBy',
  'eTag',
  'cTag',
  'webUrl',
  'parentReference',
  'file',
  'folder',
  'root',
  'fileSystemInfo',
  'description',
  'remoteItem',
  'searchResult',
  'shared',
  'content',
  'children',
  '@microsoft.graph.downloadUrl',
];

/** What the drive helpers need from a route context (the upload endpoint builds one without a route). */
export type DriveContext = Pick<RouteContext, 'store' | 'ids' | 'now' | 'graphBaseUrl'>;

export const driveNotFound = (message = 'The resource could not be found.'): GraphError =>
  graphErrors.itemNotFound('itemNotFound', message);

export function findDriveItem(drive: DriveStore, id: string): DriveItemRecord | undefined {
  if (id.toLowerCase() === 'root') return drive.items.find((item) => item.id === drive.rootId);
  return drive.items.find((item) => item.id === id);
}

export function childrenOf(drive: DriveStore, parentId: string): DriveItemRecord[] {
  return drive.items.filter((item) => item.parentId === parentId);
}

/** Looks a child up by name the way OneDrive does: case-insensitively. */
export function childNamed(drive: DriveStore, parentId: string, name: string): DriveItemRecord | undefined {
  const lower = name.toLowerCase();
  return drive.items.find((item) => item.parentId === parentId && item.name.toLowerCase() === lower);
}

export function findByPath(drive: DriveStore, path: string, fromId: string): DriveItemRecord | undefined {
  let current = findDriveItem(drive, fromId);
  for (const segment of path.split('/').filter((part) => part !== '')) {
    if (!current) return undefined;
    current = childNamed(drive, current.id, segment);
  }
  return current;
}

/** `{parentPath, name}` of a path such as `Documents/Plans/q4.md`. */
export function splitPath(path: string): { parentPath: string; name: string } {
  const segments = path.split('/').filter((part) => part !== '');
  const name = segments.pop() ?? '';
  return { parentPath: segments.join('/'), name };
}

/** The item a route addresses: `items/{id}`, `root`, `root:/{path}:` or `items/{id}:/{path}:`. */
export function addressedItem(context: RouteContext): DriveItemRecord {
  const drive = context.store.drive;
  const path = context.params['item-path'];
  const id = context.params['driveItem-id'];
  const item =
    path !== undefined
      ? findByPath(drive, path, id ?? drive.rootId)
      : id !== undefined
        ? findDriveItem(drive, id)
        : findDriveItem(drive, drive.rootId);
  if (!item) throw driveNotFound();
  return item;
}

/** `/Documents/Plans` for an item in that folder; `` for the root. */
export function pathOf(drive: DriveStore, item: DriveItemRecord): string {
  const names: string[] = [];
  let current: DriveItemRecord | undefined = item;
  while (current && current.parentId !== null) {
    names.unshift(current.name);
    current = findDriveItem(drive, current.parentId);
  }
  return names.length === 0 ? '' : `/${names.join('/')}`;
}

function personalSiteUrl(store: GraphStore): string {
  const [local = 'user', domain = 'contoso.example'] = store.user.mail.split('@');
  const tenant = domain.split('.')[0] ?? 'contoso';
  return `https://${tenant}-my.sharepoint.com/personal/${`${local}_${domain}`.replace(/[.@]/g, '_')}`;
}

export function webUrlOf(store: GraphStore, item: DriveItemRecord): string {
  const path = pathOf(store.drive, item);
  return `${personalSiteUrl(store)}/Documents${path.split('/').map(encodeURIComponent).join('/')}`;
}

export function sizeOf(drive: DriveStore, item: DriveItemRecord): number {
  if (!item.isFolder) return Buffer.from(item.contentBase64 ?? '', 'base64').length;
  return childrenOf(drive, item.id).reduce((total, child) => total + sizeOf(drive, child), 0);
}

function identity(store: GraphStore, displayName: string): Record<string, unknown> {
  const person =
    displayName === store.user.displayName
      ? { address: store.user.mail, id: store.user.id }
      : store.people.find((candidate) => candidate.displayName === displayName);
  return {
    user: {
      ...(person && 'address' in person ? { email: person.address } : {}),
      ...(person && 'id' in person ? { id: person.id } : {}),
      displayName,
    },
  };
}

function transferOrigin(context: DriveContext): string {
  return context.graphBaseUrl.replace(/\/v1\.0$/, '');
}

/** A stateless token: the item and the expiry, so listing items does not grow the store. */
export function downloadUrlFor(context: DriveContext, item: DriveItemRecord): string {
  const expires = context.now().getTime() + DOWNLOAD_URL_LIFETIME_MS;
  const token = Buffer.from(`${item.id}|${expires}|${item.cTag}`).toString('base64url');
  return `${transferOrigin(context)}${TRANSFER_PREFIX}/download/${token}`;
}

export function parseDownloadToken(token: string): { itemId: string; expires: number } | undefined {
  const [itemId, expires] = Buffer.from(token, 'base64url').toString('utf8').split('|');
  if (!itemId || !expires || Number.isNaN(Number(expires))) return undefined;
  return { itemId, expires: Number(expires) };
}

export function uploadUrlFor(context: DriveContext, sessionId: string): string {
  return `${transferOrigin(context)}${TRANSFER_PREFIX}/upload/${sessionId}`;
}

function hashes(contentBase64: string | null): Record<string, string> {
  const bytes = Buffer.from(contentBase64 ?? '', 'base64');
  return {
    sha1Hash: createHash('sha1').update(bytes).digest('hex').toUpperCase(),
    sha256Hash: createHash('sha256').update(bytes).digest('hex').toUpperCase(),
  };
}

/** The driveItem as Graph returns it. */
export function driveItemToWire(context: DriveContext, item: DriveItemRecord): Record<string, unknown> {
  const store = context.store;
  const drive = store.drive;
  const isRoot = item.id === drive.rootId;
  const parent = item.parentId === null ? undefined : findDriveItem(drive, item.parentId);
  const wire: Record<string, unknown> = {};
  if (!item.isFolder) wire['@microsoft.graph.downloadUrl'] = downloadUrlFor(context, item);
  Object.assign(wire, {
    createdBy: identity(store, item.createdBy ?? item.lastModifiedBy),
    createdDateTime: item.createdDateTime,
    eTag: item.eTag,
    id: item.id,
    lastModifiedBy: identity(store, item.lastModifiedBy),
    lastModifiedDateTime: item.lastModifiedDateTime,
    name: isRoot ? 'root' : item.name,
    webUrl: webUrlOf(store, item),
    cTag: item.cTag,
    size: sizeOf(drive, item),
    fileSystemInfo: {
      createdDateTime: item.createdDateTime,
      lastModifiedDateTime: item.lastModifiedDateTime,
    },
  });
  if (parent)
    wire.parentReference = {
      driveType: 'business',
      driveId: drive.driveId,
      id: parent.id,
      name: parent.id === drive.rootId ? 'Documents' : parent.name,
      path: `/drive/root:${pathOf(drive, parent)}`,
    };
  else wire.parentReference = { driveType: 'business', driveId: drive.driveId };
  if (item.description) wire.description = item.description;
  if (item.isFolder) wire.folder = { childCount: childrenOf(drive, item.id).length };
  else
    wire.file = { mimeType: item.mimeType ?? 'application/octet-stream', hashes: hashes(item.contentBase64) };
  if (isRoot) wire.root = {};
  return wire;
}

function bumpTag(tag: string): string {
  return tag.replace(/,(\d+)"$/, (_match, version: string) => `,${Number(version) + 1}"`);
}

/** Records a change: metadata changes bump the eTag, content changes bump both tags. */
export function touchItem(context: DriveContext, item: DriveItemRecord, contentChanged: boolean): void {
  item.eTag = bumpTag(item.eTag);
  if (contentChanged) item.cTag = bumpTag(item.cTag);
  item.lastModifiedDateTime = context.now().toISOString();
  item.lastModifiedBy = context.store.user.displayName;
}

export function newDriveItem(
  context: DriveContext,
  name: string,
  parentId: string,
  isFolder: boolean,
): DriveItemRecord {
  const at = context.now().toISOString();
  const guid = context.ids.guid().toUpperCase();
  return {
    id: context.ids.driveItem(),
    name,
    parentId,
    isFolder,
    mimeType: null,
    contentBase64: isFolder ? null : '',
    createdDateTime: at,
    lastModifiedDateTime: at,
    lastModifiedBy: context.store.user.displayName,
    createdBy: context.store.user.displayName,
    eTag: `"{${guid}},1"`,
    cTag: `"c:{${guid}},1"`,
    description: null,
  };
}

/** OneDrive's rename rule for conflicts: `report.docx` → `report 1.docx` → `report 2.docx`. */
export function availableName(drive: DriveStore, parentId: string, name: string): string {
  if (!childNamed(drive, parentId, name)) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  for (let counter = 1; ; counter += 1) {
    const candidate = `${stem} ${counter}${extension}`;
    if (!childNamed(drive, parentId, candidate)) return candidate;
  }
}

export type ConflictBehavior = 'fail' | 'replace' | 'rename';

export function conflictBehaviorOf(value: unknown, fallback: ConflictBehavior): ConflictBehavior {
  if (value === undefined || value === null) return fallback;
  if (value === 'fail' || value === 'replace' || value === 'rename') return value;
  throw graphErrors.badRequest(
    `Invalid value '${String(value)}' for @microsoft.graph.conflictBehavior: use fail, replace or rename.`,
    'invalidRequest',
  );
}

export const nameAlreadyExists = (name: string): GraphError =>
  new GraphError(409, 'nameAlreadyExists', `An item named '${name}' already exists in this location.`);

/** OneDrive rejects these characters in names (and names ending in a dot or space). */
export function assertValidName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || name.trim() === '')
    throw graphErrors.badRequest('The name of the item is missing.', 'invalidRequest');
  if (/["*:<>?/\\|]/.test(name) || /[. ]$/.test(name) || name.length > 400)
    throw graphErrors.badRequest(
      `The name '${name}' contains characters OneDrive does not allow.`,
      'invalidRequest',
    );
}

/** The folder an item lives under must be a folder; moving a folder into itself is refused. */
export function isDescendant(drive: DriveStore, candidateId: string, ancestorId: string): boolean {
  let current = findDriveItem(drive, candidateId);
  while (current) {
    if (current.id === ancestorId) return true;
    current = current.parentId === null ? undefined : findDriveItem(drive, current.parentId);
  }
  return false;
}

/** `if-none-match` with the current eTag or cTag answers 304 (api/driveitem-get.md). */
export function notModified(context: RouteContext, item: DriveItemRecord): boolean {
  const header = context.headers['if-none-match'];
  if (!header) return false;
  return matchesTag(header, item);
}

/** Entity tags in a header (they hold commas: `"{GUID},3"`, so split on the quotes, not on commas). */
export function matchesTag(header: string, item: DriveItemRecord): boolean {
  if (header.trim() === '*') return true;
  const tags = header.match(/(?:W\/)?"[^"]*"/g) ?? [];
  return tags.map((tag) => tag.replace(/^W\//, '')).some((tag) => tag === item.eTag || tag === item.cTag);
}
