/**
 * Writes every icon of the add-in into assets/ (`npx tsx scripts/manifest/generate-icons.ts`). The output is
 * deterministic, so the committed PNGs only change when a design in icon-set.ts does; a unit test checks that
 * the committed files match what this produces.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { iconFileName, iconLayers, iconNames, iconSizes } from './icon-set';
import { renderPng } from './raster';

export function renderAllIcons(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of iconNames) {
    const layers = iconLayers(name);
    for (const size of iconSizes) files.set(iconFileName(name, size), renderPng(size, layers));
  }
  return files;
}

function main(): void {
  const assetDirectory = path.resolve(__dirname, '..', '..', 'assets');
  mkdirSync(assetDirectory, { recursive: true });
  const files = renderAllIcons();
  for (const [fileName, bytes] of files) writeFileSync(path.join(assetDirectory, fileName), bytes);
  console.log(`Wrote ${files.size} icons to ${path.relative(process.cwd(), assetDirectory) || '.'}`);
}

if (require.main === module) main();
