import { itemGetCurrent } from '../../../../src/tools/item/get-current-item';
import { composeMailbox, emptyMailbox, readMailbox, runTool, toolContext } from './outlook-mock';

interface Content {
  body: {
    text: string;
    totalChars: number;
    truncated?: boolean;
    nextOffset?: number;
    hiddenPartsDropped?: number;
  };
  [key: string]: unknown;
}

describe('item_get_current reads the open email without Graph', () => {
  it('read mode: people, local date, ids, categories; body text with hidden text dropped and quoted history marked', async () => {
    const { office } = readMailbox({
      attachments: [
        {
          id: 'att-1',
          name: 'budget.xlsx',
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          size: 18_432,
        },
      ],
    });
    const { context, marker } = toolContext(office);
    const result = await runTool(itemGetCurrent, {}, context);
    const content = result.content as Content;
    expect(content).toMatchObject({
      mode: 'read',
      subject: marker.wrap('Q3 budget'),
      from: { name: marker.wrap('Adele Vance'), address: 'adele@contoso.com' },
      to: [
        { name: marker.wrap('Megan Bowen'), address: 'megan@contoso.com' },
        { name: marker.wrap('Alex Wilber'), address: 'alex@contoso.com' },
      ],
      cc: [{ name: marker.wrap('Jon Partner'), address: 'jon@fabrikam.com' }],
      received: 'Thu 2026-11-19 09:30 (Europe/Berlin)',
      categories: ['Finance'],
      conversationId: 'conv-q3',
      id: 'rest-AAMkRead1',
      attachments: [{ id: 'att-1', name: marker.wrap('budget.xlsx'), size: 18_432 }],
    });
    const body = content.body;
    const text = marker.split(body.text).inside.join('');
    expect(text).toMatch(
      /^Hi Megan,\n\nCan you confirm the Q3 budget by Friday\?\n\nThanks, Adele\n\n\[quoted history: 2 earlier messages, \d{3} chars — call with includeQuoted to see\]$/u,
    );
    expect(text).not.toContain('attacker@evil.example');
    expect(text).not.toContain('first draft');
    expect(body.hiddenPartsDropped).toBe(1);
    expect(body.truncated).toBeUndefined();
    expect(result.citations).toEqual([{ kind: 'message', id: 'rest-AAMkRead1', title: 'Q3 budget' }]);
    expect(result.summary).toBe('Read the open email');
  });

  it('includes the quoted history on request, and pages a long body with offset', async () => {
    const { office } = readMailbox();
    const { context, marker } = toolContext(office);
    const full = (await runTool(itemGetCurrent, { includeQuoted: true }, context)).content as Content;
    const fullText = marker.split(full.body.text).inside.join('');
    expect(fullText).toContain('Here is the first draft of the budget.');
    expect(fullText).toContain('Could you send me the Q3 numbers?');
    expect(fullText).not.toContain('[quoted history');

    const first = (await runTool(itemGetCurrent, { includeQuoted: true, maxChars: 200 }, context))
      .content as Content;
    expect(first.body).toMatchObject({ totalChars: fullText.length, truncated: true, nextOffset: 200 });
    const rest = (
      await runTool(itemGetCurrent, { includeQuoted: true, maxChars: 20_000, offset: 200 }, context)
    ).content as Content;
    expect(marker.split(first.body.text).inside.join('') + marker.split(rest.body.text).inside.join('')).toBe(
      fullText,
    );
  });

  it('compose mode: the draft subject, recipients, body and the selected text, all marked', async () => {
    const { office } = composeMailbox({
      state: {
        selection: 'Draft reply.',
        cc: [{ displayName: 'Jon Partner', emailAddress: 'jon@fabrikam.com' }],
      },
    });
    const { context, marker } = toolContext(office);
    const result = await runTool(itemGetCurrent, {}, context);
    expect(result.content).toEqual({
      mode: 'compose',
      subject: marker.wrap('RE: Q3 budget'),
      to: [{ name: marker.wrap('Adele Vance'), address: 'adele@contoso.com' }],
      cc: [{ name: marker.wrap('Jon Partner'), address: 'jon@fabrikam.com' }],
      body: { text: marker.wrap('Hi Adele,\n\nDraft reply.'), totalChars: 23 },
      attachments: [],
      categories: [],
      conversationId: 'conv-q3',
      selectedText: marker.wrap('Draft reply.'),
      saved: false,
    });
    expect(result.summary).toBe('Read your draft');
  });

  it('says clearly when no email is open or Outlook is missing', async () => {
    await expect(
      runTool(itemGetCurrent, {}, toolContext(emptyMailbox().office).context),
    ).rejects.toMatchObject({
      code: 'no-item',
      message: 'No email is open. Select or open an email and try again.',
    });
    await expect(runTool(itemGetCurrent, {}, toolContext(null).context)).rejects.toMatchObject({
      code: 'office-unavailable',
    });
  });
});
