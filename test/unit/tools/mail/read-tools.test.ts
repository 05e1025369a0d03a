/** Read tools against the simulator: what Graph received, what the model gets, and clear errors for bad input. */
import { isGraphRequestError } from '../../../../src/graph/errors';
import { listAttachmentsTool, readAttachmentTool } from '../../../../src/tools/mail/attachments';
import { listCategoriesTool } from '../../../../src/tools/mail/categories';
import { listFoldersTool } from '../../../../src/tools/mail/folder-tools';
import { getConversationTool, getMessageTool } from '../../../../src/tools/mail/get-message';
import {
  listDraftsTool,
  listMessagesTool,
  searchMessagesTool,
} from '../../../../src/tools/mail/list-messages';
import { graphWithScopes, messageBySubject, startMailHarness } from './mail-fixtures';
import { failure, setUpToolHarness } from '../tool-test-setup';

type Listed = {
  messages: { id: string; subject: string; from?: string; received?: string }[];
  folder?: string;
  more: boolean;
};

const harness = setUpToolHarness(startMailHarness, { resetTenant: false });

const plain = (text: string | undefined) =>
  (text ?? '').split(harness.marker.open).join('').split(harness.marker.close).join('');

describe('mail_list_messages', () => {
  it('lists the Inbox newest first with $select, ImmutableId and bounded $top; times in the user zone', async () => {
    const result = await harness.run(listMessagesTool, { limit: 2 });
    const [request] = harness.requests();
    expect(request?.path).toBe('/me/mailFolders/inbox/messages');
    expect(request?.query).toMatchObject({ $orderby: 'receivedDateTime desc', $top: '3' });
    expect(String((request?.query as Record<string, string>).$select)).toContain('bodyPreview');
    expect(request?.headers.prefer).toBe('IdType="ImmutableId"');
    const content = result.content as Listed;
    expect(content.messages).toHaveLength(2);
    expect(content.more).toBe(true);
    expect(content.messages[0]).toMatchObject({ received: 'Fri 2026-11-20 05:00', isRead: false });
    expect(content.messages[0]?.from).toBe(`${harness.marker.wrap('Sam Whitfield')} <sam@northwind.example>`);
    expect(content.messages[0]?.id).toBe(
      messageBySubject(harness, 'RE: Invoice 4471 for November', 'inbox').immutableId,
    );
    expect(result.summary).toBe('Listed 2 messages in Inbox');
  });

  it('resolves a folder by path and by display name, and lists the choices when a name is ambiguous', async () => {
    const byPath = (await harness.run(listMessagesTool, { folder: 'Inbox/Projects' })).content as Listed;
    expect(byPath.messages.map((message) => plain(message.subject))).toEqual(['Project Atlas kickoff']);
    expect(harness.requests().at(-1)?.path).toBe('/me/mailFolders/folder-projects-inbox/messages');
    const sent = (await harness.run(listMessagesTool, { folder: 'Sent Items' })).content as Listed;
    expect(sent.folder).toBe('Sent Items');
    const error = await failure(harness.run(listMessagesTool, { folder: 'projects' }));
    expect(error.message).toMatch(
      /^Several folders are named 'projects': (Inbox|Archive)\/Projects; (Inbox|Archive)\/Projects\. Give the path/,
    );
    expect((error as { code?: string }).code).toBe('folder-ambiguous');
  });

  it('fails on an unknown folder with the folders to choose from', async () => {
    const error = await failure(harness.run(listMessagesTool, { folder: 'Receipts' }));
    expect((error as { code?: string }).code).toBe('folder-not-found');
    expect(error.message).toMatch(/^No mail folder 'Receipts'\. Folders: .*Clients.*Inbox.*Inbox\/Projects/);
    expect(harness.requests().every((request) => request.method === 'GET')).toBe(true);
  });

  it('rejects bad dates and limits before calling Graph', () => {
    expect(() => listMessagesTool.input.parse({ after: '20.11.2026' })).toThrow(/YYYY-MM-DD/);
    expect(() => listMessagesTool.input.parse({ limit: 500 })).toThrow();
    expect(harness.requests()).toEqual([]);
  });

  it('surfaces a 403 with the missing scope when Mail.Read was not granted', async () => {
    const graph = graphWithScopes(harness, ['User.Read']);
    const error = await failure(harness.run(listMessagesTool, {}, { graph }));
    expect(isGraphRequestError(error) && error.kind).toBe('forbidden');
    expect((error as { userMessage?: string }).userMessage).toContain('Mail.Read');
  });
});

