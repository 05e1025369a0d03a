/**
 * The simulator's stand-ins for the preauthenticated URLs Graph hands out (they live on SharePoint hosts there):
 *   GET    /_content/download/{token}   file bytes, no bearer token; `Range` → 206 (api/driveitem-get-content.md)
 *   PUT    /_content/upload/{session}   one byte range with `Content-Range` → 202 nextExpectedRanges, last → 201/200
 *   GET    /_content/upload/{session}   session status;  DELETE cancels it (204)
 * Requests land in the request log with their `/_content/...` path, so tests see the chunks a client sent.
 */
import type { IdFactory } from '../core/ids';
import { jsonResponse, type SimRequest, type SimResponse } from '../core/messages';
import type { RequestLog } from '../core/request-log';
import { summariseBody, summariseHeaders } from '../core/request-log';
import type { GraphStore } from '../store/store';
import type { UploadSessionRecord } from '../store/onedrive';
import { ensureFolderPath, replaceContent, writeFile } from './onedrive-store-ops';
import type { ConflictBehavior, DriveContext } from './onedrive-wire';
import {
  TRANSFER_PREFIX,
  driveItemToWire,
  findDriveItem,
  parseDownloadToken,
  splitPath,
} from './onedrive-wire';
import { GraphError, isGraphError } from '../core/errors';

/** Upload fragments other than the last must be multiples of 320 KiB (api/driveitem-createuploadsession.md). */
export const UPLOAD_FRAGMENT_UNIT = 320 * 1024;
const MAX_FRAGMENT = 60 * 1024 * 1024;

export interface TransferRuntime {
  store(): GraphStore;
  ids(): IdFactory;
  log: RequestLog;
}

function problem(status: number, code: string, message: string): SimResponse {
  return jsonResponse(status, { error: { code, message } });
}

function download(context: DriveContext, token: string, headers: Record<string, string>): SimResponse {
  const parsed = parseDownloadToken(token);
  const item = parsed ? findDriveItem(context.store.drive, parsed.itemId) : undefined;
  if (!parsed || !item || item.isFolder) return problem(404, 'itemNotFound', 'The file does not exist.');
  if (context.now().getTime() > parsed.expires)
    return problem(
      401,
      'unauthenticated',
      'The download URL has expired; request the item again for a new one.',
    );
  const bytes = Buffer.from(item.contentBase64 ?? '', 'base64');
  const base = {
    'content-type': item.mimeType ?? 'application/octet-stream',
    'content-disposition': `attachment; filename="${encodeURIComponent(item.name)}"`,
    'accept-ranges': 'bytes',
    etag: item.eTag,
  };
  const range = headers.range;
  if (!range) return { status: 200, headers: base, body: { kind: 'bytes', value: bytes } };
  const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  let start = match && match[1] !== '' ? Number(match[1]) : undefined;
  let end = match && match[2] !== '' ? Number(match[2]) : undefined;
  if (match && start === undefined && end !== undefined) {
    start = Math.max(0, bytes.length - end);
    end = bytes.length - 1;
  }
  if (!match || start === undefined || start >= bytes.length || (end !== undefined && end < start))
    return {
      status: 416,
      headers: { 'content-range': `bytes */${bytes.length}`, 'content-type': 'application/json' },
      body: {
        kind: 'json',
        value: { error: { code: 'invalidRange', message: `Cannot satisfy range '${range}'.` } },
      },
    };
  const last = Math.min(end ?? bytes.length - 1, bytes.length - 1);
  return {
    status: 206,
    headers: { ...base, 'content-range': `bytes ${start}-${last}/${bytes.length}` },
    body: { kind: 'bytes', value: bytes.subarray(start, last + 1) },
  };
}

function sessionStatus(session: UploadSessionRecord): Record<string, unknown> {
  const received = Buffer.from(session.receivedBase64, 'base64').length;
  return { expirationDateTime: session.expirationDateTime, nextExpectedRanges: [`${received}-`] };
}

function complete(context: DriveContext, session: UploadSessionRecord, bytes: Uint8Array): SimResponse {
  const drive = context.store.drive;
  drive.uploadSessions = drive.uploadSessions.filter((candidate) => candidate !== session);
  const existing = session.itemId ? findDriveItem(drive, session.itemId) : undefined;
  if (session.itemId && !existing)
    return problem(404, 'itemNotFound', 'The file this session replaces is gone.');
  if (existing) {
    replaceContent(context, existing, bytes);
    return jsonResponse(200, driveItemToWire(context, existing));
  }
  const { parentPath, name } = splitPath(session.name);
  const parent = ensureFolderPath(context, session.parentId, parentPath);
  const result = writeFile(
    context,
    parent,
    name,
    bytes,
    (session.conflictBehavior ?? 'replace') as ConflictBehavior,
  );
  return jsonResponse(result.created ? 201 : 200, driveItemToWire(context, result.item));
}

