/**
 * Message bodies as text a model reads cheaply. Bodies are fetched as HTML and converted here (shared/html-text,
 * which drops hidden HTML — injected instructions hide there, and Graph's own text conversion keeps it), then the
 * quoted history and the signature are cut unless the caller wants the full body.
 */
import {
  bodyHtmlToModelText,
  bodyTextToModelText,
  quotedHistoryMarker,
  type ModelBodyText,
} from '../shared/html-text';
import type { ItemBodyWire } from './mail-graph';

export interface BodyText {
  text: string;
  /** Hidden HTML parts dropped (display:none, same-colour text…), reported so the user can be told. */
  hiddenParts: number;
  /** True when quoted history or a signature was cut. */
  trimmed: boolean;
}

/** Signature delimiters: the RFC 3676 "-- " line and mobile footers. */
const SIGNATURE_START = /^(--\s?|Sent from my \S+.*|Get Outlook for \S+.*)$/i;

function toModelText(body: ItemBodyWire | null | undefined): ModelBodyText {
  const content = body?.content ?? '';
  return body?.contentType === 'text' ? bodyTextToModelText(content) : bodyHtmlToModelText(content);
}

/** Cuts at the last signature delimiter line (never the first line). */
export function trimSignature(text: string): { text: string; trimmed: boolean } {
  const lines = text.split('\n');
  for (let index = lines.length - 1; index > 0; index -= 1) {
    if (SIGNATURE_START.test((lines[index] as string).trim()))
      return { text: lines.slice(0, index).join('\n').trimEnd(), trimmed: true };
  }
  return { text, trimmed: false };
}

/**
 * The new part of a message: `uniqueBody` when Graph computed one (only what this message added), else the body
 * with its quoted history split off; the signature cut. `full` keeps everything.
 */
export function messageBodyText(
  body: ItemBodyWire | null | undefined,
  uniqueBody: ItemBodyWire | null | undefined,
  options: { full?: boolean } = {},
): BodyText {
  if (options.full) {
    const whole = toModelText(body);
    return {
      text: whole.quoted ? `${whole.text}\n\n${whole.quoted.text}` : whole.text,
      hiddenParts: whole.hiddenPartsDropped,
      trimmed: false,
    };
  }
  const useUnique = Boolean(uniqueBody?.content?.trim());
  const own = toModelText(useUnique ? uniqueBody : body);
  const signature = trimSignature(own.text);
  const quoted = useUnique ? toModelText(body).quoted : own.quoted;
  const marker = quoted ? `\n\n${quotedHistoryMarker(quoted, 'full: true shows it')}` : '';
  return {
    text: `${signature.text}${marker}`,
    hiddenParts: own.hiddenPartsDropped,
    trimmed: Boolean(quoted) || signature.trimmed,
  };
}
