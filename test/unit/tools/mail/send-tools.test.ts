/**
 * Send tools: previews show the final recipients (external flagged), every send is draft-then-send through
 * safe-send, and a send that definitely failed leaves no draft behind.
 */
import { GraphRequestError, isGraphRequestError } from '../../../../src/graph/errors';
import type { GraphClient } from '../../../../src/graph/types';
import { replyMessageTool, sendDraftTool, sendMessageTool } from '../../../../src/tools/mail/send-tools';
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

const addresses = (list: { emailAddress: { address: string } }[]) =>
  list.map((recipient) => recipient.emailAddress.address);
const inFolder = (name: string) =>
  mailState(harness).mail.messages.filter((message) => message.parentFolderId === folderIdOf(harness, name));

describe('mail_send_message', () => {
  const args = {
    to: ['sam@northwind.example'],
    bcc: ['priya@lumenlabs.example'],
    subject: 'Quote',
    body: 'Attached is the quote.',
  };

  it('previews every recipient (external flagged) with editable fields', async () => {
    const preview = await harness.preview(sendMessageTool, args);
    expect(preview.title).toBe('Send email');
    expect(preview.fields).toEqual([
      {
        label: 'To',
        value: 'sam@northwind.example',
        kind: 'recipients',
        recipients: [{ address: 'sam@northwind.example', external: true }],
        editableArg: 'to',
      },
      {
        label: 'Bcc',
        value: 'priya@lumenlabs.example',
        kind: 'recipients',
        recipients: [{ address: 'priya@lumenlabs.example', external: false }],
        editableArg: 'bcc',
      },
      { label: 'Subject', value: 'Quote', kind: 'subject', editableArg: 'subject' },
    ]);
    expect(preview).toMatchObject({ body: 'Attached is the quote.', bodyArg: 'body' });
    expect(preview.warnings).toEqual([
      { code: 'external-recipient', message: 'Goes outside your organisation: sam@northwind.example.' },
    ]);
    expect(harness.requests()).toEqual([]);
  });

  it('creates a draft, sends it once, and files the sent copy', async () => {
    const drafts = inFolder('drafts').length;
    const result = await harness.run(sendMessageTool, args);
    expect(
      writes(harness).map(
        (request) =>
          `${request.method} ${request.path.replace(/\/me\/messages\/[^/]+/, '/me/messages/{id}')}`,
      ),
    ).toEqual(['POST /me/messages', 'POST /me/messages/{id}/send']);
    // The draft Graph returned carries its internetMessageId: no read of the draft before the send.
    expect(harness.requests()).toHaveLength(2);
    const outbox = mailState(harness).outbox;
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ subject: 'Quote' });
    expect(addresses(outbox[0]!.toRecipients)).toEqual(['sam@northwind.example']);
    expect(inFolder('drafts')).toHaveLength(drafts);
    expect(inFolder('sentitems').some((message) => message.subject === 'Quote')).toBe(true);
    expect(result.content).toEqual({
      sent: true,
      to: ['sam@northwind.example'],
      bcc: ['priya@lumenlabs.example'],
      subject: 'Quote',
    });
  });

  it('a send whose answer was lost is checked in Sent Items by internetMessageId, never sent twice', async () => {
    // The send reaches Graph, then the answer is lost: an ambiguous failure.
    const lossy: GraphClient = Object.create(harness.graph) as GraphClient;
    lossy.post = async <T>(path: string, body?: unknown, options?: Parameters<GraphClient['post']>[2]) => {
      const answer = await harness.graph.post<T>(path, body, options);
      if (!path.endsWith('/send')) return answer;
      throw new GraphRequestError({
        kind: 'timeout',
        status: 0,
        code: 'Timeout',
        method: 'POST',
        path,
        clientRequestId: '',
        ambiguous: true,
      });
    };
    const result = await harness.run(sendMessageTool, args, { graph: lossy });
    expect(result.content).toMatchObject({ sent: true, subject: 'Quote' });
    expect(mailState(harness).outbox).toHaveLength(1);
    const check = harness.requests().find((request) => request.path === '/me/mailFolders/sentitems/messages');
    expect(check?.query.$filter).toMatch(/^internetMessageId eq '<.+>'$/);
    expect(writes(harness).filter((request) => request.path.endsWith('/send'))).toHaveLength(1);
  });

  it('refuses no recipients and bad addresses before anything is created', async () => {
    const error = await failure(harness.run(sendMessageTool, { subject: 'x', body: 'y' }));
    expect(error.code).toBe('no-recipients');
    expect(() => sendMessageTool.input.parse({ ...args, to: ['not-an-address'] })).toThrow(/valid email/);
    expect(writes(harness)).toEqual([]);
    expect(mailState(harness).outbox).toEqual([]);
  });

  it('a send Graph refuses removes the draft it created: nothing is left behind', async () => {
    const drafts = inFolder('drafts').length;
    harness.simulator.configureFaults({
      rules: [
        {
          method: 'POST',
          path: '/me/messages/',
          status: 400,
          code: 'ErrorInvalidRecipients',
          message: 'Invalid recipients.',
        },
      ],
    });
    const error = await failure(harness.run(sendMessageTool, args));
    expect(isGraphRequestError(error) && error.code).toBe('ErrorInvalidRecipients');
    expect(writes(harness).map((request) => request.method)).toEqual(['POST', 'POST', 'DELETE']);
    expect(inFolder('drafts')).toHaveLength(drafts);
    expect(mailState(harness).outbox).toEqual([]);
  });
});

