/**
 * Writes every icon of the add-in into assets/ (`npx tsx scripts/manifest/generate-icons.ts`). The output is
 * deterministic, so the committed PNGs only change when a design in icon-set.ts does; a unit test checks that
 * the committed files match what this produces.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { iconFileName, iconLayers, iconNames, iconSizes, type IconName, type IconSize } from './icon-set';
import { renderPng } from './raster';

export function renderIcon(name: IconName, size: IconSize): Buffer {
  return renderPng(size, iconLayers(name));
}

/** Every icon, by file name. */
export function renderAllIcons(sizes: readonly IconSize[] = iconSizes): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of iconNames) {
    for (const size of sizes) files.set(iconFileName(name, size), renderIcon(name, size));
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
