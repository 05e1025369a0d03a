import type { ExtractTextResult, ExtractedKind } from '../extract-text';

/**
 * Cuts `text` to the window `[offset, offset + maxChars)` and reports how to read on. A cut that would split a
 * surrogate pair moves back one character, so the model never sees half an emoji.
 */
export function capText(
  kind: ExtractedKind,
  text: string,
  window: { offset: number; maxChars: number },
  note?: string,
): ExtractTextResult {
  const totalChars = text.length;
  const start = Math.min(Math.max(0, window.offset), totalChars);
  let end = Math.min(totalChars, start + Math.max(0, window.maxChars));
  if (end < totalChars && end > start && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  const truncated = end < totalChars;
  const notes = [note];
  if (window.offset > totalChars)
    notes.push(`Offset ${window.offset} is past the end (${totalChars} characters).`);
  return {
    kind,
    text: text.slice(start, end),
    totalChars,
    truncated,
    ...(truncated ? { nextOffset: end } : {}),
    ...noteField(notes),
  };
}

export function noteField(notes: Array<string | undefined>): { note?: string } {
  const joined = notes.filter((note): note is string => Boolean(note)).join(' ');
  return joined ? { note: joined } : {};
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
