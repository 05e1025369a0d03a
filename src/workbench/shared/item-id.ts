/**
 * Outlook gives the pane EWS-style ids; Graph uses REST ids. They differ in the base64 alphabet, which is what
 * `mailbox.convertToRestId` undoes, so the emulator hands out EWS ids and code that forgets to convert fails here too.
 */
export function toEwsId(restId: string): string {
  return restId.replace(/-/g, '/').replace(/_/g, '+');
}

export function toRestId(ewsId: string): string {
  return ewsId.replace(/\//g, '-').replace(/\+/g, '_');
}
