/**
 * A tiny anti-aliased rasteriser for the add-in's icons: shapes are inside-tests over the unit square, sampled
 * on a fixed sub-pixel grid, so the same input always gives the same bytes (the PNGs are committed).
 */
import { PNG } from 'pngjs';

/** A point in the unit square: (0, 0) top left, (1, 1) bottom right. */
export type Point = readonly [number, number];

/** True when the point lies inside the shape. */
export type Shape = (x: number, y: number) => boolean;

export type Rgb = readonly [number, number, number];

/** A layer paints a shape in a colour; later layers cover earlier ones. */
export type Layer = { shape: Shape; color: Rgb };

export function roundedRect(left: number, top: number, right: number, bottom: number, radius: number): Shape {
  return (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const cornerX = x < left + radius ? left + radius : x > right - radius ? right - radius : x;
    const cornerY = y < top + radius ? top + radius : y > bottom - radius ? bottom - radius : y;
    return (x - cornerX) ** 2 + (y - cornerY) ** 2 <= radius ** 2;
  };
}

export function circle(centerX: number, centerY: number, radius: number): Shape {
  return (x, y) => (x - centerX) ** 2 + (y - centerY) ** 2 <= radius ** 2;
}

/** A stroke of the given width along a segment, with round caps. */
export function segment(from: Point, to: Point, width: number): Shape {
  const [ax, ay] = from;
  const [bx, by] = to;
  const lengthSquared = (bx - ax) ** 2 + (by - ay) ** 2;
  return (x, y) => {
    const t =
      lengthSquared === 0
        ? 0
        : Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / lengthSquared));
    const px = ax + t * (bx - ax);
    const py = ay + t * (by - ay);
    return (x - px) ** 2 + (y - py) ** 2 <= (width / 2) ** 2;
  };
}

/** A round-jointed stroke through several points. */
export function polyline(points: readonly Point[], width: number): Shape {
  const parts = points.slice(1).map((point, index) => segment(points[index], point, width));
  return union(...parts);
}

/** A filled polygon (even-odd rule). */
export function polygon(points: readonly Point[]): Shape {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

/** A stroked circular arc from `startAngle` to `endAngle` (radians, clockwise from the x axis, y down). */
export function arc(
  centerX: number,
  centerY: number,
  radius: number,
  startAngle: number,
  endAngle: number,
  width: number,
): Shape {
  return (x, y) => {
    const distance = Math.hypot(x - centerX, y - centerY);
    if (Math.abs(distance - radius) > width / 2) return false;
    let angle = Math.atan2(y - centerY, x - centerX);
    while (angle < startAngle) angle += 2 * Math.PI;
    return angle <= endAngle;
  };
}

export function union(...shapes: Shape[]): Shape {
  return (x, y) => shapes.some((shape) => shape(x, y));
}

export function difference(shape: Shape, ...holes: Shape[]): Shape {
  return (x, y) => shape(x, y) && !holes.some((hole) => hole(x, y));
}

// 8×8 samples per pixel: smooth edges at 16 px, and exact enough at 128 px.
const samplesPerAxis = 8;

/** Renders layers over a transparent square of `size` pixels and encodes it as an RGBA PNG. */
export function renderPng(size: number, layers: readonly Layer[]): Buffer {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const coverage = layers.map(() => 0);
      for (let sy = 0; sy < samplesPerAxis; sy++) {
        for (let sx = 0; sx < samplesPerAxis; sx++) {
          const x = (column + (sx + 0.5) / samplesPerAxis) / size;
          const y = (row + (sy + 0.5) / samplesPerAxis) / size;
          // Only the topmost layer that covers a sample counts, so colours do not bleed through.
          for (let index = layers.length - 1; index >= 0; index--) {
            if (layers[index].shape(x, y)) {
              coverage[index] += 1;
              break;
            }
          }
        }
      }
      const total = samplesPerAxis * samplesPerAxis;
      let alpha = 0;
      const rgb = [0, 0, 0];
      layers.forEach((layer, index) => {
        const weight = coverage[index] / total;
        alpha += weight;
        for (let channel = 0; channel < 3; channel++) rgb[channel] += layer.color[channel] * weight;
      });
      const offset = (row * size + column) * 4;
      // Colour is stored un-premultiplied, as PNG expects.
      for (let channel = 0; channel < 3; channel++)
        png.data[offset + channel] = alpha === 0 ? 0 : Math.round(rgb[channel] / alpha);
      png.data[offset + 3] = Math.round(alpha * 255);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}
