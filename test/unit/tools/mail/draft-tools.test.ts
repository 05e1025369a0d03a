/** Draft tools: previews (recipients, external flagged), what Graph received, the store afterwards, clean failures. */
import { isGraphRequestError } from '../../../../src/graph/errors';
import { attachFileToDraftTool } from '../../../../src/tools/mail/attach-file';
import {
  createDraftTool,
  createReplyDraftTool,
  updateDraftTool,
} from '../../../../src/tools/mail/draft-tools';
import { startToolHarness } from '../../../helpers/tool-harness';
import { mailState, mailTenant, messageBySubject, writes } from './mail-fixtures';
import { failure, setUpToolHarness } from '../tool-test-setup';

const harness = setUpToolHarness(() =>
  startToolHarness({
    tenant: {
      ...mailTenant,
      onedrive: {
        items: [
          { path: 'Documents/plan.md', contentText: '# Plan\nShip it.' },
          { path: "Documents/Q3 plan (Liam's).txt", contentText: 'Q3' },
          { path: 'Documents/video.txt', contentText: 'A'.repeat(4 * 1024 * 1024) },
          { path: 'Shared/', folder: true },
        ],
      },
    },
    now: mailTenant.now,
  }),
);

const draftsIn = (state: ReturnType<typeof mailState>) => {
  const drafts = state.mail.folders.find((folder) => folder.wellKnownName === 'drafts')?.id;
  return state.mail.messages.filter((message) => message.parentFolderId === drafts);
};

describe('mail_create_draft', () => {
  const args = {
    to: ['Sam Whitfield <sam@northwind.example>'],
    cc: ['jonas.berg@lumenlabs.example'],
    subject: 'Renewal quote',
    body: 'Hi Sam,\nhere is the quote.',
    importance: 'high',
  };

  it('previews the recipients with the external one flagged, editable fields named', async () => {
    const preview = await harness.preview(createDraftTool, args);
    expect(preview.fields[0]).toMatchObject({
      label: 'To',
      editableArg: 'to',
      recipients: [{ address: 'sam@northwind.example', name: 'Sam Whitfield', external: true }],
    });
    expect(preview.fields[1]).toMatchObject({
      label: 'Cc',
      recipients: [{ address: 'jonas.berg@lumenlabs.example', external: false }],
    });
    expect(preview.fields[2]).toMatchObject({
      label: 'Subject',
      value: 'Renewal quote',
      editableArg: 'subject',
    });
    expect(preview.body).toBe('Hi Sam,\nhere is the quote.');
    expect(preview.bodyArg).toBe('body');
    expect(preview.warnings).toEqual([
      { code: 'external-recipient', message: 'Goes outside your organisation: sam@northwind.example.' },
    ]);
    expect(createDraftTool.targets?.(createDraftTool.input.parse(args))).toEqual({
      recipients: ['sam@northwind.example', 'jonas.berg@lumenlabs.example'],
      outgoingText: ['Renewal quote', 'Hi Sam,\nhere is the quote.'],
    });
    expect(harness.requests()).toEqual([]);
  });

  it('saves the draft in Drafts and sends nothing', async () => {
    const before = draftsIn(mailState(harness)).length;
    const result = await harness.run(createDraftTool, args);
    const [request] = writes(harness);
    expect(request).toMatchObject({ method: 'POST', path: '/me/messages' });
    expect(request?.body).toEqual({
      subject: 'Renewal quote',
      body: { contentType: 'text', content: 'Hi Sam,\nhere is the quote.' },
      toRecipients: [{ emailAddress: { address: 'sam@northwind.example', name: 'Sam Whitfield' } }],
      ccRecipients: [{ emailAddress: { address: 'jonas.berg@lumenlabs.example' } }],
      importance: 'high',
    });
    const state = mailState(harness);
    const drafts = draftsIn(state);
    expect(drafts).toHaveLength(before + 1);
    const saved = drafts.find((draft) => draft.subject === 'Renewal quote');
    expect(saved).toMatchObject({ isDraft: true, importance: 'high' });
    expect((result.content as { id: string }).id).toBe(saved?.immutableId);
    expect(state.outbox).toEqual([]);
  });

  it('rejects an invalid address before anything reaches Graph', () => {
    expect(() => createDraftTool.input.parse({ ...args, to: ['sam at northwind'] })).toThrow(
      /Not a valid email address/,
    );
    expect(harness.requests()).toEqual([]);
  });
});

