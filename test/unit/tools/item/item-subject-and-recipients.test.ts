import { itemAddRecipients } from '../../../../src/tools/item/add-recipients';
import { itemSetSubject } from '../../../../src/tools/item/set-subject';
import { composeMailbox, previewTool, readMailbox, runTool, toolContext } from './outlook-mock';

describe('item_set_subject changes the draft subject', () => {
  it('previews old and new subject, sets it, and offers an undo', async () => {
    const { office, state } = composeMailbox();
    const { context, marker } = toolContext(office);
    const preview = await previewTool(itemSetSubject, { subject: '  Q3 budget: confirmed ' }, context);
    expect(preview).toEqual({
      title: 'Change the subject of your draft',
      fields: [
        { label: 'New subject', value: 'Q3 budget: confirmed', kind: 'subject', editableArg: 'subject' },
        { label: 'Current subject', value: 'RE: Q3 budget', kind: 'subject' },
      ],
      warnings: [],
    });
    const result = await runTool(itemSetSubject, { subject: '  Q3 budget: confirmed ' }, context);
    expect(state.subject).toBe('Q3 budget: confirmed');
    expect(result).toMatchObject({
      content: { subject: 'Q3 budget: confirmed', previousSubject: marker.wrap('RE: Q3 budget') },
      undo: { tool: 'item_set_subject', args: { subject: 'RE: Q3 budget' } },
    });
  });

  it('rejects an empty or overlong subject and a received email, changing nothing', async () => {
    expect(() => itemSetSubject.input.parse({ subject: ' ' })).toThrow('The subject is empty.');
    expect(() => itemSetSubject.input.parse({ subject: 'x'.repeat(256) })).toThrow(
      'The subject must be at most 255 characters.',
    );
    const { office, state } = readMailbox();
    await expect(
      runTool(itemSetSubject, { subject: 'New' }, toolContext(office).context),
    ).rejects.toMatchObject({ code: 'wrong-mode' });
    expect(state.writes).toEqual([]);
  });
});

describe('item_add_recipients adds people to the draft', () => {
  const args = {
    to: ['Alex Wilber <alex@contoso.com>'],
    cc: ['jon@fabrikam.com', 'adele@contoso.com'],
    bcc: ['"Audit" <audit@contoso.com>'],
  };

  it('previews each field with outside-the-organisation recipients flagged, and names every address as a target', async () => {
    const { office, state } = composeMailbox();
    const preview = await previewTool(itemAddRecipients, args, toolContext(office).context);
    expect(preview).toEqual({
      title: 'Add recipients to your draft',
      fields: [
        {
          label: 'To',
          value: 'Alex Wilber <alex@contoso.com>',
          kind: 'recipients',
          recipients: [{ address: 'alex@contoso.com', name: 'Alex Wilber', external: false }],
          editableArg: 'to',
        },
        {
          label: 'Cc',
          value: 'jon@fabrikam.com (external), adele@contoso.com',
          kind: 'recipients',
          recipients: [
            { address: 'jon@fabrikam.com', external: true },
            { address: 'adele@contoso.com', external: false },
          ],
          editableArg: 'cc',
        },
        {
          label: 'Bcc',
          value: 'Audit <audit@contoso.com>',
          kind: 'recipients',
          recipients: [{ address: 'audit@contoso.com', name: 'Audit', external: false }],
          editableArg: 'bcc',
        },
      ],
      warnings: [],
    });
    expect(itemAddRecipients.targets?.(itemAddRecipients.input.parse(args))).toEqual({
      recipients: ['alex@contoso.com', 'jon@fabrikam.com', 'adele@contoso.com', 'audit@contoso.com'],
    });
    expect(state.writes).toEqual([]);
  });

  it('adds them, skipping anyone already in that field', async () => {
    const { office, state } = composeMailbox();
    const result = await runTool(
      itemAddRecipients,
      { ...args, to: [...args.to, 'ADELE@contoso.com'] },
      toolContext(office).context,
    );
    expect(state.to.map((entry) => entry.emailAddress)).toEqual(['adele@contoso.com', 'alex@contoso.com']);
    expect(state.cc).toEqual([
      { displayName: 'jon@fabrikam.com', emailAddress: 'jon@fabrikam.com' },
      { displayName: 'adele@contoso.com', emailAddress: 'adele@contoso.com' },
    ]);
    expect(state.bcc).toEqual([{ displayName: 'Audit', emailAddress: 'audit@contoso.com' }]);
    expect(result).toMatchObject({
      content: {
        added: {
          to: ['alex@contoso.com'],
          cc: ['jon@fabrikam.com', 'adele@contoso.com'],
          bcc: ['audit@contoso.com'],
        },
        alreadyPresent: ['ADELE@contoso.com'],
      },
      summary: 'Added 4 recipients to the draft',
    });
  });

  it('rejects an invalid address or no recipients before anything runs, and a received email', async () => {
    const invalid = itemAddRecipients.input.safeParse({ to: ['alex@contoso.com', 'not-an-address'] });
    expect(invalid.error?.issues).toEqual([
      expect.objectContaining({
        path: ['to', 1],
        message: '"not-an-address" is not a valid email address (use name@domain or "Name <name@domain>").',
      }),
    ]);
    expect(() => itemAddRecipients.input.parse({ to: [] })).toThrow(
      'Name at least one recipient in to, cc or bcc.',
    );
    const { office, state } = readMailbox();
    await expect(
      runTool(itemAddRecipients, { to: ['alex@contoso.com'] }, toolContext(office).context),
    ).rejects.toMatchObject({
      code: 'wrong-mode',
      message:
        'item_add_recipients works only while you write an email: open a new message, reply or draft first.',
    });
    expect(state.writes).toEqual([]);
  });
});
