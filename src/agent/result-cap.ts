/** Serialises a tool result for the model and caps it, with a marker the model can see and act on. */
export interface CappedResult {
  text: string;
  truncated: boolean;
  originalLength: number;
}

export function serialiseResult(content: unknown): string {
  if (typeof content === 'string') return content;
  return JSON.stringify(content) ?? 'null';
}

/**
 * Cuts `text` to `maxChars`. If the cut lands inside an untrusted span the span is closed again, so the
 * truncation note never reads as if it were part of the untrusted content.
 */
export function capResult(
  text: string,
  maxChars: number,
  delimiters?: { open: string; close: string },
): CappedResult {
  if (text.length <= maxChars) return { text, truncated: false, originalLength: text.length };
  let cut = text.slice(0, maxChars);
  if (delimiters) {
    const lastOpen = cut.lastIndexOf(delimiters.open);
    const lastClose = cut.lastIndexOf(delimiters.close);
    if (lastOpen > lastClose) cut += delimiters.close;
  }
  const omitted = text.length - maxChars;
  return {
    text: `${cut}\n[truncated: ${omitted} more characters not shown; ask for a narrower range or a specific item]`,
    truncated: true,
    originalLength: text.length,
  };
}