describe('mail_search_messages and mail_list_drafts', () => {
  it('searches the whole mailbox with KQL, marking free text untrusted', async () => {
    const result = await harness.run(searchMessagesTool, { words: 'pizza' });
    expect(harness.requests()[0]).toMatchObject({
      path: '/me/messages',
      query: expect.objectContaining({ $search: '"pizza"' }),
    });
    const content = result.content as Listed;
    expect(content.messages.map((message) => message.subject)).toEqual([
      harness.marker.wrap('Team lunch Friday'),
    ]);
    expect(result.summary).toBe('Found 1 message');
  });

  it('lists drafts from the Drafts folder', async () => {
    const content = (await harness.run(listDraftsTool, {})).content as Listed & {
      messages: { isDraft?: boolean; to?: string }[];
    };
    expect(harness.requests()[0]?.path).toBe('/me/mailFolders/drafts/messages');
    expect(content.messages).toEqual([
      expect.objectContaining({ isDraft: true, to: 'jonas.berg@lumenlabs.example' }),
    ]);
  });
});

describe('mail_get_message', () => {
  it('reads the new text only: quoted history marked, signature cut, hidden HTML dropped', async () => {
    const invoice = messageBySubject(harness, 'Invoice 4471 for November');
    const result = await harness.run(getMessageTool, { id: invoice.immutableId });
    const request = harness.requests()[0];
    expect(request?.path).toBe(`/me/messages/${invoice.immutableId}`);
    expect(String((request?.query as Record<string, string>).$select)).toContain('uniqueBody');
    const content = result.content as {
      body: string;
      trimmed?: string;
      to: string[];
      conversationId: string;
    };
    expect(plain(content.body)).toBe(
      'Hello Maya,\n\nplease find invoice 4471 attached. Payment due in 30 days.',
    );
    expect(content.trimmed).toBeDefined();
    expect(content.to).toEqual(
      ['Maya Okafor'].map((name) => `${harness.marker.wrap(name)} <maya.okafor@lumenlabs.example>`),
    );
    expect(result.citations?.[0]).toMatchObject({ kind: 'message', id: invoice.immutableId });
    // Graph's link, outside the untrusted marker, so a task can link back to the email.
    expect(String((request?.query as Record<string, string>).$select).split(',')).toContain('webLink');
    const webLink = (result.content as { webLink?: string }).webLink;
    expect(webLink).toMatch(/^https:\/\/outlook\.office365\.com\/owa\/\?ItemID=/);
    expect(webLink).toContain(encodeURIComponent(invoice.immutableId));
    expect(webLink).not.toContain(harness.marker.open);

    const hidden = messageBySubject(harness, "O'Brien contract renewal");
    const hiddenContent = (await harness.run(getMessageTool, { id: hidden.id })).content as {
      body: string;
      hiddenTextDropped?: number;
    };
    expect(plain(hiddenContent.body)).toBe('Renewal terms inside.');
    expect(hiddenContent.hiddenTextDropped).toBe(1);

    const reply = messageBySubject(harness, 'RE: Invoice 4471 for November', 'inbox');
    const replyContent = (await harness.run(getMessageTool, { id: reply.id })).content as { body: string };
    expect(plain(replyContent.body)).toMatch(/^Great, thank you!\n\n\[quoted history: 1 earlier message/);
  });

  it('caps long bodies with a marker and reads on from offset', async () => {
    const invoice = messageBySubject(harness, 'Invoice 4471 for November');
    const first = (await harness.run(getMessageTool, { id: invoice.id, maxChars: 200, full: true }))
      .content as { body: string; nextOffset?: number };
    expect(first.nextOffset).toBeUndefined();
    const long = `<p>${'word '.repeat(400)}</p>`;
    const messages = harness.simulator.store().mail.messages;
    messages.push({
      ...messages[0]!,
      id: 'long-1',
      immutableId: 'long-1-immutable',
      conversationId: 'long',
      body: { contentType: 'html', content: long },
      uniqueBody: null,
    });
    try {
      const capped = (await harness.run(getMessageTool, { id: 'long-1', maxChars: 500 })).content as {
        body: string;
        nextOffset: number;
        bodyChars: number;
      };
      expect(plain(capped.body)).toMatch(/\[truncated: \d+ more characters; read on with offset \d+\]$/);
      const next = (
        await harness.run(getMessageTool, { id: 'long-1', maxChars: 500, offset: capped.nextOffset })
      ).content as { body: string };
      expect(plain(next.body).startsWith('word')).toBe(true);
    } finally {
      messages.pop();
    }
  });

  it('fails clearly on an unknown id', async () => {
    const error = await failure(harness.run(getMessageTool, { id: 'AAMkAGunknown=' }));
    expect(isGraphRequestError(error) && error.kind).toBe('not-found');
    expect((error as { userMessage?: string }).userMessage).toMatch(/no longer exists/);
  });
});

describe('mail_get_conversation', () => {
  it('reads every message of the thread oldest first, each trimmed to its new text', async () => {
    const reply = messageBySubject(harness, 'RE: Invoice 4471 for November', 'inbox');
    const result = await harness.run(getConversationTool, { id: reply.immutableId });
    const listing = harness.requests()[1];
    expect(listing?.path).toBe('/me/messages');
    expect((listing?.query as Record<string, string>).$filter).toBe(
      `conversationId eq '${reply.conversationId}'`,
    );
    expect((listing?.query as Record<string, string>).$orderby).toBeUndefined();
    const content = result.content as {
      count: number;
      messages: { body: string; from: string; received: string }[];
    };
    expect(content.count).toBe(3);
    expect(content.messages.map((message) => plain(message.body).split('\n')[0])).toEqual([
      'Hello Maya,',
      'Thanks Sam, forwarded to finance.',
      'Great, thank you!',
    ]);
    expect(content.messages.map((message) => message.received)).toEqual([
      'Tue 2026-11-17 10:00',
      'Wed 2026-11-18 10:00',
      'Fri 2026-11-20 05:00',
    ]);
    expect(result.summary).toBe('Read a conversation of 3 messages');
  });
});

describe('attachments', () => {
  it('lists attachments and reads a CSV as text', async () => {
    const invoice = messageBySubject(harness, 'Invoice 4471 for November');
    const listed = (await harness.run(listAttachmentsTool, { id: invoice.id })).content as {
      attachments: { id: string; name: string; size: number }[];
    };
    expect(harness.requests()[0]?.query).toEqual({ $select: 'id,name,contentType,size,isInline' });
    expect(listed.attachments).toEqual([
      expect.objectContaining({ name: harness.marker.wrap('invoice-4471.csv'), contentType: 'text/csv' }),
    ]);
    const read = await harness.run(readAttachmentTool, {
      messageId: invoice.id,
      attachmentId: listed.attachments[0]!.id,
    });
    const content = read.content as { kind: string; text: string; totalChars: number };
    expect(content.kind).toBe('csv');
    expect(plain(content.text)).toContain('Licences,1200');
  });

  it('fails clearly on an unknown attachment', async () => {
    const invoice = messageBySubject(harness, 'Invoice 4471 for November');
    const error = await failure(
      harness.run(readAttachmentTool, { messageId: invoice.id, attachmentId: 'AAMkAnope=' }),
    );
    expect(isGraphRequestError(error) && error.kind).toBe('not-found');
  });
});

describe('mail_list_folders and mail_list_categories', () => {
  it('lists the folder tree with paths and counts, bounded by depth', async () => {
    const deep = (await harness.run(listFoldersTool, { depth: 2 })).content as {
      folders: { path: string; id: string; total?: number }[];
    };
    const paths = deep.folders.map((folder) => plain(folder.path));
    expect(paths).toEqual(
      expect.arrayContaining(['Inbox', 'Inbox/Projects', 'Archive/Projects', 'Clients', 'Sent Items']),
    );
    const shallow = (await harness.run(listFoldersTool, { depth: 1 })).content as {
      folders: { path: string; hasSubfolders?: boolean }[];
    };
    expect(shallow.folders.map((folder) => plain(folder.path))).not.toContain('Inbox/Projects');
    expect(shallow.folders.find((folder) => plain(folder.path) === 'Inbox')?.hasSubfolders).toBe(true);
  });

  it('lists master categories with colour names, and needs MailboxSettings.Read', async () => {
    const content = (await harness.run(listCategoriesTool, {})).content as {
      categories: { name: string; colour: string }[];
    };
    expect(content.categories).toEqual([
      { name: harness.marker.wrap('Customer'), colour: 'green' },
      { name: harness.marker.wrap('Urgent'), colour: 'red' },
    ]);
    const error = await failure(
      harness.run(listCategoriesTool, {}, { graph: graphWithScopes(harness, ['Mail.Read']) }),
    );
    expect(isGraphRequestError(error) && error.kind).toBe('forbidden');
  });
});
