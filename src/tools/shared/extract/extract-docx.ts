/**
 * DOCX → text with mammoth, loaded on first use. Node's mammoth reads `buffer`, its browser build reads
 * `arrayBuffer`; both accept these bytes, so one call serves jest and the pane.
 */
export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  const arrayBuffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  const extract =
    mammoth.extractRawText ?? (mammoth as unknown as { default: typeof mammoth }).default.extractRawText;
  const result = await extract(input);
  return result.value.replace(/\n{3,}/gu, '\n\n').trim();
}
