/**
 * Mail folders by the names people use: a well-known name ("inbox", "Sent Items", "archive"), a display name or
 * path ("Projects", "Inbox/Projects"), or an id. Unknown or ambiguous names fail with the folders to choose from.
 */
import type { GraphClient } from '../../graph/types';
import { encodeGraphId } from '../../graph/types';
import { isGraphRequestError } from '../../graph/errors';
import { MAIL_READ, folderPath } from './mail-graph';
import { candidateList } from '../shared/tool-error';
import { MailToolError } from './mail-errors';

/** Graph's well-known folder names, keyed by the spellings a user or model may use. */
const WELL_KNOWN: Readonly<Record<string, string>> = {
  inbox: 'inbox',
  drafts: 'drafts',
  draft: 'drafts',
  sentitems: 'sentitems',
  sent: 'sentitems',
  'sent items': 'sentitems',
  'sent mail': 'sentitems',
  deleteditems: 'deleteditems',
  deleted: 'deleteditems',
  'deleted items': 'deleteditems',
  trash: 'deleteditems',
  archive: 'archive',
  junkemail: 'junkemail',
  junk: 'junkemail',
  'junk email': 'junkemail',
  spam: 'junkemail',
  outbox: 'outbox',
  msgfolderroot: 'msgfolderroot',
  'top of information store': 'msgfolderroot',
};

const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  inbox: 'Inbox',
  drafts: 'Drafts',
  sentitems: 'Sent Items',
  deleteditems: 'Deleted Items',
  archive: 'Archive',
  junkemail: 'Junk Email',
  outbox: 'Outbox',
  msgfolderroot: 'Top of Information Store',
};

export interface FolderWire {
  id: string;
  displayName?: string;
  parentFolderId?: string;
  childFolderCount?: number;
  unreadItemCount?: number;
  totalItemCount?: number;
}

export interface FolderNode {
  id: string;
  name: string;
  /** "Inbox/Projects". */
  path: string;
  depth: number;
  unread?: number;
  total?: number;
  childFolderCount: number;
}

export interface ResolvedFolder {
  /** The id or well-known name to put in a path or a `destinationId`. */
  id: string;
  name: string;
  /** `id` is a well-known name (inbox, deleteditems…), not the folder's own id. */
  wellKnown?: boolean;
}

const FOLDER_SELECT = 'id,displayName,parentFolderId,childFolderCount,unreadItemCount,totalItemCount';
const MAX_FOLDERS = 300;

export function wellKnownFolder(reference: string): ResolvedFolder | undefined {
  const key = WELL_KNOWN[reference.trim().toLowerCase()];
  return key ? { id: key, name: DISPLAY_NAMES[key] ?? key, wellKnown: true } : undefined;
}

/** Outlook folder ids are long base64url-ish strings; names are short and usually hold spaces or letters only. */
function looksLikeId(reference: string): boolean {
  return reference.length >= 40 && /^[A-Za-z0-9+/=_-]+$/.test(reference);
}

/** The folder tree, breadth first, to `maxDepth` levels (1 = top level only) and at most 300 folders. */
export async function listFolderTree(
  graph: GraphClient,
  options: { maxDepth: number; signal?: AbortSignal },
): Promise<FolderNode[]> {
  const top = await graph.getPages<FolderWire>('/me/mailFolders', {
    query: { $select: FOLDER_SELECT, $top: 100 },
    scopes: MAIL_READ,
    signal: options.signal,
    maxItems: MAX_FOLDERS,
  });
  const nodes: FolderNode[] = top.map((folder) => toNode(folder, '', 1));
  let level = nodes.filter((node) => node.childFolderCount > 0);
  for (
    let depth = 2;
    depth <= options.maxDepth && level.length > 0 && nodes.length < MAX_FOLDERS;
    depth += 1
  ) {
    const children = await mapFourAtATime(level, async (parent) => {
      const page = await graph.getPages<FolderWire>(`${folderPath(parent.id)}/childFolders`, {
        query: { $select: FOLDER_SELECT, $top: 100 },
        scopes: MAIL_READ,
        signal: options.signal,
        maxItems: MAX_FOLDERS - nodes.length,
      });
      return page.map((folder) => toNode(folder, parent.path, depth));
    });
    const next = children.flat().slice(0, MAX_FOLDERS - nodes.length);
    nodes.push(...next);
    level = next.filter((node) => node.childFolderCount > 0);
  }
  return nodes;
}

function toNode(folder: FolderWire, parentPath: string, depth: number): FolderNode {
  const name = folder.displayName ?? folder.id;
  return {
    id: folder.id,
    name,
    path: parentPath ? `${parentPath}/${name}` : name,
    depth,
    unread: folder.unreadItemCount,
    total: folder.totalItemCount,
    childFolderCount: folder.childFolderCount ?? 0,
  };
}

/** Resolves a folder reference; throws `folder-not-found` (listing folders) or `folder-ambiguous` (listing paths). */
export async function resolveFolder(
  graph: GraphClient,
  reference: string,
  signal?: AbortSignal,
): Promise<ResolvedFolder> {
  const trimmed = reference.trim().replace(/^\/+|\/+$/g, '');
  const known = wellKnownFolder(trimmed);
  if (known) return known;
  if (looksLikeId(trimmed)) {
    const byId = await folderById(graph, trimmed, signal);
    if (byId) return byId;
  }
  const tree = await listFolderTree(graph, { maxDepth: 4, signal });
  const wanted = trimmed.toLowerCase();
  const byPath = tree.filter((node) => node.path.toLowerCase() === wanted);
  const matches = byPath.length > 0 ? byPath : tree.filter((node) => node.name.toLowerCase() === wanted);
  if (matches.length === 1) {
    const [match] = matches as [FolderNode];
    return { id: match.id, name: match.path };
  }
  if (matches.length > 1)
    throw new MailToolError(
      'folder-ambiguous',
      `Several folders are named '${reference}': ${matches.map((node) => node.path).join('; ')}. Give the path (e.g. '${matches[0]?.path}') or the id.`,
    );
  if (!looksLikeId(trimmed) && /^[^\s/]{8,}$/.test(trimmed)) {
    const byId = await folderById(graph, trimmed, signal);
    if (byId) return byId;
  }
  throw new MailToolError(
    'folder-not-found',
    `No mail folder '${reference}'. Folders: ${candidateList(
      tree.map((node) => node.path),
      { separator: '; ', limit: 40 },
    )}.`,
  );
}

async function folderById(
  graph: GraphClient,
  id: string,
  signal?: AbortSignal,
): Promise<ResolvedFolder | undefined> {
  try {
    const folder = await graph.get<FolderWire>(`/me/mailFolders/${encodeGraphId(id)}`, {
      query: { $select: 'id,displayName' },
      scopes: MAIL_READ,
      signal,
    });
    return { id: folder.id, name: folder.displayName ?? folder.id };
  } catch (error) {
    if (isGraphRequestError(error) && (error.kind === 'not-found' || error.kind === 'bad-request'))
      return undefined;
    throw error;
  }
}

/** Outlook serves at most 4 concurrent requests per app and mailbox; more are throttled. */
async function mapFourAtATime<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += 4)
    results.push(...(await Promise.all(items.slice(start, start + 4).map(work))));
  return results;
}
