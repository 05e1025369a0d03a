/**
 * Characters that change what a model reads without changing what a person sees: zero-width characters,
 * bidirectional controls (Trojan Source) and Unicode tag characters (invisible ASCII smuggling).
 */
// U+034F (combining grapheme joiner) is matched on its own: inside a class it trips the misleading-class lint.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\u2061-\u2064\uFEFF\u180E\u00AD]|\u034F/gu;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;
const TAG_CHARACTERS = /[\u{E0000}-\u{E007F}]/gu;

/** How many characters of each kind were removed. */
export interface InvisibleCharacterReport {
  zeroWidth: number;
  bidiControl: number;
  tag: number;
}

export function emptyInvisibleReport(): InvisibleCharacterReport {
  return { zeroWidth: 0, bidiControl: 0, tag: 0 };
}

export function invisibleTotal(report: InvisibleCharacterReport): number {
  return report.zeroWidth + report.bidiControl + report.tag;
}

/** Removes invisible characters and reports how many of each kind there were. */
export function stripInvisibleCharacters(text: string): { text: string; report: InvisibleCharacterReport } {
  const report = emptyInvisibleReport();
  const cleaned = text
    .replace(ZERO_WIDTH, () => {
      report.zeroWidth += 1;
      return '';
    })
    .replace(BIDI_CONTROL, () => {
      report.bidiControl += 1;
      return '';
    })
    .replace(TAG_CHARACTERS, () => {
      report.tag += 1;
      return '';
    });
  return { text: cleaned, report };
}