function upload(context: DriveContext, session: UploadSessionRecord, request: SimRequest): SimResponse {
  const header = request.headers['content-range'];
  const match = header ? /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(header.trim()) : null;
  if (!match)
    return problem(400, 'invalidRequest', "A fragment needs 'Content-Range: bytes start-end/total'.");
  const start = Number(match[1]);
  const end = Number(match[2]);
  const total = match[3] === '*' ? undefined : Number(match[3]);
  const received = Buffer.from(session.receivedBase64, 'base64');
  const body = request.body;
  if (end < start || body.length !== end - start + 1)
    return problem(
      400,
      'invalidRequest',
      `Content-Range covers ${end - start + 1} bytes but the body has ${body.length}.`,
    );
  if (body.length > MAX_FRAGMENT) return problem(413, 'invalidRequest', 'A fragment may be at most 60 MiB.');
  if (start !== received.length)
    return {
      status: 416,
      headers: { 'content-type': 'application/json' },
      body: {
        kind: 'json',
        value: {
          error: { code: 'invalidRange', message: `Expected the fragment starting at ${received.length}.` },
          ...sessionStatus(session),
        },
      },
    };
  if (total === undefined)
    return problem(400, 'invalidRequest', 'The total size is required in Content-Range.');
  if (session.expectedSize !== null && total !== session.expectedSize)
    return problem(
      400,
      'invalidRequest',
      `The session was created for ${session.expectedSize} bytes, not ${total}.`,
    );
  const isLast = end === total - 1;
  if (!isLast && body.length % UPLOAD_FRAGMENT_UNIT !== 0)
    return problem(400, 'invalidRequest', 'Fragments other than the last must be a multiple of 320 KiB.');
  if (end >= total)
    return problem(400, 'invalidRequest', 'The fragment ends beyond the declared total size.');
  const combined = Buffer.concat([received, body]);
  if (isLast) return complete(context, session, combined);
  session.receivedBase64 = combined.toString('base64');
  session.expectedSize = total;
  return jsonResponse(202, sessionStatus(session));
}

/** Handles one request under `/_content/`; `path` is the path after the mount point. */
export async function handleDriveTransfer(
  runtime: TransferRuntime,
  request: SimRequest,
): Promise<SimResponse> {
  const store = runtime.store();
  const entry = runtime.log.add({
    receivedAt: new Date().toISOString(),
    method: request.method.toUpperCase(),
    path: request.path,
    query: Object.fromEntries(new URLSearchParams(request.query)),
    headers: {
      ...summariseHeaders(request.headers),
      ...(request.headers['content-range'] ? { 'content-range': request.headers['content-range'] } : {}),
    },
    body: summariseBody(request.body, request.headers['content-type']),
    status: 0,
  });
  const context: DriveContext = {
    store,
    ids: runtime.ids(),
    now: () => new Date(store.now),
    graphBaseUrl: `${request.origin}/v1.0`,
  };
  const [kind, key = ''] = request.path.slice(TRANSFER_PREFIX.length + 1).split('/');
  const method = request.method.toUpperCase();
  let response: SimResponse;
  try {
    if (kind === 'download' && method === 'GET') response = download(context, key, request.headers);
    else if (kind === 'upload') {
      const session = store.drive.uploadSessions.find((candidate) => candidate.id === key);
      if (!session)
        response = problem(404, 'itemNotFound', 'The upload session does not exist or has ended.');
      else if (context.now().toISOString() > session.expirationDateTime)
        response = problem(404, 'itemNotFound', 'The upload session has expired.');
      else if (method === 'PUT') response = upload(context, session, request);
      else if (method === 'GET') response = jsonResponse(200, sessionStatus(session));
      else if (method === 'DELETE') {
        store.drive.uploadSessions = store.drive.uploadSessions.filter((candidate) => candidate !== session);
        response = { status: 204, headers: {}, body: { kind: 'none' } };
      } else response = problem(405, 'invalidRequest', `${method} is not allowed on an upload URL.`);
    } else response = problem(404, 'itemNotFound', `No transfer endpoint at '${request.path}'.`);
  } catch (error) {
    const graphError = isGraphError(error)
      ? error
      : new GraphError(500, 'generalException', error instanceof Error ? error.message : String(error));
    response = problem(graphError.status, graphError.code, graphError.message);
  }
  entry.status = response.status;
  return response;
}
