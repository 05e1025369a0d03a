/** Long text handed to the model in windows: a cap, a visible marker, and the offset to read further. */
export interface TextWindow {
  text: string;
  totalChars: number;
  truncated: boolean;
  /** Where the next window starts, when truncated. */
  nextOffset?: number;
}

/** Cuts `text` to `maxChars` from `offset`, preferring a break at whitespace near the end of the window. */
export function textWindow(text: string, offset = 0, maxChars = 4000): TextWindow {
  const start = Math.min(Math.max(0, offset), text.length);
  const end = start + maxChars;
  if (end >= text.length) return { text: text.slice(start), totalChars: text.length, truncated: false };
  const lastBreak = text.lastIndexOf(' ', end);
  const cut = lastBreak > start + maxChars * 0.8 ? lastBreak + 1 : end;
  return {
    text: `${text.slice(start, cut).trimEnd()} [truncated: ${text.length - cut} more characters; read on with offset ${cut}]`,
    totalChars: text.length,
    truncated: true,
    nextOffset: cut,
  };
}
