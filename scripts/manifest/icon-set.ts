/**
 * The add-in's icons: one glyph on a coloured rounded square per ribbon preset, plus the app logo. Every icon is
 * drawn at every size Office asks for (16/32/80 for ribbon buttons, 64/128 for the logo), as
 * `assets/<name>-<size>.png`.
 */
import type { PresetId } from '../../src/commands/presets';
import {
  arc,
  difference,
  polygon,
  polyline,
  roundedRect,
  segment,
  union,
  circle,
  type Layer,
  type Point,
  type Rgb,
  type Shape,
} from './raster';

export const iconSizes = [16, 32, 64, 80, 128] as const;
export type IconSize = (typeof iconSizes)[number];

/** `icon` is the app logo; the others are the ribbon buttons, named after their presets. */
export type IconName = 'icon' | PresetId;

export function iconFileName(name: IconName, size: IconSize): string {
  return `${name}-${size}.png`;
}

const white: Rgb = [255, 255, 255];

function hex(value: string): Rgb {
  const number = Number.parseInt(value.slice(1), 16);
  return [(number >> 16) & 0xff, (number >> 8) & 0xff, number & 0xff];
}

/** A four-pointed sparkle, the app's "agent" mark. */
function sparkle(centerX: number, centerY: number, radius: number): Shape {
  const points: Point[] = [];
  for (let index = 0; index < 8; index++) {
    const angle = (index * Math.PI) / 4 - Math.PI / 2;
    const distance = index % 2 === 0 ? radius : radius * 0.32;
    points.push([centerX + distance * Math.cos(angle), centerY + distance * Math.sin(angle)]);
  }
  return polygon(points);
}

function speechBubble(): Shape {
  return union(
    roundedRect(0.16, 0.2, 0.84, 0.68, 0.14),
    polygon([
      [0.28, 0.6],
      [0.28, 0.86],
      [0.52, 0.6],
    ]),
  );
}

function tick(left: number, middle: number, width: number): Shape {
  return polyline(
    [
      [left, middle],
      [left + 0.09, middle + 0.08],
      [left + 0.24, middle - 0.1],
    ],
    width,
  );
}

type IconDesign = { background: Rgb; glyph: (background: Rgb) => Layer[] };

// Fluent palette hues, far enough apart to tell the buttons apart at 16 px; white glyphs keep ≥ 4.5:1 contrast.
const designs: Readonly<Record<IconName, IconDesign>> = {
  icon: {
    background: hex('#0F6CBD'),
    glyph: (background) => [
      { shape: speechBubble(), color: white },
      { shape: sparkle(0.5, 0.44, 0.19), color: background },
    ],
  },
  ask: {
    background: hex('#038387'),
    glyph: (background) => [
      { shape: speechBubble(), color: white },
      {
        shape: union(circle(0.33, 0.44, 0.065), circle(0.5, 0.44, 0.065), circle(0.67, 0.44, 0.065)),
        color: background,
      },
    ],
  },
  summarize: {
    background: hex('#8764B8'),
    glyph: () => [
      {
        shape: union(
          segment([0.24, 0.3], [0.76, 0.3], 0.12),
          segment([0.24, 0.5], [0.76, 0.5], 0.12),
          segment([0.24, 0.7], [0.54, 0.7], 0.12),
        ),
        color: white,
      },
    ],
  },
  'draft-reply': {
    background: hex('#C239B3'),
    glyph: () => [
      {
        shape: union(
          polyline(
            [
              [0.42, 0.24],
              [0.2, 0.46],
              [0.42, 0.68],
            ],
            0.11,
          ),
          segment([0.2, 0.46], [0.58, 0.46], 0.11),
          arc(0.58, 0.66, 0.2, -Math.PI / 2, 0, 0.11),
          segment([0.78, 0.66], [0.78, 0.8], 0.11),
        ),
        color: white,
      },
    ],
  },
  'extract-tasks': {
    background: hex('#107C10'),
    glyph: () => [
      {
        shape: union(
          tick(0.16, 0.34, 0.09),
          segment([0.52, 0.32], [0.82, 0.32], 0.1),
          tick(0.16, 0.66, 0.09),
          segment([0.52, 0.64], [0.82, 0.64], 0.1),
        ),
        color: white,
      },
    ],
  },
  'add-to-calendar': {
    background: hex('#CA5010'),
    glyph: () => [
      {
        shape: union(
          difference(roundedRect(0.17, 0.22, 0.83, 0.84, 0.08), roundedRect(0.26, 0.4, 0.74, 0.75, 0.02)),
          segment([0.35, 0.13], [0.35, 0.26], 0.08),
          segment([0.65, 0.13], [0.65, 0.26], 0.08),
          segment([0.5, 0.46], [0.5, 0.69], 0.08),
          segment([0.385, 0.575], [0.615, 0.575], 0.08),
        ),
        color: white,
      },
    ],
  },
  'improve-draft': {
    background: hex('#986F0B'),
    glyph: () => [
      {
        shape: union(
          segment([0.3, 0.7], [0.58, 0.42], 0.15),
          polygon([
            [0.16, 0.84],
            [0.2, 0.64],
            [0.36, 0.8],
          ]),
          sparkle(0.74, 0.27, 0.15),
        ),
        color: white,
      },
    ],
  },
};

export const iconNames = Object.keys(designs) as IconName[];

/** The layers that draw an icon: the rounded square, then its glyph. */
export function iconLayers(name: IconName): Layer[] {
  const design = designs[name];
  return [
    { shape: roundedRect(0, 0, 1, 1, 0.2), color: design.background },
    ...design.glyph(design.background),
  ];
}
