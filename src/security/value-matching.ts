/**
 * Finding a value inside a body of text the way a reader would: case-insensitive, on word boundaries, so
 * `bob@contoso.com` is not "found" inside `jimbob@contoso.com.evil` and `plan.xlsx` not inside `plan.xlsx.exe`.
 */
const WORD_CHARACTER = /[\p{L}\p{N}_@-]/u;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;

/** Values shorter than this are too common to attribute to any source. */
export const MIN_MATCH_LENGTH = 3;

export function containsValue(corpusLower: string, value: string): boolean {
  const needle = value.trim().toLowerCase();
  if (needle.length < MIN_MATCH_LENGTH) return false;
  let from = 0;
  for (;;) {
    const index = corpusLower.indexOf(needle, from);
    if (index < 0) return false;
    const before = index > 0 ? corpusLower[index - 1] : '';
    const afterIndex = index + needle.length;
    const after = corpusLower[afterIndex] ?? '';
    const beforeOk = !before || !(WORD_CHARACTER.test(before) || before === '.');
    // A full stop after the value ends the sentence unless a letter or digit follows it (`.exe`).
    const afterOk =
      !after ||
      (after === '.' ? !ALPHANUMERIC.test(corpusLower[afterIndex + 1] ?? '') : !WORD_CHARACTER.test(after));
    if (beforeOk && afterOk) return true;
    from = index + 1;
  }
}

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`)\]]+/giu;
/** One-time codes, account and phone-like numbers: six or more digits in a row. */
const CODE = /(?<![\p{N}])\p{N}{6,}(?![\p{N}])/gu;

export function extractEmails(text: string): string[] {
  return [...text.matchAll(EMAIL)].map((match) => match[0].replace(/\.$/u, '').toLowerCase());
}

export function extractUrls(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map((match) => match[0].replace(/[.,;:!?]+$/u, ''));
}

export function extractCodes(text: string): string[] {
  return [...text.matchAll(CODE)].map((match) => match[0]);
}

/** `Name <addr@x>` → `addr@x`; a bare address as is. */
export function addressOf(recipient: string): string {
  const angle = /<([^>]+)>/u.exec(recipient);
  return (angle ? angle[1] : recipient).trim().toLowerCase();
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}

/** The last segment of a path (`/Documents/plan.xlsx` → `plan.xlsx`). */
export function baseNameOf(path: string): string {
  const parts = path.split(/[/\\]/u).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}
