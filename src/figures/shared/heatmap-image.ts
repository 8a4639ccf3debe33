// A heatmap as a tiny PNG data URL (one pixel per cell), for live figures that redraw a
// heatmap many times a second: one <image> element instead of hundreds of <rect>s. Cells
// are `color` at opacity = value (clamped to [0, 1]); draw it with image-rendering: pixelated.
// Encoded in JavaScript (fast-png), not through a 2D canvas: a page's first canvas draw
// initialises the canvas backend, a 40-160 ms main-thread task that landed mid-training.
import { encode } from 'fast-png';

const FALLBACK: [number, number, number] = [0x1f, 0x5f, 0x99];

/** #rgb, #rrggbb or rgb(r, g, b) to [r, g, b]; anything else gives the site's accent blue. */
export function parseColour(css: string): [number, number, number] {
  const s = css.trim();
  let m = /^#([0-9a-f]{3})$/i.exec(s);
  if (m) return [...m[1]].map((c) => parseInt(c + c, 16)) as [number, number, number];
  m = /^#([0-9a-f]{6})$/i.exec(s);
  if (m) return [0, 2, 4].map((i) => parseInt(m![1].slice(i, i + 2), 16)) as [number, number, number];
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(s);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return FALLBACK;
}

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

/** `color` is any hex or rgb() CSS colour, or a CSS variable resolved against `from` (e.g. the figure). */
export function heatmapImage(values: ArrayLike<number>, rows: number, cols: number, color: string, from?: Element): string {
  let css = color;
  const v = /^var\((--[\w-]+)\)$/.exec(color);
  if (v) css = from ? getComputedStyle(from).getPropertyValue(v[1]) : '';
  const png = encode({ width: cols, height: rows, data: heatmapPixels(values, rows, cols, parseColour(css)), channels: 4, depth: 8 });
  let binary = '';
  for (let i = 0; i < png.length; i++) binary += String.fromCharCode(png[i]!);
  return `data:image/png;base64,${btoa(binary)}`;
}