describe('mail_create_reply_draft', () => {
  it('reply-all: the preview computes sender + To + Cc minus the user, and the draft matches it', async () => {
    const original = messageBySubject(harness, 'RE: Invoice 4471 for November', 'inbox');
    const args = { id: original.immutableId, mode: 'replyAll', comment: 'Thanks all, paid today.' };
    const preview = await harness.preview(createReplyDraftTool, args);
    expect(preview.title).toBe('Reply all draft');
    expect(preview.fields.map((field) => [field.label, field.value])).toEqual([
      ['To', 'sam@northwind.example'],
      ['Cc', 'jonas.berg@lumenlabs.example, ana@contoso.example'],
      ['Subject', 'RE: Invoice 4471 for November'],
    ]);
    expect(preview.warnings[0]).toEqual({
      code: 'external-recipient',
      message: 'Goes outside your organisation: sam@northwind.example, ana@contoso.example.',
    });
    expect(preview.bodyArg).toBe('comment');
    harness.clearRequests();

    const result = await harness.run(createReplyDraftTool, args);
    const posted = writes(harness);
    expect(posted[0]).toMatchObject({
      method: 'POST',
      path: `/me/messages/${original.immutableId}/createReplyAll`,
      body: { comment: 'Thanks all, paid today.' },
    });
    expect(posted.filter((request) => request.method === 'PATCH')).toEqual([]);
    const draft = mailState(harness).mail.messages.find(
      (message) => message.immutableId === (result.content as { id: string }).id,
    );
    expect(draft?.isDraft).toBe(true);
    expect(draft?.toRecipients.map((recipient) => recipient.emailAddress.address)).toEqual([
      'sam@northwind.example',
    ]);
    expect(draft?.ccRecipients.map((recipient) => recipient.emailAddress.address).sort()).toEqual([
      'ana@contoso.example',
      'jonas.berg@lumenlabs.example',
    ]);
    expect(draft?.body.content).toContain('Thanks all, paid today.');
    expect(draft?.body.content).toContain('Great, thank you!');
    expect(mailState(harness).outbox).toEqual([]);
  });

  it('uses the edited recipients when the user changed them on the card', async () => {
    const original = messageBySubject(harness, 'RE: Invoice 4471 for November', 'inbox');
    const result = await harness.run(createReplyDraftTool, {
      id: original.id,
      mode: 'replyAll',
      comment: 'Internal only',
      to: ['jonas.berg@lumenlabs.example'],
      cc: [],
    });
    const patch = writes(harness).find((request) => request.method === 'PATCH');
    expect(patch?.body).toEqual({
      toRecipients: [{ emailAddress: { address: 'jonas.berg@lumenlabs.example' } }],
      ccRecipients: [],
    });
    expect((result.content as { to: string[]; cc?: string[] }).to).toEqual(['jonas.berg@lumenlabs.example']);
    expect((result.content as { cc?: string[] }).cc).toBeUndefined();
  });

  it('forward needs a recipient; an unknown message fails; neither creates anything', async () => {
    const original = messageBySubject(harness, 'Team lunch Friday');
    const before = mailState(harness).mail.messages.length;
    const noTo = await failure(
      harness.run(createReplyDraftTool, { id: original.id, mode: 'forward', comment: 'FYI' }),
    );
    expect(noTo.code).toBe('no-recipients');
    const unknown = await failure(
      harness.run(createReplyDraftTool, { id: 'AAMkAGnope=', mode: 'reply', comment: 'Hi' }),
    );
    expect(isGraphRequestError(unknown) && unknown.kind).toBe('not-found');
    expect(writes(harness)).toEqual([]);
    expect(mailState(harness).mail.messages).toHaveLength(before);
  });

  it('removes the reply draft again when setting the approved recipients fails', async () => {
    const original = messageBySubject(harness, 'RE: Invoice 4471 for November', 'inbox');
    const before = mailState(harness).mail.messages.length;
    harness.simulator.configureFaults({
      rules: [{ method: 'PATCH', path: '/me/messages/', status: 400, code: 'ErrorInvalidRecipients' }],
    });
    const error = await failure(
      harness.run(createReplyDraftTool, {
        id: original.id,
        mode: 'reply',
        comment: 'Hi',
        to: ['jonas.berg@lumenlabs.example'],
      }),
    );
    expect(isGraphRequestError(error) && error.code).toBe('ErrorInvalidRecipients');
    expect(writes(harness).map((request) => request.method)).toEqual(['POST', 'PATCH', 'DELETE']);
    expect(mailState(harness).mail.messages).toHaveLength(before);
  });

  it('forward: createForward with the recipients and the comment', async () => {
    const original = messageBySubject(harness, 'Roadmap review');
    const preview = await harness.preview(createReplyDraftTool, {
      id: original.id,
      mode: 'forward',
      comment: 'See below',
      to: ['ana@contoso.example'],
    });
    expect(preview.fields[0]).toMatchObject({
      label: 'To',
      recipients: [{ address: 'ana@contoso.example', external: true }],
    });
    expect(preview.fields[1]).toMatchObject({ value: 'FW: Roadmap review' });
    harness.clearRequests();
    await harness.run(createReplyDraftTool, {
      id: original.id,
      mode: 'forward',
      comment: 'See below',
      to: ['ana@contoso.example'],
    });
    expect(writes(harness)[0]).toMatchObject({
      path: `/me/messages/${original.id}/createForward`,
      body: { comment: 'See below', toRecipients: [{ emailAddress: { address: 'ana@contoso.example' } }] },
    });
  });
});

