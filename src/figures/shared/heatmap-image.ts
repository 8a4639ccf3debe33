// A heatmap as a tiny PNG data URL (one pixel per cell), for live figures that redraw a
// heatmap many times a second: one <image> element instead of hundreds of <rect>s. Cells
// are `color` at opacity = value (clamped to [0, 1]); draw it with image-rendering: pixelated.
// Encoded in JavaScript (fast-png), not through a 2D canvas: a page's first canvas draw
// initialises the canvas backend, a 40-160 ms main-thread task that landed mid-training.
// The colour follows the theme (./theme.ts).
import { encode } from 'fast-png';
import { themeColour } from './theme';

/** RGBA bytes: `rgb` everywhere, alpha = value. */
export function heatmapPixels(values: ArrayLike<number>, rows: number, cols: number, rgb: readonly [number, number, number]): Uint8Array {
  const data = new Uint8Array(rows * cols * 4);
  for (let i = 0; i < rows * cols; i++) {
    data[4 * i] = rgb[0];
    data[4 * i + 1] = rgb[1];
    data[4 * i + 2] = rgb[2];
    data[4 * i + 3] = Math.round(Math.min(1, Math.max(0, values[i] ?? 0)) * 255);
  }
  return data;
}

/**
 * `color` is any hex or rgb() CSS colour, or a CSS variable resolved against `from` (e.g. the
 * figure) in the current theme: called in a $derived, the image is drawn again when the theme
 * changes (see theme.ts).
 */
export function heatmapImage(values: ArrayLike<number>, rows: number, cols: number, color: string, from?: Element): string {
  const png = encode({ width: cols, height: rows, data: heatmapPixels(values, rows, cols, themeColour(color, from)), channels: 4, depth: 8 });
  let binary = '';
  for (let i = 0; i < png.length; i++) binary += String.fromCharCode(png[i]!);
  return `data:image/png;base64,${btoa(binary)}`;
}
