/** OneDrive side-effect tools: previews, what Graph received, the store afterwards, failures that change nothing. */
import type { DriveStore } from '../../../../src/simulators/graph/store/onedrive';
import {
  createSharingLinkTool,
  deleteItemTool,
  moveItemTool,
} from '../../../../src/tools/onedrive/item-actions';
import {
  createFolderTool,
  saveAttachmentTool,
  uploadFileTool,
} from '../../../../src/tools/onedrive/write-tools';
import type { OfficeHost } from '../../../../src/office/types';
import { failure, setUpToolHarness, type Json } from '../tool-test-setup';

const harness = setUpToolHarness();

const drive = (): DriveStore => harness.simulator.store().drive;
const byName = (name: string) => drive().items.find((item) => item.name === name);
const writes = () => harness.requests().filter((request) => request.method !== 'GET');

describe('onedrive_upload_file', () => {
  it('previews path, size and conflict; a small file goes as one PUT with the conflict behaviour', async () => {
    const preview = await harness.preview(uploadFileTool, {
      path: '/Documents/notes.md',
      text: '# Notes\n',
      conflictBehavior: 'fail',
    });
    expect(preview.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: 'Path', value: '/Documents/notes.md', editableArg: 'path' }),
        expect.objectContaining({ label: 'If it exists', value: 'fail' }),
      ]),
    );
    expect(preview.warnings).toEqual([]);
    harness.clearRequests();
    const result = await harness.run(uploadFileTool, {
      path: '/Documents/notes.md',
      text: '# Notes\n',
      conflictBehavior: 'fail',
    });
    expect((result.content as Json).method).toBe('simple upload');
    expect(
      writes().map(
        (request) =>
          `${request.method} ${request.path} ${request.query['@microsoft.graph.conflictBehavior']}`,
      ),
    ).toEqual(['PUT /me/drive/root:/Documents/notes.md:/content fail']);
    const stored = byName('notes.md');
    expect(Buffer.from(stored?.contentBase64 ?? '', 'base64').toString('utf8')).toBe('# Notes\n');
    expect(stored?.mimeType).toBe('text/markdown');
  });

  it('warns before replacing an existing file, and fails cleanly with fail (nothing changes)', async () => {
    const preview = await harness.preview(uploadFileTool, {
      path: '/Documents/team-offsite-agenda.txt',
      text: 'x',
      conflictBehavior: 'replace',
    });
    expect(preview.warnings[0]).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Replaces the existing file'),
    });
    const before = JSON.stringify(drive().items);
    const error = await failure(
      harness.run(uploadFileTool, {
        path: '/Documents/team-offsite-agenda.txt',
        text: 'x',
        conflictBehavior: 'fail',
      }),
    );
    expect(error.code).toBe('name-exists');
    expect(JSON.stringify(drive().items)).toBe(before);
    const renamed = await harness.run(uploadFileTool, {
      path: '/Documents/team-offsite-agenda.txt',
      text: 'x',
      conflictBehavior: 'rename',
    });
    expect(String((renamed.content as Json).saved.name)).toContain('team-offsite-agenda 1.txt');
  });

  it('sends a file over 4 MB through an upload session in 320 KiB-multiple chunks without a bearer token', async () => {
    const bytes = Buffer.alloc(5 * 1024 * 1024, 0x61);
    const result = await harness.run(uploadFileTool, {
      path: '/Videos/big.bin',
      contentBase64: bytes.toString('base64'),
      conflictBehavior: 'replace',
    });
    expect((result.content as Json).method).toBe('upload session (chunked)');
    const calls = writes();
    expect(calls[0]).toMatchObject({
      method: 'POST',
      path: '/me/drive/root:/Videos/big.bin:/createUploadSession',
    });
    const chunks = calls.slice(1);
    expect(chunks.length).toBe(2);
    expect(
      chunks.every(
        (chunk) => chunk.path.startsWith('/_content/upload/') && chunk.headers.authorization === undefined,
      ),
    ).toBe(true);
    expect(chunks[0]?.headers['content-range']).toBe(`bytes 0-${10 * 320 * 1024 - 1}/${bytes.length}`);
    expect(Buffer.from(byName('big.bin')?.contentBase64 ?? '', 'base64').length).toBe(bytes.length);
  });

  it('rejects both or neither content argument, and a path without a file name', async () => {
    await expect(harness.run(uploadFileTool, { path: '/a.txt', conflictBehavior: 'fail' })).rejects.toThrow(
      /exactly one/,
    );
    const error = await failure(
      harness.run(uploadFileTool, { path: '/', text: 'x', conflictBehavior: 'fail' }),
    );
    expect(error.code).toBe('invalid-path');
    expect(writes()).toEqual([]);
  });
});