describe('mail_update_draft', () => {
  it('patches only the given fields of a draft and previews the final recipients', async () => {
    const draft = messageBySubject(harness, 'Budget notes', 'drafts');
    const preview = await harness.preview(updateDraftTool, {
      id: draft.id,
      subject: 'Budget notes v2',
      cc: ['sam@northwind.example'],
    });
    expect(preview.fields.map((field) => [field.label, field.value])).toEqual([
      ['To', 'jonas.berg@lumenlabs.example'],
      ['Cc', 'sam@northwind.example'],
      ['Subject', 'Budget notes v2'],
    ]);
    expect(preview.warnings.map((warning) => warning.code)).toEqual(['external-recipient']);
    harness.clearRequests();
    await harness.run(updateDraftTool, {
      id: draft.id,
      subject: 'Budget notes v2',
      cc: ['sam@northwind.example'],
    });
    const patch = writes(harness);
    expect(patch).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        body: {
          subject: 'Budget notes v2',
          ccRecipients: [{ emailAddress: { address: 'sam@northwind.example' } }],
        },
      }),
    ]);
    const stored = mailState(harness).mail.messages.find((message) => message.id === draft.id);
    expect(stored?.subject).toBe('Budget notes v2');
    expect(stored?.toRecipients.map((recipient) => recipient.emailAddress.address)).toEqual([
      'jonas.berg@lumenlabs.example',
    ]);
  });

  it('refuses a message that is not a draft, and an empty change, without patching', async () => {
    const received = messageBySubject(harness, 'Team lunch Friday');
    const notDraft = await failure(harness.run(updateDraftTool, { id: received.id, subject: 'x' }));
    expect(notDraft.code).toBe('not-a-draft');
    const draft = messageBySubject(harness, 'Budget notes', 'drafts');
    const nothing = await failure(harness.run(updateDraftTool, { id: draft.id }));
    expect(nothing.code).toBe('nothing-to-change');
    expect(writes(harness)).toEqual([]);
    expect(messageBySubject(harness, 'Team lunch Friday').subject).toBe('Team lunch Friday');
  });
});

