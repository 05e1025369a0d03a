/** The real manifest and ways to break it, for the manifest suites. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const repositoryRoot = path.resolve(__dirname, '..', '..', '..');
export const manifestPath = path.join(repositoryRoot, 'manifest.xml');
export const realManifest = readFileSync(manifestPath, 'utf8');

/** The manifest with one exact fragment replaced; fails loudly if the fragment is absent, so a test never checks an unbroken copy. */
export function breakManifest(find: string, replace: string, xml: string = realManifest): string {
  if (!xml.includes(find)) throw new Error(`Fixture fragment not found in manifest.xml: ${find}`);
  return xml.replace(find, replace);
}