describe('onedrive_save_attachment', () => {
  const withAttachment = () => {
    const message = harness.simulator
      .store()
      .mail.messages.find((candidate) =>
        candidate.attachments.some(
          (attachment) => attachment['@odata.type'] === '#microsoft.graph.fileAttachment',
        ),
      );
    if (!message) throw new Error('the demo mailbox has no message with a file attachment');
    const attachment = message.attachments.find(
      (candidate) => candidate['@odata.type'] === '#microsoft.graph.fileAttachment',
    );
    return { message, attachment: attachment as NonNullable<typeof attachment> };
  };

  it('copies the attachment bytes of the open email into a folder', async () => {
    const { message, attachment } = withAttachment();
    const office = { getCurrentItem: async () => ({ restId: message.id }) } as unknown as OfficeHost;
    const preview = await harness.preview(
      saveAttachmentTool,
      { attachmentId: attachment.id, folderPath: '/Shared', conflictBehavior: 'rename' },
      { office },
    );
    expect(preview.fields[1]).toMatchObject({ label: 'Save as', value: `/Shared/${attachment.name}` });
    harness.clearRequests();
    await harness.run(
      saveAttachmentTool,
      { attachmentId: attachment.id, folderPath: '/Shared', conflictBehavior: 'rename' },
      { office },
    );
    expect(harness.requests()[0]?.path).toMatch(/^\/me\/messages\/.+\/attachments\/.+$/);
    const saved = drive().items.find(
      (item) => item.name === attachment.name && item.parentId === byName('Shared')?.id,
    );
    expect(saved?.contentBase64).toBe(attachment.contentBytes);
  });

  it('asks for a messageId when no email is open, and says when the folder does not exist (nothing saved)', async () => {
    const { message, attachment } = withAttachment();
    const noEmail = await failure(
      harness.run(saveAttachmentTool, {
        attachmentId: attachment.id,
        folderPath: '/Shared',
        conflictBehavior: 'fail',
      }),
    );
    expect(noEmail.code).toBe('no-current-message');
    const count = drive().items.length;
    const noFolder = await failure(
      harness.run(saveAttachmentTool, {
        messageId: message.id,
        attachmentId: attachment.id,
        folderPath: '/Nowhere',
        conflictBehavior: 'fail',
      }),
    );
    expect(noFolder.code).toBe('item-not-found');
    expect(drive().items).toHaveLength(count);
  });
});