describe('mail_send_draft', () => {
  it('previews the saved draft and sends it', async () => {
    const draft = messageBySubject(harness, 'Budget notes', 'drafts');
    const preview = await harness.preview(sendDraftTool, { id: draft.id });
    expect(preview.fields.map((field) => [field.label, field.value, field.editableArg])).toEqual([
      ['To', 'jonas.berg@lumenlabs.example', undefined],
      ['Subject', 'Budget notes', undefined],
    ]);
    expect(preview.body).toBe('Draft body');
    expect(preview.warnings).toEqual([]);
    harness.clearRequests();
    await harness.run(sendDraftTool, { id: draft.id });
    expect(writes(harness)).toEqual([
      expect.objectContaining({ method: 'POST', path: `/me/messages/${draft.id}/send` }),
    ]);
    // One read of the draft (recipients, state and its internetMessageId), then the send.
    expect(harness.requests().map((request) => request.method)).toEqual(['GET', 'POST']);
    expect(addresses(mailState(harness).outbox[0]!.toRecipients)).toEqual(['jonas.berg@lumenlabs.example']);
  });

  it('refuses a message that is not a draft', async () => {
    const received = messageBySubject(harness, 'Team lunch Friday');
    const error = await failure(harness.run(sendDraftTool, { id: received.id }));
    expect(error.code).toBe('not-a-draft');
    expect(writes(harness)).toEqual([]);
  });
});

describe('mail_reply_message', () => {
  it('reply-all: the preview shows the final recipients from the original, and exactly those receive it', async () => {
    const original = messageBySubject(harness, 'RE: Invoice 4471 for November', 'inbox');
    const args = { id: original.immutableId, mode: 'replyAll', comment: 'Paid today. Thanks!' };
    const preview = await harness.preview(replyMessageTool, args);
    expect(preview.title).toBe('Reply all and send');
    expect(preview.fields[0]).toMatchObject({
      label: 'To',
      editableArg: 'to',
      recipients: [{ address: 'sam@northwind.example', external: true }],
    });
    expect(preview.fields[1]).toMatchObject({
      label: 'Cc',
      editableArg: 'cc',
      recipients: [
        { address: 'jonas.berg@lumenlabs.example', external: false },
        { address: 'ana@contoso.example', external: true },
      ],
    });
    expect(preview.body).toBe('Paid today. Thanks!');
    expect(replyMessageTool.targets?.(replyMessageTool.input.parse(args))).toEqual({
      itemIds: [original.immutableId],
      recipients: [],
      outgoingText: ['Paid today. Thanks!'],
    });
    harness.clearRequests();

    await harness.run(replyMessageTool, args);
    const sent = mailState(harness).outbox;
    expect(sent).toHaveLength(1);
    expect(addresses(sent[0]!.toRecipients)).toEqual(['sam@northwind.example']);
    expect(addresses(sent[0]!.ccRecipients).sort()).toEqual([
      'ana@contoso.example',
      'jonas.berg@lumenlabs.example',
    ]);
    expect(sent[0]!.body.content).toContain('Paid today. Thanks!');
    expect(sent[0]!.body.content).toContain('Great, thank you!');
    expect(writes(harness)[0]).toMatchObject({
      path: `/me/messages/${original.immutableId}/createReplyAll`,
      body: { comment: 'Paid today. Thanks!' },
    });
  });

  it('reply to my own sent message goes to its recipients, not to me', async () => {
    const mine = messageBySubject(harness, 'RE: Invoice 4471 for November', 'sentitems');
    const preview = await harness.preview(replyMessageTool, {
      id: mine.id,
      mode: 'reply',
      comment: 'One more thing',
    });
    expect(preview.fields[0]?.value).toBe('sam@northwind.example');
  });

  it('without Mail.Send the send is refused and the reply draft is removed again', async () => {
    const original = messageBySubject(harness, 'Team lunch Friday');
    const before = mailState(harness).mail.messages.length;
    const graph = graphWithScopes(harness, ['Mail.Read', 'Mail.ReadWrite']);
    const error = await failure(
      harness.run(replyMessageTool, { id: original.id, mode: 'reply', comment: 'Yes!' }, { graph }),
    );
    expect(isGraphRequestError(error) && error.kind).toBe('forbidden');
    expect(error.userMessage).toContain('Mail.Send');
    expect(mailState(harness).mail.messages).toHaveLength(before);
    expect(mailState(harness).outbox).toEqual([]);
  });

  it('forward without recipients fails before Graph creates anything', async () => {
    const original = messageBySubject(harness, 'Roadmap review');
    const error = await failure(
      harness.run(replyMessageTool, { id: original.id, mode: 'forward', comment: 'FYI' }),
    );
    expect(error.code).toBe('no-recipients');
    expect(writes(harness)).toEqual([]);
  });
});
