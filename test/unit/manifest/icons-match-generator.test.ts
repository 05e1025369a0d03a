import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { renderAllIcons, renderIcon } from '../../../scripts/manifest/generate-icons';
import { iconFileName, iconNames, iconSizes } from '../../../scripts/manifest/icon-set';
import { repositoryRoot } from './manifest-fixture';

const assetDirectory = path.join(repositoryRoot, 'assets');

function committed(fileName: string): Buffer {
  return readFileSync(path.join(assetDirectory, fileName));
}

describe('assets/ icons', () => {
  it('are one PNG per icon and size, at 16, 32, 64, 80 and 128 px for the logo and each of the six presets', () => {
    const expected = iconNames.flatMap((name) => iconSizes.map((size) => iconFileName(name, size))).sort();
    expect(expected).toHaveLength(7 * 5);
    expect(
      readdirSync(assetDirectory)
        .filter((file) => file.endsWith('.png'))
        .sort(),
    ).toEqual(expected);
    for (const name of iconNames) {
      for (const size of iconSizes) {
        const png = PNG.sync.read(committed(iconFileName(name, size)));
        expect([name, png.width, png.height]).toEqual([name, size, size]);
      }
    }
  });

  it('are exactly what scripts/manifest/generate-icons.ts draws (rerun it after changing a design)', () => {
    // The small sizes of every icon and one large one: rendering all 35 takes ~25 s under jest's VM.
    const rendered = renderAllIcons([16, 32]);
    rendered.set('icon-128.png', renderIcon('icon', 128));
    for (const [fileName, bytes] of rendered) {
      expect({ fileName, identical: Buffer.compare(committed(fileName), bytes) === 0 }).toEqual({
        fileName,
        identical: true,
      });
    }
  });

  it('draw a white glyph on an opaque coloured square, with transparent rounded corners', () => {
    const png = PNG.sync.read(committed('summarize-32.png'));
    const pixel = (x: number, y: number) => [...png.data.subarray((y * 32 + x) * 4, (y * 32 + x) * 4 + 4)];
    expect(pixel(0, 0)[3]).toBe(0);
    expect(pixel(16, 2)).toEqual([0x87, 0x64, 0xb8, 255]);
    // The middle bar of the "summarize" lines glyph.
    expect(pixel(16, 16)).toEqual([255, 255, 255, 255]);
  });
});
