/**
 * Replays the docs examples of every mail operation against the demo mailbox: requests accepted, responses of the
 * same shape (property names and types), with the docs' placeholder ids mapped to seeded ones.
 */
import { loadExamples } from './helpers/contract-paths';
import type { GraphExample } from './helpers/contract-paths';
import { replayExample } from './helpers/replay-example';
import type { ReplayOptions } from './helpers/replay-example';
import { createTestSimulator } from './helpers/simulator-harness';
import { validateAgainstSchema } from './helpers/validate-against-schema';

interface Wire {
  id: string;
  subject: string;
  hasAttachments: boolean;
  isDraft: boolean;
}

describe('mail docs examples replay', () => {
  const harness = createTestSimulator();
  const inboxMessage = async (filter: string): Promise<Wire> => {
    const page = await harness.graph<{ value: Wire[] }>(
      'GET',
      `/me/mailFolders/inbox/messages?$filter=${encodeURIComponent(filter)}&$top=1`,
    );
    const found = page.body.value[0];
    if (!found) throw new Error(`No inbox message matches ${filter}`);
    return found;
  };
  const draft = async (): Promise<Wire> => {
    const page = await harness.graph<{ value: Wire[] }>('GET', '/me/mailFolders/drafts/messages?$top=1');
    return page.body.value[0] as Wire;
  };
  const withMessageId = (id: string) => (path: string) =>
    path.replace(/\/messages\/[^/]+/, `/messages/${id}`);

  // One tenant for the file (a reset reloads every area): each test acts on its own message.
  const replay = async (operation: string, index: number, options: ReplayOptions = {}) => {
    const example = loadExamples(operation)[index] as GraphExample;
    const result = await replayExample(harness, example, options);
    expect(result.differences).toEqual([]);
    return { example, result };
  };

  it('user-list-messages: $select=sender,subject, default page of 10 with a nextLink', async () => {
    const { result } = await replay('user-list-messages', 0);
    const body = result.response.body as { value: unknown[]; '@odata.nextLink'?: string };
    expect(body.value).toHaveLength(10);
    expect(body['@odata.nextLink']).toContain('$skip=10');
    expect(validateAgainstSchema('/me/messages', 'GET', 200, body).errors).toEqual([]);
  });

  it.each([0, 1, 2])('message-get example %i', async (index) => {
    const message = await inboxMessage("startswith(subject,'Q4 roadmap')");
    const { example, result } = await replay('message-get', index, {
      rewritePath: withMessageId(message.id),
      // The docs' message has no conversationIndex, attachments or headers; ours has more, never less.
      ignore: [],
    });
    expect(
      validateAgainstSchema('/me/messages/{message-id}', 'GET', 200, result.response.body).errors,
    ).toEqual([]);
    if (example.request.headers.Prefer)
      expect(result.response.headers['preference-applied']).toBe('outlook.body-content-type="text"');
  });

  it('message-get example 3: $value returns the MIME text', async () => {
    const message = await inboxMessage("startswith(subject,'Q4 roadmap')");
    const { result } = await replay('message-get', 3, { rewritePath: withMessageId(message.id) });
    expect(result.response.headers['content-type']).toMatch(/^text\/plain/);
    expect(String(result.response.body)).toMatch(/^From: .*\r\nTo: .*[\s\S]*Subject: Q4 roadmap/);
  });

  it.each([0, 1])('user-post-messages example %i creates a draft (201)', async (index) => {
    const { result } = await replay('user-post-messages', index);
    const body = result.response.body as { isDraft: boolean; parentFolderId: string };
    expect(body.isDraft).toBe(true);
    expect(validateAgainstSchema('/me/messages', 'POST', 201, body).errors).toEqual([]);
  });

  it('user-post-messages: malformed MIME is 400 ErrorMimeContentInvalidBase64String', async () => {
    await replay('user-post-messages', 2);
  });

  it('message-createreply example 1 (JSON): 201 per the prose, not the sample’s 200', async () => {
    const message = await inboxMessage("startswith(subject,'Q4 roadmap')");
    const { result } = await replay('message-createreply', 0, {
      rewritePath: withMessageId(message.id),
      expectedStatus: 201,
    });
    // The action's response schema is inline (anyOf message); validate against the message schema itself.
    expect(
      validateAgainstSchema('/me/messages/{message-id}', 'GET', 200, result.response.body).errors,
    ).toEqual([]);
  });

  it('message-createreply example 2 (MIME, shortened in the docs) is rejected as invalid base64', async () => {
    const message = await inboxMessage("startswith(subject,'Q4 roadmap')");
    const example = loadExamples('message-createreply')[1] as GraphExample;
    const response = await harness.graph<{ error: { code: string } }>(
      'POST',
      `/me/messages/${encodeURIComponent(message.id)}/createReply`,
      { headers: { 'content-type': 'text/plain' }, body: example.request.body },
    );
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('ErrorMimeContentInvalidBase64String');
  });

  it('message-reply: comment plus added recipients is 202 and lands in the outbox', async () => {
    const message = await inboxMessage("startswith(subject,'Q4 roadmap')");
    await replay('message-reply', 0, { rewritePath: withMessageId(message.id) });
    const sent = harness.simulator.store().outbox.at(-1);
    expect(sent?.toRecipients.map((recipient) => recipient.emailAddress.address)).toEqual([
      'samanthab@contoso.onmicrosoft.com',
      'randiw@contoso.onmicrosoft.com',
    ]);
  });

  it('message-send: a draft is sent (202) and leaves Drafts', async () => {
    const { id, subject } = await draft();
    await replay('message-send', 0, { rewritePath: withMessageId(id) });
    const store = harness.simulator.store();
    expect(store.mail.messages.some((message) => message.id === id)).toBe(false);
    expect(store.outbox.at(-1)?.subject).toBe(subject);
  });

  it.each([0, 1, 2])('user-sendmail example %i', async (index) => {
    await replay('user-sendmail', index);
  });

  it('message-move to deleteditems gives the message a new id (201)', async () => {
    const message = await inboxMessage("startswith(subject,'Design review notes')");
    const { result } = await replay('message-move', 0, { rewritePath: withMessageId(message.id) });
    const moved = result.response.body as { id: string };
    expect(moved.id).not.toBe(message.id);
    expect(validateAgainstSchema('/me/messages/{message-id}', 'GET', 200, moved).errors).toEqual([]);
  });

  it('message-list-attachments and attachment-get', async () => {
    const message = await inboxMessage('hasAttachments eq true');
    const { result } = await replay('message-list-attachments', 0, {
      rewritePath: withMessageId(message.id),
    });
    const list = result.response.body as { value: { id: string }[] };
    expect(list.value.length).toBeGreaterThan(0);
    expect(validateAgainstSchema('/me/messages/{message-id}/attachments', 'GET', 200, list).errors).toEqual(
      [],
    );
    const attachmentId = (list.value[0] as { id: string }).id;
    const { result: one } = await replay('attachment-get', 0, {
      rewritePath: () => `/me/messages/${message.id}/attachments/${attachmentId}`,
    });
    expect(
      validateAgainstSchema(
        '/me/messages/{message-id}/attachments/{attachment-id}',
        'GET',
        200,
        one.response.body,
      ).errors,
    ).toEqual([]);
  });

  it.each([0, 1])('message-post-attachments example %i (201)', async (index) => {
    const { id } = await draft();
    const { result } = await replay('message-post-attachments', index, { rewritePath: withMessageId(id) });
    expect(
      validateAgainstSchema('/me/messages/{message-id}/attachments', 'POST', 201, result.response.body)
        .errors,
    ).toEqual([]);
  });

  it.each([0, 1])('user-list-mailfolders example %i', async (index) => {
    const { result } = await replay('user-list-mailfolders', index);
    expect(validateAgainstSchema('/me/mailFolders', 'GET', 200, result.response.body).errors).toEqual([]);
  });

  it('outlookuser-list-mastercategories and outlookuser-post-mastercategories', async () => {
    const { result } = await replay('outlookuser-list-mastercategories', 0);
    expect(
      validateAgainstSchema('/me/outlook/masterCategories', 'GET', 200, result.response.body).errors,
    ).toEqual([]);
    const created = await replay('outlookuser-post-mastercategories', 0);
    expect(
      validateAgainstSchema('/me/outlook/masterCategories', 'POST', 201, created.result.response.body).errors,
    ).toEqual([]);
  });
});
