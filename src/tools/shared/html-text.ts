import { htmlToSafeText } from '../../security/html-to-safe-text';

/**
 * Message bodies as a model should read them: HTML converted with hidden text dropped (security/html-to-safe-text),
 * whitespace collapsed, and the quoted history of earlier messages split off, so a long thread does not bury the
 * new text and cost thousands of tokens. Shared by the current-item and mail tools.
 */
export interface QuotedHistory {
  /** Earlier messages found in the quoted part (at least 1). */
  messages: number;
  chars: number;
  text: string;
}

export interface ModelBodyText {
  /** The body without its quoted history. */
  text: string;
  quoted?: QuotedHistory;
  /** Hidden parts of the HTML that were left out (display:none, white-on-white, comments…). */
  hiddenPartsDropped: number;
}

const FROM_HEADER = /^\*{0,2}(from|von|de|da|van|från|fra|od)\s*:\*{0,2}\s*\S/iu;
const DATE_HEADER =
  /^\*{0,2}(sent|date|gesendet|datum|envoyé|enviado|inviato|verzonden|skickat|sendt|wysłano)\s*:/iu;
const ORIGINAL_MESSAGE =
  /^-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original|forwarded message)\s*-{2,}$/iu;
const WROTE =
  /^(on|am|le|el|il|op|den)\s.{3,240}(wrote|schrieb|a écrit|escribió|ha scritto|schreef|skrev)\s*:$/iu;
const SEPARATOR = /^(-{5,}|_{5,})$/u;

/** HTML body → model text with hidden parts dropped and the quoted history split off. */
export function bodyHtmlToModelText(html: string): ModelBodyText {
  const safe = htmlToSafeText(html);
  return { ...splitQuotedHistory(collapseWhitespace(safe.text)), hiddenPartsDropped: safe.dropped.length };
}

/** Plain-text body → the same shape (no HTML, so nothing hidden to drop). */
export function bodyTextToModelText(text: string): ModelBodyText {
  return { ...splitQuotedHistory(collapseWhitespace(text)), hiddenPartsDropped: 0 };
}

export function collapseWhitespace(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(/[ \t\u00a0]+\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/**
 * Finds where the quoted history starts: an Outlook header block (From:/Sent:, with or without a rule above it),
 * "-----Original Message-----", a "On … wrote:" line, or a trailing block of "> " lines. Everything from there on
 * is history.
 */
export function splitQuotedHistory(text: string): { text: string; quoted?: QuotedHistory } {
  const lines = text.split('\n');
  const start = quotedStart(lines);
  if (start === undefined) return { text };
  const own = lines.slice(0, start).join('\n').trim();
  const quotedText = lines.slice(start).join('\n').trim();
  const quotedLines = lines.slice(start);
  let messages = 0;
  quotedLines.forEach((line, index) => {
    if (isHeaderAt(quotedLines, index) || isWroteAt(quotedLines, index)) messages += 1;
  });
  return {
    text: own,
    quoted: { messages: Math.max(1, messages), chars: quotedText.length, text: quotedText },
  };
}

/** "[quoted history: 3 earlier messages, 2,140 chars — call with includeQuoted to see]" */
export function quotedHistoryMarker(quoted: QuotedHistory, hint = 'call with includeQuoted to see'): string {
  const noun = quoted.messages === 1 ? 'earlier message' : 'earlier messages';
  return `[quoted history: ${quoted.messages} ${noun}, ${quoted.chars.toLocaleString('en-US')} chars — ${hint}]`;
}

function quotedStart(lines: string[]): number | undefined {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index].trim();
    if (ORIGINAL_MESSAGE.test(line)) return index;
    if (SEPARATOR.test(line) && isHeaderAt(lines, nextNonEmpty(lines, index + 1))) return index;
    if (isHeaderAt(lines, index) || isWroteAt(lines, index)) return index;
    if (line.startsWith('>') && restIsQuoted(lines, index)) return index;
  }
  return undefined;
}

function isHeaderAt(lines: string[], index: number | undefined): boolean {
  if (index === undefined || !FROM_HEADER.test(lines[index]?.trim() ?? '')) return false;
  return lines.slice(index + 1, index + 4).some((line) => DATE_HEADER.test(line.trim()));
}

/** "On Tue, … Adele Vance <adele@…> wrote:" — mail clients wrap it over two lines at times. */
function isWroteAt(lines: string[], index: number): boolean {
  const line = lines[index].trim();
  if (WROTE.test(line)) return true;
  const next = lines[index + 1]?.trim();
  return Boolean(next) && /^(on|am|le|el|il|op|den)\s/iu.test(line) && WROTE.test(`${line} ${next}`);
}

function restIsQuoted(lines: string[], from: number): boolean {
  return lines.slice(from).every((line) => line.trim() === '' || line.trimStart().startsWith('>'));
}

function nextNonEmpty(lines: string[], from: number): number | undefined {
  for (let index = from; index < lines.length; index += 1) if (lines[index].trim() !== '') return index;
  return undefined;
}
