import { EXTRACT_LIMITS, extractText } from '../../../../src/tools/shared/extract';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('extractText caps what it returns and refuses what is too big', () => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz';

  it('returns a window of maxChars with the offset to read on, then the rest', async () => {
    const first = await extractText({
      bytes: utf8(alphabet),
      contentType: 'text/plain',
      name: 'a.txt',
      maxChars: 10,
    });
    expect(first).toEqual({
      kind: 'text',
      text: 'abcdefghij',
      totalChars: 26,
      truncated: true,
      nextOffset: 10,
    });
    const second = await extractText({
      bytes: utf8(alphabet),
      contentType: 'text/plain',
      name: 'a.txt',
      maxChars: 10,
      offset: 20,
    });
    expect(second).toEqual({ kind: 'text', text: 'uvwxyz', totalChars: 26, truncated: false });
  });

  it('does not cut a surrogate pair in half', async () => {
    const result = await extractText({
      bytes: utf8('ab😀cd'),
      contentType: 'text/plain',
      name: 'e.txt',
      maxChars: 3,
    });
    expect(result.text).toBe('ab');
    expect(result.nextOffset).toBe(2);
  });

  it('says so when the offset is past the end', async () => {
    const result = await extractText({
      bytes: utf8(alphabet),
      contentType: 'text/plain',
      name: 'a.txt',
      offset: 99,
    });
    expect(result).toMatchObject({
      text: '',
      totalChars: 26,
      truncated: false,
      note: 'Offset 99 is past the end (26 characters).',
    });
  });

  it('caps at 20,000 characters by default', async () => {
    const result = await extractText({
      bytes: utf8('x'.repeat(25_000)),
      contentType: 'text/plain',
      name: 'long.txt',
    });
    expect(result.text).toHaveLength(EXTRACT_LIMITS.defaultMaxChars);
    expect(result).toMatchObject({ totalChars: 25_000, truncated: true, nextOffset: 20_000 });
  });

  it('refuses a 50 MB file without decoding it', async () => {
    const bytes = new Uint8Array(50 * 1024 * 1024);
    const decode = jest.spyOn(TextDecoder.prototype, 'decode');
    const result = await extractText({ bytes, contentType: 'text/plain', name: 'dump.txt' });
    expect(decode).not.toHaveBeenCalled();
    decode.mockRestore();
    expect(result).toEqual({
      kind: 'text',
      text: '',
      totalChars: 0,
      truncated: false,
      note: 'The file is 50.0 MB; files over 20.0 MB are not read. Open it in its own app instead.',
    });
  });
});
