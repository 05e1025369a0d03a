/** OneDrive records: one drive, a tree of items addressed by id or by path from the root. */
export interface DriveItemRecord {
  id: string;
  name: string;
  /** null for the root. */
  parentId: string | null;
  isFolder: boolean;
  /** MIME type of a file. */
  mimeType: string | null;
  /** File bytes, base64 (so the store stays JSON). */
  contentBase64: string | null;
  createdDateTime: string;
  lastModifiedDateTime: string;
  /** Display name of who last changed it. */
  lastModifiedBy: string;
  /** Display name of who created it. @default lastModifiedBy */
  createdBy?: string;
  /** `"{GUID},N"`: N grows with every change (metadata or content). */
  eTag: string;
  /** `"c:{GUID},N"`: N grows with content changes only. */
  cTag: string;
  description: string | null;
  /** What the search index knows of a binary file's text (DOCX, PDF, XLSX), so search matches content. */
  searchText?: string;
}

export interface UploadSessionRecord {
  id: string;
  /** Target: an existing item id, or parent id + file name. */
  itemId: string | null;
  parentId: string;
  name: string;
  expectedSize: number | null;
  receivedBase64: string;
  expirationDateTime: string;
  /** fail | replace | rename, from the createUploadSession body. */
  conflictBehavior?: string;
}

/** A deleted item (and, for a folder, its descendants) kept so it could be restored. */
export interface RecycledItemRecord {
  item: DriveItemRecord;
  deletedDateTime: string;
  /** The path the item had when deleted, e.g. `/Documents/old.txt`. */
  originalPath: string;
}

/** A sharing link made with `createLink`; tests assert on these. */
export interface ShareRecord {
  id: string;
  itemId: string;
  type: 'view' | 'edit' | 'embed';
  scope: 'anonymous' | 'organization' | 'users';
  webUrl: string;
  createdDateTime: string;
}

/** An item in someone else's drive shared with the user: only drive-level search returns it (`remoteItem`). */
export interface RemoteItemRecord {
  id: string;
  driveId: string;
  name: string;
  isFolder: boolean;
  mimeType: string | null;
  contentText: string;
  size: number;
  owner: string;
  lastModifiedDateTime: string;
  webUrl: string;
}

export interface DriveStore {
  driveId: string;
  rootId: string;
  items: DriveItemRecord[];
  uploadSessions: UploadSessionRecord[];
  recycleBin: RecycledItemRecord[];
  shares: ShareRecord[];
  sharedWithMe: RemoteItemRecord[];
}
