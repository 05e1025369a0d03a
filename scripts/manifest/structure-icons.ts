/**
 * Icon checks: every icon a control declares exists on disk as a PNG of exactly the declared size, controls
 * declare the sizes Outlook's ribbon uses, and the app icons have the sizes Outlook expects.
 */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { childrenNamed, describePath, firstChild } from './xml-tree';
import type { StructureContext } from './structure-context';

/** The sizes Outlook's ribbon picks from, per the add-in commands documentation. */
export const requiredControlIconSizes = [16, 32, 80] as const;

type Dimensions = { width: number; height: number };
type Unreadable = { missing: boolean; reason: string };
type IconCache = Map<string, Dimensions | Unreadable>;

function isUnreadable(value: Dimensions | Unreadable): value is Unreadable {
  return 'reason' in value;
}

function readDimensions(file: string, cache: IconCache): Dimensions | Unreadable {
  let dimensions = cache.get(file);
  if (!dimensions) {
    try {
      // A full decode, not just the header: it proves the file is a PNG Office can display (CRCs, zlib).
      const png = PNG.sync.read(readFileSync(file));
      dimensions = { width: png.width, height: png.height };
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
      dimensions = {
        missing,
        reason: missing ? 'file not found' : String((error as Error | null)?.message ?? error),
      };
    }
    cache.set(file, dimensions);
  }
  return dimensions;
}

function checkIconFile(
  context: StructureContext,
  url: string,
  size: number,
  where: string,
  cache: IconCache,
): void {
  const file = context.localFileFor(url);
  if (!file) {
    context.report(
      'icon-not-local',
      `${where}: icon ${url} is not served from the add-in's origin ${context.origin}, so it cannot be checked.`,
    );
    return;
  }
  const dimensions = readDimensions(file, cache);
  if (isUnreadable(dimensions)) {
    context.report(
      dimensions.missing ? 'icon-missing' : 'icon-invalid',
      `${where}: icon ${url} → ${file}: ${dimensions.reason}.`,
    );
    return;
  }
  if (dimensions.width !== size || dimensions.height !== size) {
    context.report(
      'icon-size',
      `${where}: icon ${url} is ${dimensions.width}×${dimensions.height}, declared ${size}×${size}.`,
    );
  }
}

/** Returns how many icon files were checked. */
export function checkIcons(context: StructureContext): number {
  const cache: IconCache = new Map();
  const appIcons: [string, number][] = [
    ['IconUrl', 64],
    ['HighResolutionIconUrl', 128],
  ];
  for (const [name, size] of appIcons) {
    const element = firstChild(context.root, name);
    const url = element?.attributes.DefaultValue;
    if (url) checkIconFile(context, url, size, name, cache);
  }
  for (const icon of context.elements.filter((element) => element.name === 'Icon')) {
    const where = describePath(icon);
    const images = childrenNamed(icon, 'Image');
    const declared = images.map((image) => Number(image.attributes.size));
    const absent = requiredControlIconSizes.filter((size) => !declared.includes(size));
    if (absent.length > 0)
      context.report('icon-sizes-declared', `${where}: no icon declared for size ${absent.join(', ')}.`);
    for (const image of images) {
      const url = context.resolve(image);
      if (url !== undefined) checkIconFile(context, url, Number(image.attributes.size), where, cache);
    }
  }
  // Images no control references yet (the app icons at 16/32/80) must still be real files.
  for (const resources of context.elements.filter((element) => element.name === 'Resources')) {
    for (const [id, entry] of context.tableOf(resources)) {
      const file = entry.kind === 'Images' ? context.localFileFor(entry.value) : undefined;
      if (!file || cache.has(file)) continue;
      const dimensions = readDimensions(file, cache);
      if (isUnreadable(dimensions)) {
        const code = dimensions.missing ? 'icon-missing' : 'icon-invalid';
        context.report(code, `Image resource "${id}": ${entry.value} → ${file}: ${dimensions.reason}.`);
      }
    }
  }
  return cache.size;
}
