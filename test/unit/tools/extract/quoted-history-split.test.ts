import {
  bodyHtmlToModelText,
  bodyTextToModelText,
  quotedHistoryMarker,
} from '../../../../src/tools/shared/html-text';

describe('bodies for the model: quoted history split off', () => {
  it('splits at a Gmail-style "On … wrote:" line and its > block', () => {
    const body = bodyHtmlToModelText(
      '<div>Sounds good, Friday works.</div><div class="gmail_quote"><div>On Tue, 17 Nov 2026 at 10:02, Adele Vance &lt;adele@contoso.com&gt; wrote:</div><blockquote>Can we meet Friday?<br>Adele</blockquote></div>',
    );
    expect(body.text).toBe('Sounds good, Friday works.');
    expect(body.quoted).toEqual({
      messages: 1,
      chars: body.quoted?.text.length,
      text: 'On Tue, 17 Nov 2026 at 10:02, Adele Vance <adele@contoso.com> wrote:\n\n> Can we meet Friday?\n> Adele',
    });
  });

  it('splits at "-----Original Message-----" and counts each header block', () => {
    const body = bodyTextToModelText(
      'Approved.\r\n\r\n-----Original Message-----\r\nFrom: Alex\r\nSent: Monday\r\nSubject: PO\r\n\r\nPlease approve.\r\n\r\nFrom: Jon\r\nDate: Sunday\r\n\r\nPO attached.',
    );
    expect(body.text).toBe('Approved.');
    expect(body.quoted?.messages).toBe(2);
    expect(quotedHistoryMarker(body.quoted!)).toBe(
      `[quoted history: 2 earlier messages, ${body.quoted!.chars} chars — call with includeQuoted to see]`,
    );
  });

  it('leaves a body without history whole, and keeps inline > quotes followed by the writer’s own text', () => {
    expect(bodyTextToModelText('Hi,\n\n\n\nno history here.  \n')).toEqual({
      text: 'Hi,\n\nno history here.',
      hiddenPartsDropped: 0,
    });
    const inline = bodyTextToModelText('> Can you do Friday?\nYes, Friday is fine.');
    expect(inline.quoted).toBeUndefined();
  });
});
