/** @jest-environment jest-fixed-jsdom */
import { itemOpenReplyForm } from '../../../../src/tools/item/open-reply-form';
import { itemUpdateCategories } from '../../../../src/tools/item/update-categories';
import { composeMailbox, emptyMailbox, previewTool, readMailbox, runTool, toolContext } from './outlook-mock';

describe('item_open_reply_form opens a prefilled reply the user sends', () => {
  it('previews who Outlook will address (the user left out, external flagged) and opens Reply all', async () => {
    const { office, state } = readMailbox();
    const { context } = toolContext(office);
    const args = { body: 'Confirmed — see you Friday.\nMegan', replyAll: true };
    const preview = await previewTool(itemOpenReplyForm, args, context);
    expect(preview).toEqual({
      title: 'Open a Reply all form (you send it)',
      fields: [
        {
          label: 'To',
          value:
            'Adele Vance <adele@contoso.com>, Alex Wilber <alex@contoso.com>, Jon Partner <jon@fabrikam.com> (external)',
          kind: 'recipients',
          recipients: [
            { address: 'adele@contoso.com', name: 'Adele Vance', external: false },
            { address: 'alex@contoso.com', name: 'Alex Wilber', external: false },
            { address: 'jon@fabrikam.com', name: 'Jon Partner', external: true },
          ],
        },
        { label: 'Subject', value: 'RE: Q3 budget', kind: 'subject' },
      ],
      body: 'Confirmed — see you Friday.\nMegan',
      bodyArg: 'body',
      warnings: [],
    });
    const result = await runTool(itemOpenReplyForm, args, context);
    expect(state.forms).toEqual([{ kind: 'reply-all', html: 'Confirmed — see you Friday.<br>Megan' }]);
    expect(result.content).toMatchObject({
      opened: 'reply-all',
      to: ['adele@contoso.com', 'alex@contoso.com', 'jon@fabrikam.com'],
    });
  });

  it('sanitizes an HTML reply body', async () => {
    const { office, state } = readMailbox();
    await runTool(
      itemOpenReplyForm,
      {
        body: '<p>Thanks!</p><script>x()</script><iframe src="https://evil.example"></iframe>',
        format: 'html',
      },
      toolContext(office).context,
    );
    expect(state.forms).toEqual([{ kind: 'reply', html: '<p>Thanks!</p>' }]);
  });

  it('refuses in a draft and with an empty body, opening nothing', async () => {
    expect(() => itemOpenReplyForm.input.parse({ body: '' })).toThrow('The reply text is empty.');
    const { office } = composeMailbox();
    await expect(
      runTool(itemOpenReplyForm, { body: 'Hi' }, toolContext(office).context),
    ).rejects.toMatchObject({
      code: 'wrong-mode',
      message: 'item_open_reply_form works only on a received email you are reading, not on a draft.',
    });
    expect(itemOpenReplyForm.category).toBe('draft');
  });
});

describe('item_update_categories adds and removes categories on the open item', () => {
  it('read mode: previews, then adds and removes, with an undo that reverses exactly that', async () => {
    const { office, state } = readMailbox();
    const { context } = toolContext(office);
    const args = { add: ['Follow up'], remove: ['finance', 'Customer'] };
    expect(await previewTool(itemUpdateCategories, args, context)).toEqual({
      title: 'Change the categories of the open email',
      fields: [
        { label: 'Email', value: 'Q3 budget', kind: 'subject' },
        { label: 'Add', value: 'Follow up', kind: 'text', editableArg: 'add' },
        { label: 'Remove', value: 'finance, Customer', kind: 'text', editableArg: 'remove' },
      ],
      warnings: [],
    });
    const result = await runTool(itemUpdateCategories, args, context);
    expect(state.categories).toEqual(['Follow up']);
    expect(result).toEqual({
      content: {
        categories: ['Follow up'],
        added: ['Follow up'],
        removed: ['Finance'],
        notOnItem: ['Customer'],
      },
      summary: 'Updated categories (2 changes)',
      undo: {
        tool: 'item_update_categories',
        args: { add: ['Finance'], remove: ['Follow up'] },
        label: 'Restore the previous categories',
      },
    });
  });

  it('compose mode works too', async () => {
    const { office, state } = composeMailbox();
    await runTool(itemUpdateCategories, { add: ['Customer'] }, toolContext(office).context);
    expect(state.categories).toEqual(['Customer']);
  });

  it('explains a category missing from the master list and changes nothing', async () => {
    const { office, state } = readMailbox();
    await expect(
      runTool(
        itemUpdateCategories,
        { add: ['Secret project'], remove: ['Finance'] },
        toolContext(office).context,
      ),
    ).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(
        /^Outlook did not add Secret project: .*not in the master list\. A category must exist in your category list first\.$/u,
      ),
    });
    expect(state.categories).toEqual(['Finance']);
    expect(state.writes).toEqual([]);
  });

  it('rejects empty or contradictory input, and no open item', async () => {
    expect(() => itemUpdateCategories.input.parse({})).toThrow(
      'Name at least one category to add or remove.',
    );
    expect(() => itemUpdateCategories.input.parse({ add: ['A'], remove: ['a'] })).toThrow(
      'A category cannot be both added and removed.',
    );
    await expect(
      runTool(itemUpdateCategories, { add: ['Finance'] }, toolContext(emptyMailbox().office).context),
    ).rejects.toMatchObject({ code: 'no-item' });
  });
});
