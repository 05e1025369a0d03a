/** Base64 ↔ bytes with atob/btoa, which exist in the pane and in Node 20 alike (Buffer is not in the pane). */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/gu, ''));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk)
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  return btoa(binary);
}
