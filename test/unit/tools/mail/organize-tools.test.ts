/** Organize and delete tools: batched changes to messages or whole conversations, undo info, clean failures. */
import { isGraphRequestError } from '../../../../src/graph/errors';
import { deleteCategoryTool, upsertCategoryTool } from '../../../../src/tools/mail/categories';
import { createFolderTool } from '../../../../src/tools/mail/folder-tools';
import { listMessagesTool } from '../../../../src/tools/mail/list-messages';
import { deleteMessageTool, moveMessageTool } from '../../../../src/tools/mail/move-message';
import { updateMessageTool } from '../../../../src/tools/mail/update-message';
import {
  folderIdOf,
  graphWithScopes,
  mailState,
  messageBySubject,
  startMailHarness,
  writes,
} from './mail-fixtures';
import { failure, setUpToolHarness } from '../tool-test-setup';

const harness = setUpToolHarness(startMailHarness);

const stored = (id: string) =>
  mailState(harness).mail.messages.find((message) => message.id === id || message.immutableId === id);

describe('mail_update_message', () => {
  it('marks one message unread and adds a category in a $batch, with undo to the prior state', async () => {
    const lunch = messageBySubject(harness, 'Team lunch Friday');
    const args = { ids: [lunch.immutableId], isRead: false, addCategories: ['Urgent'] };
    const preview = await harness.preview(updateMessageTool, args);
    expect(preview).toMatchObject({ count: 1, title: 'Update messages' });
    expect(preview.fields.map((field) => field.value)).toEqual([
      '1 message',
      'Team lunch Friday',
      'mark unread; add categories Urgent',
    ]);
    harness.clearRequests();

    const result = await harness.run(updateMessageTool, args);
    const patches = writes(harness);
    expect(patches).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        path: `/me/messages/${lunch.immutableId}`,
        batchStepId: '1',
        body: { isRead: false, categories: ['Urgent'] },
      }),
    ]);
    expect(
      harness.requests().some((request) => request.path === '/$batch' && request.method === 'POST'),
    ).toBe(true);
    expect(stored(lunch.id)).toMatchObject({ isRead: false, categories: ['Urgent'] });
    expect(result.undo).toEqual({
      tool: 'mail_update_message',
      args: { ids: [lunch.immutableId], scope: 'message', isRead: true, removeCategories: ['Urgent'] },
      label: 'Undo the change',
    });
    await harness.run(updateMessageTool, result.undo?.args);
    expect(stored(lunch.id)).toMatchObject({ isRead: true, categories: [] });
  });

  it('flags a whole conversation with a due date; the preview names the count', async () => {
    const reply = messageBySubject(harness, 'RE: Invoice 4471 for November', 'inbox');
    const args = { ids: [reply.id], scope: 'conversation', due: '2026-11-27' };
    const preview = await harness.preview(updateMessageTool, args);
    expect(preview.count).toBe(3);
    expect(preview.fields[0]?.value).toBe('3 messages (whole conversation)');
    harness.clearRequests();
    const result = await harness.run(updateMessageTool, args);
    expect(writes(harness)).toHaveLength(3);
    expect(writes(harness)[0]?.body).toEqual({
      flag: {
        flagStatus: 'flagged',
        startDateTime: { dateTime: '2026-11-20T00:00:00', timeZone: 'Europe/Berlin' },
        dueDateTime: { dateTime: '2026-11-27T00:00:00', timeZone: 'Europe/Berlin' },
      },
    });
    const conversation = mailState(harness).mail.messages.filter(
      (message) => message.conversationId === reply.conversationId,
    );
    expect(conversation.map((message) => message.flag.flagStatus)).toEqual(['flagged', 'flagged', 'flagged']);
    expect((result.content as { updated: number }).updated).toBe(3);
    const listed = await harness.run(listMessagesTool, { flagged: true, limit: 5 });
    expect((listed.content as { messages: { flag?: string }[] }).messages[0]?.flag).toMatch(
      /^flagged, due (Fri )?2026-11-27$/,
    );
    // One message was already flagged, the others not: there is no single prior state to restore.
    expect(result.undo).toBeUndefined();
  });

  it('reads several messages in one $batch and fails whole when one id is unknown', async () => {
    const lunch = messageBySubject(harness, 'Team lunch Friday');
    const roadmap = messageBySubject(harness, 'Roadmap review');
    const result = await harness.run(updateMessageTool, { ids: [lunch.id, roadmap.id], importance: 'low' });
    expect((result.content as { updated: number }).updated).toBe(2);
    expect(
      harness.requests().filter((request) => request.method === 'GET' && request.batchStepId),
    ).toHaveLength(2);
    expect([stored(lunch.id)?.importance, stored(roadmap.id)?.importance]).toEqual(['low', 'low']);
    harness.clearRequests();
    const error = await failure(
      harness.run(updateMessageTool, { ids: [lunch.id, 'AAMkAGnope='], importance: 'high' }),
    );
    expect(isGraphRequestError(error) && error.kind).toBe('not-found');
    expect(writes(harness)).toEqual([]);
    expect(stored(lunch.id)?.importance).toBe('low');
  });

  it('fails on an unknown id or no change, and a missing Mail.ReadWrite, changing nothing', async () => {
    const unknown = await failure(harness.run(updateMessageTool, { ids: ['AAMkAGnope='], isRead: true }));
    expect(isGraphRequestError(unknown) && unknown.kind).toBe('not-found');
    const lunch = messageBySubject(harness, 'Team lunch Friday');
    const nothing = await failure(harness.run(updateMessageTool, { ids: [lunch.id] }));
    expect(nothing.code).toBe('nothing-to-change');
    const forbidden = await failure(
      harness.run(
        updateMessageTool,
        { ids: [lunch.id], isRead: false },
        { graph: graphWithScopes(harness, ['Mail.Read']) },
      ),
    );
    expect(isGraphRequestError(forbidden) && forbidden.kind).toBe('forbidden');
    expect(forbidden.userMessage).toContain('Mail.ReadWrite');
    expect(writes(harness).filter((request) => request.status < 400)).toEqual([]);
    expect(stored(lunch.id)?.isRead).toBe(true);
  });
});