describe('mail_attach_file_to_draft', () => {
  it("copies another message's attachment onto the draft", async () => {
    const draft = messageBySubject(harness, 'Budget notes', 'drafts');
    const invoice = messageBySubject(harness, 'Invoice 4471 for November');
    const attachmentId = harness.simulator.store().mail.messages.find((message) => message.id === invoice.id)
      ?.attachments[0]?.id as string;
    const result = await harness.run(attachFileToDraftTool, {
      draftId: draft.id,
      fromMessageId: invoice.id,
      attachmentId,
    });
    const post = writes(harness)[0];
    expect(post).toMatchObject({ method: 'POST', path: `/me/messages/${draft.id}/attachments` });
    expect(post?.body).toMatchObject({
      '@odata.type': '#microsoft.graph.fileAttachment',
      name: 'invoice-4471.csv',
      contentType: 'text/csv',
    });
    const stored = mailState(harness).mail.messages.find((message) => message.id === draft.id);
    expect(stored?.attachments.map((attachment) => attachment.name)).toEqual(['invoice-4471.csv']);
    expect((result.content as { size: number }).size).toBeGreaterThan(0);
  });

  it('attaches a OneDrive file by path, with its bytes intact', async () => {
    const draft = messageBySubject(harness, 'Budget notes', 'drafts');
    await harness.run(attachFileToDraftTool, { draftId: draft.id, drivePath: 'Documents/plan.md' });
    const stored = mailState(harness).mail.messages.find((message) => message.id === draft.id);
    const attachment = stored?.attachments.find((candidate) => candidate.name === 'plan.md');
    expect(atob(attachment?.contentBytes ?? '')).toBe('# Plan\nShip it.');
  });

  it('refuses a file of 3 MB or more before downloading it, and a folder; the draft is unchanged', async () => {
    const draft = messageBySubject(harness, 'Budget notes', 'drafts');
    const large = await failure(
      harness.run(attachFileToDraftTool, { draftId: draft.id, drivePath: 'Documents/video.txt' }),
    );
    expect(large.code).toBe('attachment-too-large');
    expect(large.message).toMatch(/4\.0 MB; attaching files of 3 MB or more is not supported yet/);
    expect(harness.requests().some((request) => request.path.endsWith('/content'))).toBe(false);
    const folder = await failure(
      harness.run(attachFileToDraftTool, { draftId: draft.id, drivePath: 'Shared' }),
    );
    expect(folder.code).toBe('attachment-not-file');
    expect(writes(harness)).toEqual([]);
    expect(mailState(harness).mail.messages.find((message) => message.id === draft.id)?.attachments).toEqual(
      [],
    );
  });

  it('previews the file and the draft, and names them as targets', async () => {
    const draft = messageBySubject(harness, 'Budget notes', 'drafts');
    const args = { draftId: draft.id, drivePath: 'Documents/plan.md' };
    const preview = await harness.preview(attachFileToDraftTool, args);
    expect(preview.fields).toEqual([
      { label: 'File', value: 'Documents/plan.md', kind: 'path' },
      { label: 'Draft', value: draft.id, kind: 'text' },
    ]);
    expect(attachFileToDraftTool.targets?.(attachFileToDraftTool.input.parse(args))).toEqual({
      itemIds: [draft.id],
      paths: ['Documents/plan.md'],
    });
  });

  it('encodes OneDrive paths with spaces and quotes', async () => {
    const draft = messageBySubject(harness, 'Budget notes', 'drafts');
    await harness.run(attachFileToDraftTool, {
      draftId: draft.id,
      drivePath: "Documents/Q3 plan (Liam's).txt",
    });
    const stored = mailState(harness).mail.messages.find((message) => message.id === draft.id);
    expect(stored?.attachments.map((attachment) => attachment.name)).toEqual(["Q3 plan (Liam's).txt"]);
  });

  it('needs exactly one source', () => {
    expect(() =>
      attachFileToDraftTool.input.parse({ draftId: 'x', drivePath: 'a', driveItemId: 'b' }),
    ).toThrow(/exactly one source/);
    expect(() => attachFileToDraftTool.input.parse({ draftId: 'x', fromMessageId: 'm' })).toThrow(
      /exactly one source/,
    );
  });
});
