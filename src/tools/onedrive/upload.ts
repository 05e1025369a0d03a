/**
 * Uploads: ≤ 4 MB as one PUT (simple upload), larger through an upload session whose byte ranges go to the
 * preauthenticated `uploadUrl` without an Authorization header (api/driveitem-createuploadsession.md).
 */
import type { ToolContext } from '../define-tool';
import { FILES_WRITE, driveCall, normalisePath, type DriveItemWire } from './drive-graph';
import { OneDriveToolError } from './onedrive-errors';

export const SIMPLE_UPLOAD_MAX = 4 * 1024 * 1024;
/** Fragments must be multiples of 320 KiB; ten units (3.2 MB) per request stays well under the 60 MiB cap. */
export const UPLOAD_CHUNK = 10 * 320 * 1024;
export const UPLOAD_MAX = 250 * 1024 * 1024;

export type ConflictBehavior = 'fail' | 'replace' | 'rename';

function pathAddress(path: string): string {
  return `/me/drive/root:${normalisePath(path).split('/').map(encodeURIComponent).join('/')}:`;
}

async function uploadInSession(
  ctx: ToolContext,
  path: string,
  bytes: Uint8Array,
  conflict: ConflictBehavior,
): Promise<DriveItemWire> {
  const session = await driveCall(`'${normalisePath(path)}'`, () =>
    ctx.graph.post<{ uploadUrl: string }>(
      `${pathAddress(path)}/createUploadSession`,
      { item: { '@microsoft.graph.conflictBehavior': conflict } },
      { scopes: FILES_WRITE, signal: ctx.signal },
    ),
  );
  for (let start = 0; start < bytes.length; start += UPLOAD_CHUNK) {
    const end = Math.min(start + UPLOAD_CHUNK, bytes.length) - 1;
    // The upload URL carries its own credential; Graph's docs say not to send the bearer token to it.
    const response = await fetch(session.uploadUrl, {
      method: 'PUT',
      headers: { 'content-range': `bytes ${start}-${end}/${bytes.length}` },
      body: bytes.slice(start, end + 1) as Uint8Array<ArrayBuffer>,
      signal: ctx.signal,
    });
    if (response.status === 200 || response.status === 201) return (await response.json()) as DriveItemWire;
    if (response.status !== 202) {
      await fetch(session.uploadUrl, { method: 'DELETE', signal: ctx.signal }).catch(() => undefined);
      const detail = ((await response.json().catch(() => ({}))) as { error?: { message?: string } }).error
        ?.message;
      if (response.status === 409)
        throw new OneDriveToolError(
          'name-exists',
          `'${normalisePath(path)}' already exists. Choose another name or conflictBehavior.`,
        );
      throw new OneDriveToolError(
        'upload-failed',
        `The upload stopped at byte ${start} (${response.status}${detail ? `: ${detail}` : ''}). Nothing was saved; try again.`,
      );
    }
  }
  throw new OneDriveToolError(
    'upload-failed',
    'The upload session did not confirm the last fragment. Nothing was saved.',
  );
}

/** Writes a file at `path` (from the drive root), choosing simple upload or a session by size. */
export async function uploadFile(
  ctx: ToolContext,
  path: string,
  bytes: Uint8Array,
  conflict: ConflictBehavior,
  contentType = 'application/octet-stream',
): Promise<{ item: DriveItemWire; method: 'simple' | 'session' }> {
  if (bytes.length > UPLOAD_MAX)
    throw new OneDriveToolError(
      'too-large',
      `The file is larger than ${UPLOAD_MAX / 1024 / 1024} MB, the limit for uploads from here.`,
    );
  if (bytes.length > SIMPLE_UPLOAD_MAX)
    return { item: await uploadInSession(ctx, path, bytes, conflict), method: 'session' };
  const item = await driveCall(`'${normalisePath(path)}'`, () =>
    ctx.graph.put<DriveItemWire>(`${pathAddress(path)}/content`, bytes, {
      query: { '@microsoft.graph.conflictBehavior': conflict },
      headers: { 'content-type': contentType },
      scopes: FILES_WRITE,
      signal: ctx.signal,
    }),
  );
  return { item, method: 'simple' };
}
