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
  eTag: string;
  cTag: string;
  description: string | null;
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
}

export interface DriveStore {
  driveId: string;
  rootId: string;
  items: DriveItemRecord[];
  uploadSessions: UploadSessionRecord[];
}