describe('mail_move_message', () => {
  it('moves a whole conversation to Archive (Sent Items stays), keeps ImmutableIds, and undo moves it back', async () => {
    const reply = messageBySubject(harness, 'RE: Invoice 4471 for November', 'inbox');
    const args = { ids: [reply.immutableId], scope: 'conversation', folder: 'archive' };
    const preview = await harness.preview(moveMessageTool, args);
    expect(preview.fields.map((field) => field.value)).toEqual([
      '2 messages (whole conversation)',
      'RE: Invoice 4471 for November',
      'Archive',
    ]);
    harness.clearRequests();

    const result = await harness.run(moveMessageTool, args);
    // Planned in one $batch (the message, Archive, Sent Items and Drafts ids), then the conversation, then the moves.
    expect(harness.requests().filter((request) => !request.batchStepId)).toHaveLength(3);
    expect(
      harness
        .requests()
        .filter((request) => request.batchStepId && request.method === 'GET')
        .map((request) => request.path.split('/').slice(0, 3).join('/'))
        .sort(),
    ).toEqual(['/me/mailFolders', '/me/mailFolders', '/me/mailFolders', '/me/messages']);
    const moves = writes(harness);
    expect(moves).toHaveLength(2);
    expect(
      moves.every(
        (request) => request.path.endsWith('/move') && request.headers.prefer === 'IdType="ImmutableId"',
      ),
    ).toBe(true);
    expect(moves[0]?.body).toEqual({ destinationId: folderIdOf(harness, 'archive') });
    const archive = folderIdOf(harness, 'archive');
    const inbox = folderIdOf(harness, 'inbox');
    const conversation = mailState(harness).mail.messages.filter(
      (message) => message.conversationId === reply.conversationId,
    );
    expect(conversation.map((message) => message.parentFolderId).sort()).toEqual(
      [archive, archive, folderIdOf(harness, 'sentitems')].sort(),
    );
    const content = result.content as { moved: number; ids: string[] };
    expect(content.moved).toBe(2);
    expect(content.ids).toContain(reply.immutableId);
    expect(result.undo).toEqual({
      tool: 'mail_move_message',
      args: { ids: content.ids, folder: inbox },
      label: 'Move back 2 messages',
    });

    await harness.run(moveMessageTool, result.undo?.args);
    expect(stored(reply.immutableId)?.parentFolderId).toBe(inbox);
  });

  it('moves to a folder given by name with no second read of that folder, and no Sent Items or Drafts look-up', async () => {
    const lunch = messageBySubject(harness, 'Team lunch Friday');
    const roadmap = messageBySubject(harness, 'Roadmap review');
    const result = await harness.run(moveMessageTool, { ids: [lunch.id, roadmap.id], folder: 'Clients' });
    expect((result.content as { moved: number }).moved).toBe(2);
    const clients = mailState(harness).mail.folders.find((folder) => folder.displayName === 'Clients');
    expect([stored(lunch.id)?.parentFolderId, stored(roadmap.id)?.parentFolderId]).toEqual([
      clients?.id,
      clients?.id,
    ]);
    const folderReads = harness
      .requests()
      .filter((request) => request.method === 'GET' && request.path.startsWith('/me/mailFolders/'));
    expect(folderReads.filter((request) => !request.path.endsWith('/childFolders'))).toEqual([]);
  });

  it('fails on an unknown folder before moving anything', async () => {
    const lunch = messageBySubject(harness, 'Team lunch Friday');
    const error = await failure(harness.run(moveMessageTool, { ids: [lunch.id], folder: 'Receipts' }));
    expect(error.code).toBe('folder-not-found');
    expect(writes(harness)).toEqual([]);
    expect(stored(lunch.id)?.parentFolderId).toBe(folderIdOf(harness, 'inbox'));
  });
});

