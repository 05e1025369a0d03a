/**
 * Bytes of a text file → string. A byte-order mark decides the encoding (UTF-8, UTF-16 LE/BE); without one,
 * UTF-8, replacing invalid sequences rather than failing, since a readable approximation beats none.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // TextDecoder drops a UTF-8 BOM itself (ignoreBOM defaults to false).
  return new TextDecoder('utf-8').decode(bytes);
}

/** NUL bytes in the first kilobytes mean binary content mislabelled as text. */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, 8192);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros += 1;
  return zeros > 0;
}