describe('onedrive_create_folder, onedrive_move_item, onedrive_create_sharing_link, onedrive_delete_item', () => {
  it('creates a folder; an existing name fails unless rename', async () => {
    await harness.run(createFolderTool, { parentPath: '/Documents', name: 'Invoices' });
    expect(writes()[0]).toMatchObject({
      method: 'POST',
      body: { name: 'Invoices', folder: {}, '@microsoft.graph.conflictBehavior': 'fail' },
    });
    expect(byName('Invoices')?.isFolder).toBe(true);
    const again = await failure(
      harness.run(createFolderTool, { parentPath: '/Documents', name: 'Invoices' }),
    );
    expect(again.code).toBe('name-exists');
    const renamed = await harness.run(createFolderTool, {
      parentPath: '/Documents',
      name: 'Invoices',
      conflictBehavior: 'rename',
    });
    expect(String((renamed.content as Json).created.name)).toContain('Invoices 1');
  });

  it('moves and renames in one PATCH, offers an undo, and fails cleanly for a missing destination', async () => {
    const preview = await harness.preview(moveItemTool, {
      path: '/Documents/launch-metrics.json',
      destinationPath: '/Shared',
      newName: 'metrics.json',
    });
    expect(preview.title).toBe('Move a OneDrive item');
    const result = await harness.run(moveItemTool, {
      path: '/Documents/launch-metrics.json',
      destinationPath: '/Shared',
      newName: 'metrics.json',
    });
    const patch = writes()[0];
    expect(patch).toMatchObject({
      method: 'PATCH',
      body: { name: 'metrics.json', parentReference: { id: byName('Shared')?.id } },
    });
    expect(byName('metrics.json')?.parentId).toBe(byName('Shared')?.id);
    expect(result.undo).toMatchObject({
      tool: 'onedrive_move_item',
      args: { destinationPath: '/Documents', newName: 'launch-metrics.json' },
    });
    harness.clearRequests();
    const missing = await failure(
      harness.run(moveItemTool, { path: '/Shared/metrics.json', destinationPath: '/Nope' }),
    );
    expect(missing.code).toBe('item-not-found');
    const nothing = await failure(harness.run(moveItemTool, { path: '/Shared/metrics.json' }));
    expect(nothing.code).toBe('nothing-to-change');
    expect(writes()).toEqual([]);
  });

  it('creates a sharing link (anyone → anonymous) recorded in the store; the preview warns about anyone links', async () => {
    const preview = await harness.preview(createSharingLinkTool, {
      path: '/Documents/onboarding-v2-spec.md',
      audience: 'anyone',
      access: 'view',
    });
    expect(preview.warnings[0]?.message).toMatch(/Anyone who gets the link/);
    expect(
      createSharingLinkTool.targets?.({
        path: '/Documents/onboarding-v2-spec.md',
        audience: 'anyone',
        access: 'view',
      }),
    ).toEqual({
      paths: ['/Documents/onboarding-v2-spec.md'],
    });
    const result = await harness.run(createSharingLinkTool, {
      path: '/Documents/onboarding-v2-spec.md',
      audience: 'anyone',
      access: 'view',
    });
    expect(writes()[0]?.body).toEqual({ type: 'view', scope: 'anonymous' });
    expect(drive().shares).toEqual([
      expect.objectContaining({
        itemId: byName('onboarding-v2-spec.md')?.id,
        type: 'view',
        scope: 'anonymous',
      }),
    ]);
    expect((result.content as Json).link).toBe(drive().shares[0]?.webUrl);
  });

  it('deletes to the recycle bin with if-match; the preview names the folder contents; a missing path changes nothing', async () => {
    const preview = await harness.preview(deleteItemTool, { path: '/Documents/Project Atlas' });
    expect(preview.fields[0]).toMatchObject({ label: 'Folder', value: '/Documents/Project Atlas' });
    expect(preview.warnings[0]?.code).toBe('bulk');
    harness.clearRequests();
    await harness.run(deleteItemTool, { path: '/Documents/Project Atlas' });
    expect(writes()[0]).toMatchObject({
      method: 'DELETE',
      headers: { 'if-match': expect.stringMatching(/^"\{/) },
    });
    expect(byName('Project Atlas')).toBeUndefined();
    expect(drive().recycleBin.map((entry) => entry.originalPath)).toContain(
      '/Documents/Project Atlas/atlas-requirements.md',
    );
    const before = drive().items.length;
    const missing = await failure(harness.run(deleteItemTool, { path: '/Documents/Project Atlas' }));
    expect(missing.code).toBe('item-not-found');
    expect(drive().items).toHaveLength(before);
  });
});