describe('mail_delete_message', () => {
  it('moves to Deleted Items (recoverable) with undo back to the folder it came from', async () => {
    const lunch = messageBySubject(harness, 'Team lunch Friday');
    const preview = await harness.preview(deleteMessageTool, { ids: [lunch.immutableId] });
    expect(preview).toMatchObject({ title: 'Delete messages', count: 1 });
    expect(preview.fields.at(-1)).toMatchObject({ label: 'To folder', value: 'Deleted Items' });
    harness.clearRequests();
    const result = await harness.run(deleteMessageTool, { ids: [lunch.immutableId] });
    expect(writes(harness)).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: `/me/messages/${lunch.immutableId}/move`,
        body: { destinationId: folderIdOf(harness, 'deleteditems') },
      }),
    ]);
    expect(stored(lunch.immutableId)?.parentFolderId).toBe(folderIdOf(harness, 'deleteditems'));
    expect(result.undo?.args).toEqual({ ids: [lunch.immutableId], folder: folderIdOf(harness, 'inbox') });
    expect(deleteMessageTool.targets?.({ ids: [lunch.immutableId] })).toEqual({
      itemIds: [lunch.immutableId],
    });
  });

  it('an unknown id fails and nothing moves', async () => {
    const error = await failure(harness.run(deleteMessageTool, { ids: ['AAMkAGnope='] }));
    expect(isGraphRequestError(error) && error.kind).toBe('not-found');
    expect(writes(harness)).toEqual([]);
  });

  it('reads the message and the Deleted Items id together: one round trip before the move', async () => {
    const lunch = messageBySubject(harness, 'Team lunch Friday');
    await harness.run(deleteMessageTool, { ids: [lunch.immutableId] });
    expect(
      harness.requests().map((request) => `${request.batchStepId ? 'step ' : ''}${request.method}`),
    ).toEqual(['POST', 'step GET', 'step GET', 'POST', 'step POST']);
    expect(stored(lunch.immutableId)?.parentFolderId).toBe(folderIdOf(harness, 'deleteditems'));
  });

  it('a known message with an unknown id beside it fails whole: nothing moves', async () => {
    const lunch = messageBySubject(harness, 'Team lunch Friday');
    const error = await failure(harness.run(deleteMessageTool, { ids: [lunch.immutableId, 'AAMkAGnope='] }));
    expect(isGraphRequestError(error) && error.kind).toBe('not-found');
    expect(writes(harness)).toEqual([]);
    expect(stored(lunch.immutableId)?.parentFolderId).toBe(folderIdOf(harness, 'inbox'));
  });
});

