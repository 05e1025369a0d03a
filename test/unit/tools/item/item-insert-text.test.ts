/** @jest-environment jest-fixed-jsdom */
import { itemInsertText } from '../../../../src/tools/item/insert-text';
import { composeMailbox, previewTool, readMailbox, runTool, toolContext } from './outlook-mock';

describe('item_insert_text writes into the draft being composed', () => {
  it('inserts plain text at the cursor', async () => {
    const { office, state } = composeMailbox({ state: { bodyHtml: '<p>Hi Adele,</p><p>[[]]</p>' } });
    const result = await runTool(
      itemInsertText,
      { text: 'The budget is confirmed.' },
      toolContext(office).context,
    );
    expect(state.bodyHtml).toBe('<p>Hi Adele,</p><p>The budget is confirmed.</p>');
    expect(state.writes).toEqual(['body.setSelected']);
    expect(result).toMatchObject({
      content: { inserted: true, position: 'cursor', characters: 24 },
      summary: 'Inserted 24 characters into the draft',
    });
  });

  it('sanitizes HTML before inserting it, and the preview names what is left out', async () => {
    const { office, state } = composeMailbox({ state: { bodyHtml: '<p>Intro</p>' } });
    const html =
      '<p onclick="steal()">Numbers <b>confirmed</b>.</p><script>alert(1)</script>' +
      '<img src="https://tracker.example/p.gif?d=secret"><a href="https://contoso.com/budget">budget</a>';
    const { context } = toolContext(office);
    const preview = await previewTool(
      itemInsertText,
      { text: html, format: 'html', position: 'start' },
      context,
    );
    expect(preview).toEqual({
      title: 'Insert into your draft',
      fields: [
        { label: 'Where', value: 'At the start of the body', kind: 'text' },
        { label: 'Format', value: 'Formatted (HTML)', kind: 'text' },
      ],
      body: 'Numbers confirmed.\n\nbudget [https://contoso.com/budget]',
      bodyArg: 'text',
      warnings: [
        { code: 'other', message: 'Unsafe HTML will be left out: onclick, script, img (remote image).' },
      ],
    });
    expect(state.writes).toEqual([]);

    const result = await runTool(itemInsertText, { text: html, format: 'html', position: 'start' }, context);
    expect(state.bodyHtml).toBe(
      '<p>Numbers <b>confirmed</b>.</p><a href="https://contoso.com/budget">budget</a><p>Intro</p>',
    );
    expect(result.content).toMatchObject({ removedUnsafeHtml: ['onclick', 'script', 'img (remote image)'] });
    expect(itemInsertText.targets?.(itemInsertText.input.parse({ text: html, format: 'html' }))).toEqual({
      outgoingText: [html],
    });
  });

  it('appends plain text at the end as escaped HTML, keeping the formatted body', async () => {
    const { office, state } = composeMailbox({ state: { bodyHtml: '<html><body><p>Hi</p></body></html>' } });
    await runTool(
      itemInsertText,
      { text: 'Best,\nMegan <CFO>', position: 'end' },
      toolContext(office).context,
    );
    expect(state.bodyHtml).toBe('<html><body><p>Hi</p>Best,<br>Megan &lt;CFO&gt;</body></html>');
  });

  it('replaces the selected text, and refuses when nothing is selected', async () => {
    const { office, state } = composeMailbox({
      state: { bodyHtml: '<p>[[teh numbrs]]</p>', selection: 'teh numbrs' },
    });
    await runTool(
      itemInsertText,
      { text: 'the numbers', position: 'selection' },
      toolContext(office).context,
    );
    expect(state.bodyHtml).toBe('<p>the numbers</p>');

    const empty = composeMailbox({ state: { bodyHtml: '<p>unchanged</p>' } });
    await expect(
      runTool(itemInsertText, { text: 'x', position: 'selection' }, toolContext(empty.office).context),
    ).rejects.toMatchObject({
      code: 'invalid-argument',
      message: 'No text is selected in the draft. Select the text to replace, or insert at the cursor.',
    });
    expect(empty.state.writes).toEqual([]);
    expect(empty.state.bodyHtml).toBe('<p>unchanged</p>');
  });

  it('rejects empty text and a received email, changing nothing', async () => {
    expect(() => itemInsertText.input.parse({ text: '   ' })).toThrow('The text to insert is empty.');
    const { office, state } = readMailbox();
    await expect(
      runTool(itemInsertText, { text: 'Hello' }, toolContext(office).context),
    ).rejects.toMatchObject({
      code: 'wrong-mode',
      message:
        'item_insert_text works only while you write an email: open a new message, reply or draft first.',
    });
    expect(state.writes).toEqual([]);
    expect(itemInsertText.modes).toEqual(['compose']);
  });
});
