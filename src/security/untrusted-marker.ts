import {
  emptyInvisibleReport,
  invisibleTotal,
  stripInvisibleCharacters,
  type InvisibleCharacterReport,
} from './invisible-characters';

/**
 * Any delimiter-shaped text inside content is removed, whatever id it carries, so content can neither close
 * the real span early nor open a fake one.
 */
const DELIMITER_PATTERN = /<<\s*\/?\s*untrusted\b[^<>]{0,80}>>/giu;

/** What one marking pass removed from the content. */
export interface UntrustedFindings {
  invisible: InvisibleCharacterReport;
  forgedDelimiters: number;
}

export function emptyFindings(): UntrustedFindings {
  return { invisible: emptyInvisibleReport(), forgedDelimiters: 0 };
}

export function findingsTotal(findings: UntrustedFindings): number {
  return invisibleTotal(findings.invisible) + findings.forgedDelimiters;
}

export interface UntrustedMarker {
  /** The per-run random id inside the delimiters. */
  readonly nonce: string;
  readonly open: string;
  readonly close: string;
  /** Wraps text in this run's delimiters after removing invisible characters and forged delimiters. */
  wrap(text: string, findings?: UntrustedFindings): string;
  /** Splits text into the spans inside this run's delimiters and the remainder outside them. */
  split(text: string): { inside: string[]; outside: string[] };
}

/** A random id content cannot guess; `crypto.getRandomValues` exists in browsers and Node 20. */
export function createNonce(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function createUntrustedMarker(nonce: string = createNonce()): UntrustedMarker {
  if (!/^[a-z0-9]{4,64}$/iu.test(nonce))
    throw new Error('The untrusted-content nonce must be 4-64 letters or digits.');
  const open = `<<untrusted:${nonce}>>`;
  const close = `<</untrusted:${nonce}>>`;
  return {
    nonce,
    open,
    close,
    wrap(text, findings) {
      const stripped = stripInvisibleCharacters(text);
      let forged = 0;
      const cleaned = stripped.text.replace(DELIMITER_PATTERN, () => {
        forged += 1;
        return '';
      });
      if (findings) {
        findings.invisible.zeroWidth += stripped.report.zeroWidth;
        findings.invisible.bidiControl += stripped.report.bidiControl;
        findings.invisible.tag += stripped.report.tag;
        findings.forgedDelimiters += forged;
      }
      return `${open}${cleaned}${close}`;
    },
    split(text) {
      const inside: string[] = [];
      const outside: string[] = [];
      let cursor = 0;
      while (cursor < text.length) {
        const start = text.indexOf(open, cursor);
        if (start < 0) {
          outside.push(text.slice(cursor));
          break;
        }
        outside.push(text.slice(cursor, start));
        const contentStart = start + open.length;
        const end = text.indexOf(close, contentStart);
        // An unclosed span (a capped result) is untrusted to the end.
        if (end < 0) {
          inside.push(text.slice(contentStart));
          break;
        }
        inside.push(text.slice(contentStart, end));
        cursor = end + close.length;
      }
      return { inside, outside: outside.filter((part) => part.length > 0) };
    },
  };
}
