/** BEHAVIOUR.md's mail rules against the demo mailbox: paging, query restrictions, ids, status codes, bodies. */
import { createTestSimulator } from './helpers/simulator-harness';
import { validateAgainstSchema } from './helpers/validate-against-schema';

interface Message {
  id: string;
  subject: string;
  changeKey: string;
  conversationId: string;
  sentDateTime: string;
  parentFolderId: string;
  isDraft: boolean;
  body: { contentType: string; content: string };
  uniqueBody?: { content: string };
  toRecipients: { emailAddress: { address: string } }[];
  ccRecipients: { emailAddress: { address: string } }[];
  hasAttachments: boolean;
}
interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}
interface GraphErrorBody {
  error: { code: string };
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const encode = encodeURIComponent;

describe('mail routes (BEHAVIOUR.md)', () => {
  const harness = createTestSimulator();
  const graph = harness.graph;
  const find = async (filter: string, folder = 'inbox'): Promise<Message> => {
    const page = await graph<Page<Message>>(
      'GET',
      `/me/mailFolders/${folder}/messages?$filter=${encode(filter)}&$top=1`,
    );
    if (!page.body.value[0]) throw new Error(`nothing matches ${filter}`);
    return page.body.value[0];
  };
  const store = () => harness.simulator.store();

  describe('lists and queries', () => {
    it('pages messages by 10 with $skip nextLinks and validates against the schema', async () => {
      const first = await graph<Page<Message>>('GET', '/me/messages');
      expect(first.body.value).toHaveLength(10);
      expect(validateAgainstSchema('/me/messages', 'GET', 200, first.body).errors).toEqual([]);
      const second = await graph<Page<Message>>('GET', first.body['@odata.nextLink'] as string);
      expect(second.body.value[0]?.id).not.toBe(first.body.value[0]?.id);
      expect((await graph('GET', '/me/messages?$top=1001')).status).toBe(400);
    });

    it('$count counts the whole mailbox, Deleted Items included', async () => {
      const count = await graph<string>('GET', '/me/messages/$count');
      expect(Number(count.body)).toBe(store().mail.messages.length);
      expect(Number(count.body)).toBeGreaterThanOrEqual(200);
    });

    it('rejects $orderby not leading the $filter (InefficientFilter) and $search with $orderby', async () => {
      const inefficient = await graph<GraphErrorBody>(
        'GET',
        `/me/messages?$filter=${encode('isRead eq false')}&$orderby=receivedDateTime desc`,
      );
      expect(inefficient.body.error.code).toBe('InefficientFilter');
      const fine = await graph<Page<Message>>(
        'GET',
        `/me/messages?$filter=${encode('receivedDateTime ge 2026-11-01T00:00:00Z and isRead eq false')}&$orderby=receivedDateTime desc`,
      );
      expect(fine.status).toBe(200);
      const search = await graph<GraphErrorBody>(
        'GET',
        '/me/messages?$search="invoice"&$orderby=receivedDateTime desc',
      );
      expect(search.body.error.code).toBe('SearchWithOrderBy');
    });

    it('$search (KQL over from, subject, body) is sorted by sentDateTime desc', async () => {
      const result = await graph<Page<Message>>(
        'GET',
        `/me/messages?$search=${encode('"from:billing@cloudnest.example"')}&$top=50`,
      );
      expect(result.body.value.length).toBe(3);
      const sent = result.body.value.map((message) => message.sentDateTime);
      expect([...sent].sort().reverse()).toEqual(sent);
      const words = await graph<Page<Message>>('GET', `/me/messages?$search=${encode('"calibration"')}`);
      expect(words.body.value.some((message) => message.subject.includes('Fabrikam pilot'))).toBe(true);
    });

    it('resolves well-known folder names case-insensitively and 404s unknown folders', async () => {
      for (const name of ['inbox', 'Inbox', 'SENTITEMS', 'drafts', 'archive', 'junkemail', 'deleteditems'])
        expect((await graph('GET', `/me/mailFolders/${name}/messages?$top=1`)).status).toBe(200);
      const missing = await graph<GraphErrorBody>('GET', '/me/mailFolders/nope/messages');
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('ErrorItemNotFound');
    });

    it('returns uniqueBody only when selected, and text bodies with Prefer', async () => {
      const message = await find("startswith(subject,'RE: Fabrikam pilot')");
      expect(message.uniqueBody).toBeUndefined();
      const selected = await graph<Message>(
        'GET',
        `/me/messages/${encode(message.id)}?$select=body,uniqueBody`,
        { headers: { prefer: 'outlook.body-content-type="text"' } },
      );
      expect(selected.body.body.contentType).toBe('text');
      expect(selected.body.body.content).toContain('From: ');
      expect(selected.body.uniqueBody?.content).not.toContain('From: ');
    });

    it('attachments reject $top and list contentBytes', async () => {
      const message = await find('hasAttachments eq true');
      const path = `/me/messages/${encode(message.id)}/attachments`;
      expect((await graph('GET', `${path}?$top=1`)).status).toBe(400);
      const list = await graph<Page<{ contentBytes: string; size: number }>>('GET', path);
      const first = list.body.value[0];
      expect(Buffer.from(first?.contentBytes ?? '', 'base64').length).toBe(first?.size);
    });

    it('lists the root’s folders without hidden ones unless includeHiddenFolders=true', async () => {
      const names = async (query: string) =>
        (await graph<Page<{ displayName: string }>>('GET', `/me/mailFolders${query}`)).body.value.map(
          (folder) => folder.displayName,
        );
      expect(await names('?$top=50')).not.toContain('Clutter');
      expect(await names('?$top=50&includeHiddenFolders=true')).toContain('Clutter');
      const inbox = await graph<{ id: string; childFolderCount: number }>('GET', '/me/mailFolders/Inbox');
      expect(inbox.body.childFolderCount).toBe(3);
      const children = await graph<Page<{ displayName: string }>>(
        'GET',
        '/me/mailFolders/inbox/childFolders',
      );
      expect(children.body.value.map((folder) => folder.displayName)).toEqual([
        'Newsletters',
        'Projects',
        'Receipts',
      ]);
    });
  });

  describe('writes', () => {
    it('PATCH bumps the changeKey; a stale If-Match is 412; received mail keeps its subject', async () => {
      const message = await find("startswith(subject,'Bug bash')");
      const path = `/me/messages/${encode(message.id)}`;
      const patched = await graph<Message>('PATCH', path, {
        headers: { ...JSON_HEADERS, 'if-match': `W/"${message.changeKey}"` },
        body: { isRead: false, categories: ['Red category'], flag: { flagStatus: 'flagged' } },
      });
      expect(patched.status).toBe(200);
      expect(patched.body.changeKey).not.toBe(message.changeKey);
      const stale = await graph<GraphErrorBody>('PATCH', path, {
        headers: { ...JSON_HEADERS, 'if-match': `W/"${message.changeKey}"` },
        body: { isRead: true },
      });
      expect(stale.status).toBe(412);
      expect((await graph('PATCH', path, { headers: JSON_HEADERS, body: { subject: 'x' } })).status).toBe(
        400,
      );
    });

    it('move gives a new id; with Prefer IdType="ImmutableId" the id survives', async () => {
      const message = await find("startswith(subject,'Shipment of pilot kits')");
      const moved = await graph<Message>('POST', `/me/messages/${encode(message.id)}/move`, {
        headers: JSON_HEADERS,
        body: { destinationId: 'archive' },
      });
      expect(moved.status).toBe(201);
      expect(moved.body.id).not.toBe(message.id);
      expect((await graph('GET', `/me/messages/${encode(message.id)}`)).status).toBe(404);
      const immutable = { prefer: 'IdType="ImmutableId"' };
      const stable = await graph<Message>('GET', `/me/messages/${encode(moved.body.id)}`, {
        headers: immutable,
      });
      const again = await graph<Message>('POST', `/me/messages/${encode(stable.body.id)}/move`, {
        headers: { ...JSON_HEADERS, ...immutable },
        body: { DestinationId: 'Inbox' },
      });
      expect(again.body.id).toBe(stable.body.id);
    });

    it('DELETE takes the message out of every folder (Recoverable Items), 204', async () => {
      const message = await find("startswith(subject,'Lunch order')", 'deleteditems');
      expect((await graph('DELETE', `/me/messages/${encode(message.id)}`)).status).toBe(204);
      expect((await graph('GET', `/me/messages/${encode(message.id)}`)).status).toBe(404);
      expect(store().mail.recoverableItems.map((item) => item.subject)).toContain('Lunch order for Friday');
    });

    it('createReplyAll quotes the thread, keeps the conversation and excludes the user', async () => {
      const original = await find("startswith(subject,'RE: Fabrikam pilot')");
      const draft = await graph<Message>('POST', `/me/messages/${encode(original.id)}/createReplyAll`, {
        headers: JSON_HEADERS,
        body: { comment: 'Confirmed for both.' },
      });
      expect(draft.status).toBe(201);
      expect(draft.body.isDraft).toBe(true);
      expect(draft.body.conversationId).toBe(original.conversationId);
      expect(draft.body.body.content).toMatch(
        /Confirmed for both\.[\s\S]*<b>From:<\/b> Elena Petrova[\s\S]*<b>Sent:<\/b>/,
      );
      const addresses = [...draft.body.toRecipients, ...draft.body.ccRecipients].map(
        (r) => r.emailAddress.address,
      );
      expect(addresses).toContain('elena.petrova@fabrikam-facilities.example');
      expect(addresses).not.toContain('maya.okafor@lumenlabs.example');
      const both = await graph<GraphErrorBody>('POST', `/me/messages/${encode(original.id)}/createReply`, {
        headers: JSON_HEADERS,
        body: { comment: 'a', message: { body: { contentType: 'text', content: 'b' } } },
      });
      expect(both.status).toBe(400);
    });

    it('forward sends at once (202): outbox with final recipients and attachments, copy in Sent Items', async () => {
      const original = await find("startswith(subject,'Invoice CN-2026-1104')");
      const forwarded = await graph('POST', `/me/messages/${encode(original.id)}/forward`, {
        headers: JSON_HEADERS,
        body: {
          comment: 'For payment.',
          toRecipients: [{ emailAddress: { address: 'lena.fischer@lumenlabs.example' } }],
        },
      });
      expect(forwarded.status).toBe(202);
      const sent = store().outbox.at(-1);
      expect(sent?.subject).toBe('FW: Invoice CN-2026-1104 from CloudNest');
      expect(sent?.toRecipients[0]?.emailAddress).toEqual({
        name: 'Lena Fischer',
        address: 'lena.fischer@lumenlabs.example',
      });
      expect(sent?.attachmentNames).toEqual(['invoice-CN-2026-1104.pdf']);
      const copy = store().mail.messages.find((message) => message.id === sent?.messageId);
      expect(copy?.conversationId).toBe(original.conversationId);
      const empty = await graph<GraphErrorBody>('POST', `/me/messages/${encode(original.id)}/forward`, {
        headers: JSON_HEADERS,
        body: { comment: 'nobody' },
      });
      expect(empty.body.error.code).toBe('ErrorInvalidRecipients');
    });

    it('sendMail: 202, saveToSentItems "false" honoured, bad base64 MIME is 400, scopes enforced', async () => {
      const before = store().mail.messages.length;
      const message = {
        subject: 'Hello',
        toRecipients: [{ emailAddress: { address: 'sam.whitfield@northwind-traders.example' } }],
      };
      const sent = await graph('POST', '/me/sendMail', {
        headers: JSON_HEADERS,
        body: { Message: message, SaveToSentItems: 'false' },
      });
      expect(sent.status).toBe(202);
      expect(store().mail.messages.length).toBe(before);
      expect(store().outbox.at(-1)?.subject).toBe('Hello');
      const mime = await graph<GraphErrorBody>('POST', '/me/sendMail', {
        headers: { 'content-type': 'text/plain' },
        body: 'RnJvbTogQWRlbGUg...',
      });
      expect(mime.body.error.code).toBe('ErrorMimeContentInvalidBase64String');
      const noSend = await graph('POST', '/me/sendMail', {
        headers: JSON_HEADERS,
        body: { message },
        scopes: ['Mail.ReadWrite'],
      });
      expect(noSend.status).toBe(403);
      const readOnly = await graph('POST', '/me/messages', {
        headers: JSON_HEADERS,
        body: {},
        scopes: ['Mail.Read'],
      });
      expect(readOnly.status).toBe(403);
    });

    it('create draft, attach (3 MB limit), send: draft leaves Drafts, lands in Sent Items', async () => {
      const draft = await graph<Message>('POST', '/me/messages', {
        headers: JSON_HEADERS,
        body: {
          subject: 'Notes',
          body: { contentType: 'HTML', content: '<p>Hi</p>' },
          toRecipients: [{ emailAddress: { address: 'jonas.berg@lumenlabs.example' } }],
        },
      });
      const id = encode(draft.body.id);
      const attach = (bytes: number) =>
        graph('POST', `/me/messages/${id}/attachments`, {
          headers: JSON_HEADERS,
          body: {
            '@odata.type': '#microsoft.graph.fileAttachment',
            name: 'notes.txt',
            contentBytes: Buffer.alloc(bytes, 97).toString('base64'),
          },
        });
      expect((await attach(10)).status).toBe(201);
      expect((await attach(3 * 1024 * 1024 + 1)).status).toBe(413);
      expect((await graph('POST', `/me/messages/${id}/send`)).status).toBe(202);
      const sentItem = store().mail.messages.find(
        (message) => message.id === store().outbox.at(-1)?.messageId,
      );
      expect(sentItem?.isDraft).toBe(false);
      expect(store().outbox.at(-1)?.attachmentNames).toEqual(['notes.txt']);
    });

    it('master categories: create 201, duplicate 409, colour update, no rename, delete 204', async () => {
      const created = await graph<{ id: string; color: string }>('POST', '/me/outlook/masterCategories', {
        headers: JSON_HEADERS,
        body: { displayName: 'Board', color: 'preset9' },
      });
      expect(created.status).toBe(201);
      const duplicate = await graph('POST', '/me/outlook/masterCategories', {
        headers: JSON_HEADERS,
        body: { displayName: 'board' },
      });
      expect(duplicate.status).toBe(409);
      const path = `/me/outlook/masterCategories/${created.body.id}`;
      expect(
        (await graph<{ color: string }>('PATCH', path, { headers: JSON_HEADERS, body: { color: 'preset2' } }))
          .body.color,
      ).toBe('preset2');
      expect(
        (await graph('PATCH', path, { headers: JSON_HEADERS, body: { displayName: 'Other' } })).status,
      ).toBe(400);
      expect((await graph('DELETE', path)).status).toBe(204);
    });

    it('child folders: create 201 and duplicate names 409', async () => {
      const created = await graph('POST', '/me/mailFolders/inbox/childFolders', {
        headers: JSON_HEADERS,
        body: { displayName: 'Vendors' },
      });
      expect(created.status).toBe(201);
      expect(
        validateAgainstSchema('/me/mailFolders/{mailFolder-id}/childFolders', 'POST', 201, created.body)
          .errors,
      ).toEqual([]);
      const again = await graph('POST', '/me/mailFolders/inbox/childFolders', {
        headers: JSON_HEADERS,
        body: { displayName: 'vendors' },
      });
      expect(again.status).toBe(409);
    });
  });
});