describe('mail_create_folder', () => {
  it('creates a child folder of Inbox', async () => {
    const preview = await harness.preview(createFolderTool, { name: 'Receipts', parent: 'inbox' });
    expect(preview.fields).toEqual([
      { label: 'Name', value: 'Receipts', kind: 'folder', editableArg: 'name' },
      { label: 'Inside', value: 'inbox', kind: 'folder' },
    ]);
    const result = await harness.run(createFolderTool, { name: 'Receipts', parent: 'inbox' });
    expect(writes(harness)).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/me/mailFolders/inbox/childFolders',
        body: { displayName: 'Receipts' },
      }),
    ]);
    const created = mailState(harness).mail.folders.find((folder) => folder.displayName === 'Receipts');
    expect(created?.parentFolderId).toBe(folderIdOf(harness, 'inbox'));
    expect((result.content as { id: string }).id).toBe(created?.id);
  });

  it('refuses a name with a slash, and an existing name', async () => {
    expect(() => createFolderTool.input.parse({ name: 'a/b' })).toThrow(/cannot contain/);
    const error = await failure(harness.run(createFolderTool, { name: 'Clients' }));
    expect(error.code).toBe('folder-exists');
    expect(mailState(harness).mail.folders.filter((folder) => folder.displayName === 'Clients')).toHaveLength(
      1,
    );
  });
});

describe('mail_upsert_category and mail_delete_category', () => {
  it('creates a category with a named colour and recolours an existing one (with undo)', async () => {
    const createPreview = await harness.preview(upsertCategoryTool, { name: 'Finance', colour: 'Blue' });
    expect(createPreview.title).toBe('Create category');
    expect(createPreview.fields[1]?.value).toBe('blue');
    harness.clearRequests();
    await harness.run(upsertCategoryTool, { name: 'Finance', colour: 'Blue' });
    expect(writes(harness)).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/me/outlook/masterCategories',
        body: { displayName: 'Finance', color: 'preset7' },
      }),
    ]);
    harness.clearRequests();
    const recolour = await harness.run(upsertCategoryTool, { name: 'customer', colour: 'red' });
    expect(writes(harness)).toEqual([
      expect.objectContaining({ method: 'PATCH', body: { color: 'preset0' } }),
    ]);
    expect(recolour.undo?.args).toEqual({ name: 'Customer', colour: 'preset4' });
    const categories = mailState(harness).mail.categories.map((category) => [
      category.displayName,
      category.color,
    ]);
    expect(categories).toEqual(
      expect.arrayContaining([
        ['Finance', 'preset7'],
        ['Customer', 'preset0'],
      ]),
    );
  });

  it('refuses a rename (Outlook cannot) and an unknown colour, changing nothing', async () => {
    const error = await failure(harness.run(upsertCategoryTool, { name: 'Customer', newName: 'Clients' }));
    expect(error.code).toBe('category-rename-unsupported');
    expect(() => upsertCategoryTool.input.parse({ name: 'X', colour: 'mauve' })).toThrow(
      /Colour must be one of/,
    );
    expect(writes(harness)).toEqual([]);
  });

  it('deletes a category by name with undo to recreate it; an unknown name lists the categories', async () => {
    const preview = await harness.preview(deleteCategoryTool, { name: 'urgent' });
    expect(preview.fields).toEqual([
      { label: 'Category', value: 'Urgent', kind: 'text' },
      { label: 'Colour', value: 'red', kind: 'text' },
    ]);
    const result = await harness.run(deleteCategoryTool, { name: 'urgent' });
    expect(writes(harness)).toEqual([expect.objectContaining({ method: 'DELETE' })]);
    expect(mailState(harness).mail.categories.map((category) => category.displayName)).toEqual(['Customer']);
    expect(result.undo?.args).toEqual({ name: 'Urgent', colour: 'preset0' });
    const error = await failure(harness.run(deleteCategoryTool, { name: 'Nope' }));
    expect(error.message).toBe("No category 'Nope'. Categories: Customer.");
  });
});
