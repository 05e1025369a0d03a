import { OfficeError } from '../../../../src/office/office-error';
import { itemReadAttachment } from '../../../../src/tools/item/read-attachment';
import { makeDocx } from '../../../fixtures/files/make-files';
import { composeMailbox, readMailbox, runTool, toolContext, type MockAttachment } from './outlook-mock';

type Content = Record<string, unknown>;
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function mailboxWithAttachments() {
  const docx = await makeDocx(['Statement of work', 'Phase one ends on 15 March.']);
  const csv = new TextEncoder().encode('item,cost\ntravel,1200\nhotel,860\n');
  const attachments: MockAttachment[] = [
    {
      id: 'att-docx',
      name: 'SOW.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: docx.length,
      content: { format: 'base64', content: base64(docx) },
    },
    {
      id: 'att-csv',
      name: 'costs.csv',
      contentType: 'application/octet-stream',
      size: csv.length,
      content: { format: 'base64', content: base64(csv) },
    },
    {
      id: 'att-png',
      name: 'chart.png',
      contentType: 'image/png',
      size: 245_760,
      content: { format: 'base64', content: 'iVBORw0KGgo=' },
    },
    {
      id: 'att-huge',
      name: 'dump.log',
      contentType: 'text/plain',
      size: 50 * 1024 * 1024,
      content: { format: 'base64', content: '' },
    },
    {
      id: 'att-mail',
      name: 'Original request',
      contentType: 'message/rfc822',
      size: 900,
      attachmentType: 'item',
      content: { format: 'eml', content: 'Subject: Original request\r\n\r\nPlease quote for 40 laptops.' },
    },
    {
      id: 'att-cloud',
      name: 'Plan.pptx',
      contentType: '',
      size: 0,
      attachmentType: 'cloud',
      content: { format: 'url', content: 'https://contoso.sharepoint.com/plan.pptx' },
    },
  ];
  return readMailbox({ attachments });
}

describe('item_read_attachment reads attachments through Office.js', () => {
  it('extracts a DOCX found by name, marking its name and text as untrusted', async () => {
    const { office, contentCalls } = await mailboxWithAttachments();
    const { context, marker } = toolContext(office);
    const result = await runTool(itemReadAttachment, { name: 'sow.docx' }, context);
    expect(contentCalls).toEqual(['att-docx']);
    expect(result.content).toEqual({
      attachment: {
        id: 'att-docx',
        name: marker.wrap('SOW.docx'),
        contentType: expect.stringContaining('wordprocessingml'),
        size: expect.any(Number),
      },
      kind: 'docx',
      text: marker.wrap('Statement of work\n\nPhase one ends on 15 March.'),
      totalChars: 46,
    });
    expect(result.summary).toBe('Read attachment SOW.docx');
  });

  it('reads a CSV by id in capped windows', async () => {
    const { office } = await mailboxWithAttachments();
    const { context, marker } = toolContext(office);
    const first = (await runTool(itemReadAttachment, { attachmentId: 'att-csv', maxChars: 200 }, context))
      .content as Content;
    expect(first).toMatchObject({
      kind: 'csv',
      totalChars: 32,
      text: marker.wrap('item,cost\ntravel,1200\nhotel,860\n'),
    });
    const window = (
      await runTool(itemReadAttachment, { attachmentId: 'att-csv', maxChars: 200, offset: 10 }, context)
    ).content as Content;
    expect(window.text).toBe(marker.wrap('travel,1200\nhotel,860\n'));
  });

  it('describes an image and refuses an oversized file without downloading either', async () => {
    const { office, contentCalls } = await mailboxWithAttachments();
    const { context } = toolContext(office);
    const image = (await runTool(itemReadAttachment, { attachmentId: 'att-png' }, context))
      .content as Content;
    expect(image).toMatchObject({
      kind: 'image',
      text: '',
      note: 'An image (image/png, 240 KB); images are described by metadata only, their content is not read.',
    });
    const huge = (await runTool(itemReadAttachment, { attachmentId: 'att-huge' }, context))
      .content as Content;
    expect(huge).toMatchObject({
      kind: 'unsupported',
      text: '',
      note: 'The attachment is 50.0 MB; files over 20.0 MB are not read. Open it in its own app instead.',
    });
    expect(contentCalls).toEqual([]);
  });

  it('reads an attached email as text and explains a cloud attachment', async () => {
    const { office } = await mailboxWithAttachments();
    const { context, marker } = toolContext(office);
    const mail = (await runTool(itemReadAttachment, { attachmentId: 'att-mail' }, context))
      .content as Content;
    expect(mail).toMatchObject({
      kind: 'text',
      text: marker.wrap('Subject: Original request\r\n\r\nPlease quote for 40 laptops.'),
    });
    const cloud = (await runTool(itemReadAttachment, { attachmentId: 'att-cloud' }, context))
      .content as Content;
    expect(cloud).toMatchObject({
      kind: 'unsupported',
      note: 'This attachment is a link to a cloud file; open it from the email to read it.',
    });
  });

  it('lists the attachments when the one asked for does not exist', async () => {
    const { office, contentCalls } = await mailboxWithAttachments();
    const { context } = toolContext(office);
    await expect(runTool(itemReadAttachment, { name: 'contract.pdf' }, context)).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(
        /^No attachment named "contract.pdf" on the open email\. Attachments: "SOW.docx" \(att-docx\), "costs.csv" \(att-csv\)/u,
      ),
    });
    const none = composeMailbox();
    await expect(
      runTool(itemReadAttachment, { attachmentId: 'x' }, toolContext(none.office).context),
    ).rejects.toThrow('No attachment with id x on the open email. The email has no attachments.');
    expect(() => itemReadAttachment.input.parse({})).toThrow(
      'Give the attachmentId (from item_get_current) or the attachment name.',
    );
    expect(contentCalls).toEqual([]);
  });
});

describe('item_read_attachment on an Outlook without getAttachmentContentAsync', () => {
  it('points to the mail tools with the message id', async () => {
    const { office } = readMailbox({
      attachments: [{ id: 'att-1', name: 'notes.txt', contentType: 'text/plain', size: 10 }],
    });
    const legacy = {
      ...office,
      getAttachmentContent: () =>
        Promise.reject(
          new OfficeError('not-supported', 'Outlook does not support "read the attachment" here.'),
        ),
    };
    await expect(
      runTool(itemReadAttachment, { attachmentId: 'att-1' }, toolContext(legacy).context),
    ).rejects.toMatchObject({
      code: 'not-supported',
      message:
        'This Outlook cannot give add-ins attachment content. Read it with the mail tools instead (message id rest-AAMkRead1).',
    });
  });
});
