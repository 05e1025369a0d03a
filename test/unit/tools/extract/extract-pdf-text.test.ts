import { extractText } from '../../../../src/tools/shared/extract';
import { makePdf } from '../../../fixtures/files/make-files';

describe('extractText reads PDFs with pdf.js (legacy build, main-thread worker)', () => {
  it('reads the text of every page, marking pages', async () => {
    const bytes = await makePdf([
      ['Invoice 2026-114', 'Total due: 1,250.00 EUR'],
      ['Payment within 30 days.'],
    ]);
    const result = await extractText({ bytes, contentType: 'application/pdf', name: 'invoice.pdf' });
    expect(result.kind).toBe('pdf');
    expect(result.text).toBe(
      '[page 1]\nInvoice 2026-114\nTotal due: 1,250.00 EUR\n\n[page 2]\nPayment within 30 days.',
    );
    expect(result.note).toBeUndefined();
  });

  it('recognises a PDF by its first bytes when the type and name say nothing', async () => {
    const bytes = await makePdf([['Only page']]);
    const result = await extractText({
      bytes,
      contentType: 'application/octet-stream',
      name: 'download',
      maxChars: 4,
    });
    expect(result).toMatchObject({
      kind: 'pdf',
      text: 'Only',
      totalChars: 9,
      truncated: true,
      nextOffset: 4,
    });
    // The caller's bytes are left intact for a second read.
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('reads a PDF handed over as a Node Buffer (base64-decoded attachment bytes)', async () => {
    const bytes = Buffer.from(await makePdf([['From a Buffer']]));
    const result = await extractText({ bytes, contentType: 'application/pdf', name: 'attachment.pdf' });
    expect(result).toMatchObject({ kind: 'pdf', text: 'From a Buffer' });
  });

  it('reports a broken PDF in a note instead of throwing', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nthis is not really a pdf');
    const result = await extractText({ bytes, contentType: 'application/pdf', name: 'broken.pdf' });
    expect(result).toMatchObject({ kind: 'pdf', text: '', totalChars: 0, truncated: false });
    expect(result.note).toBe('The file is not a readable PDF.');
  });
});
