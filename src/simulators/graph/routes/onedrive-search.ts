/**
 * Drive search (`search(q='…')`): every word of the query must occur in the name, the description, who changed
 * it, or the content (text files as stored; binary files through their seeded `searchText`). Drive-level search
 * also returns items shared with the user, with a `remoteItem` facet (api/driveitem-search.md).
 */
import type { SimResponse } from '../core/messages';
import type { RouteContext } from '../core/route';
import { collectionProfiles } from '../odata/profiles';
import type { DriveItemRecord, RemoteItemRecord } from '../store/onedrive';
import { DRIVE_ITEM_PROPERTIES, driveItemToWire, isDescendant } from './onedrive-wire';

const TEXT_TYPES = /^(text\/|application\/(json|xml|javascript|x-ndjson))/;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

function contentText(item: DriveItemRecord): string {
  if (item.isFolder) return '';
  if (item.mimeType && TEXT_TYPES.test(item.mimeType))
    return Buffer.from(item.contentBase64 ?? '', 'base64').toString('utf8');
  return item.searchText ?? '';
}

/** 2 = every word in the name, 1 = found elsewhere, 0 = no match. */
function score(query: string[], name: string, rest: string): number {
  if (query.length === 0) return 0;
  const nameWords = words(name);
  const restWords = new Set([...nameWords, ...words(rest)]);
  const found = (word: string, pool: Iterable<string>): boolean => {
    for (const candidate of pool) if (candidate.startsWith(word)) return true;
    return false;
  };
  if (!query.every((word) => found(word, restWords))) return 0;
  return query.every((word) => found(word, nameWords)) ? 2 : 1;
}

function remoteToWire(context: RouteContext, remote: RemoteItemRecord): Record<string, unknown> {
  const owner = { user: { displayName: remote.owner } };
  const facet = remote.isFolder ? { folder: { childCount: 0 } } : { file: { mimeType: remote.mimeType } };
  return {
    id: remote.id,
    name: remote.name,
    size: remote.size,
    lastModifiedDateTime: remote.lastModifiedDateTime,
    lastModifiedBy: owner,
    createdBy: owner,
    webUrl: remote.webUrl,
    parentReference: { driveId: context.store.drive.driveId, driveType: 'business' },
    ...facet,
    remoteItem: {
      id: remote.id,
      name: remote.name,
      size: remote.size,
      webUrl: remote.webUrl,
      lastModifiedDateTime: remote.lastModifiedDateTime,
      createdBy: owner,
      parentReference: { driveId: remote.driveId, driveType: 'business' },
      shared: { owner, sharedDateTime: remote.lastModifiedDateTime },
      ...facet,
    },
    searchResult: {},
  };
}

export function searchDrive(context: RouteContext, scopeId: string, includeShared: boolean): SimResponse {
  const query = words((context.params.q ?? '').replace(/''/g, "'"));
  const drive = context.store.drive;
  const hits: { wire: Record<string, unknown>; score: number; modified: string }[] = [];
  for (const item of drive.items) {
    if (item.id === scopeId || item.parentId === null || !isDescendant(drive, item.id, scopeId)) continue;
    const rest = [item.description ?? '', item.lastModifiedBy, item.createdBy ?? '', contentText(item)].join(
      ' ',
    );
    const itemScore = score(query, item.name, rest);
    if (itemScore > 0)
      hits.push({
        wire: { ...driveItemToWire(context, item), searchResult: {} },
        score: itemScore,
        modified: item.lastModifiedDateTime,
      });
  }
  if (includeShared)
    for (const remote of drive.sharedWithMe) {
      const remoteScore = score(query, remote.name, `${remote.owner} ${remote.contentText}`);
      if (remoteScore > 0)
        hits.push({
          wire: remoteToWire(context, remote),
          score: remoteScore,
          modified: remote.lastModifiedDateTime,
        });
    }
  hits.sort((left, right) => right.score - left.score || right.modified.localeCompare(left.modified));
  // Search results keep relevance order, so the profile has no default $orderby.
  return context.reply.collection(
    hits.map((hit) => hit.wire),
    collectionProfiles.driveSearch,
    { properties: DRIVE_ITEM_PROPERTIES, context: 'Collection(driveItem)' },
  );
}
