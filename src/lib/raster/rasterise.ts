// Rasterises flat shaded polygons on an N x N grid (./grid.ts for layout) in one of three
// pixel modes:
//   'point' : each pixel takes the value of the polygon containing its centre (0 if none);
//   'area'  : each pixel holds sum_k value_k * area(P_k ∩ pixel) / area(pixel), exact;
//   'area8' : 'area', then quantised to 8 bits (round(255 v) / 255, see ./quantise.ts).
// Polygons are assumed not to overlap (e.g. the visible faces of a convex solid); in 'point'
// mode a later polygon overwrites an earlier one. Values may be a grey level (one channel)
// or a colour (number[]: one value per channel). Deterministic, no DOM.
import { DEFAULT_WINDOW, type Polygon, type RasterWindow } from './grid';
import { accumulatePolygonCoverage } from './polygon-coverage';
import { quantise8 } from './quantise';

export type PixelMode = 'point' | 'area' | 'area8';
export const PIXEL_MODES: readonly PixelMode[] = ['point', 'area', 'area8'];

export interface ShadedPolygon {
  polygon: Polygon;
  /** Grey level in [0, 1], or one value per channel. */
  value: number | readonly number[];
}

export interface RasterOptions {
  window?: RasterWindow;
  /** Channels per pixel (default: the length of the first polygon's value, or 1). */
  channels?: number;
}

function channelsOf(polys: readonly ShadedPolygon[], opt: RasterOptions): number {
  if (opt.channels) return opt.channels;
  const v = polys[0]?.value;
  return Array.isArray(v) ? v.length : 1;
}

function valueAt(v: number | readonly number[], c: number): number {
  return typeof v === 'number' ? v : (v[c] ?? 0);
}

/** Point sampling: pixel (row, col) = value of the polygon containing its centre, else 0. */
export function pointSampledImage(polys: readonly ShadedPolygon[], n: number, opt: RasterOptions = {}): Float64Array {
  const win = opt.window ?? DEFAULT_WINDOW;
  const ch = channelsOf(polys, opt);
  const out = new Float64Array(n * n * ch);
  const w = (win.xMax - win.xMin) / n;
  const h = (win.yMax - win.yMin) / n;
  for (const { polygon, value } of polys) {
    if (polygon.length < 3) continue;
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (const [x, y] of polygon) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    // Columns whose centre x is in [x0, x1], rows whose centre y is in [y0, y1].
    const c0 = Math.max(0, Math.ceil((x0 - win.xMin) / w - 0.5));
    const c1 = Math.min(n - 1, Math.floor((x1 - win.xMin) / w - 0.5));
    const r0 = Math.max(0, Math.ceil((win.yMax - y1) / h - 0.5));
    const r1 = Math.min(n - 1, Math.floor((win.yMax - y0) / h - 0.5));
    // Scanline form of pointInPolygon (same crossing formula, same half-open rule): along the
    // row through the pixel centres, a centre cx is inside iff x_{2i} <= cx < x_{2i+1} for the
    // sorted edge crossings x_0 < x_1 < ... of that line.
    const m = polygon.length;
    const xs: number[] = [];
    for (let row = r0; row <= r1; row++) {
      const cy = win.yMax - (row + 0.5) * h;
      xs.length = 0;
      for (let i = 0, j = m - 1; i < m; j = i++) {
        const a = polygon[i]!;
        const b = polygon[j]!;
        if (a[1] > cy !== b[1] > cy) xs.push(a[0] + ((cy - a[1]) * (b[0] - a[0])) / (b[1] - a[1]));
      }
      if (xs.length < 2) continue;
      xs.sort((p, q) => p - q);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const lo = xs[k]!;
        const hi = xs[k + 1]!;
        let col = Math.max(c0, Math.ceil((lo - win.xMin) / w - 0.5) - 1);
        for (; col <= c1; col++) {
          const cx = win.xMin + (col + 0.5) * w;
          if (cx < lo) continue;
          if (cx >= hi) break;
          const base = (row * n + col) * ch;
          for (let c = 0; c < ch; c++) out[base + c] = valueAt(value, c);
        }
      }
    }
  }
  return out;
}

/** Exact area averaging: pixel = sum over polygons of value * covered fraction. */
export function areaCoverageImage(polys: readonly ShadedPolygon[], n: number, opt: RasterOptions = {}): Float64Array {
  const win = opt.window ?? DEFAULT_WINDOW;
  const ch = channelsOf(polys, opt);
  const out = new Float64Array(n * n * ch);
  for (const { polygon, value } of polys) {
    for (let c = 0; c < ch; c++) {
      const v = valueAt(value, c);
      if (v !== 0) accumulatePolygonCoverage(out, polygon, n, win, v, ch, c);
    }
  }
  return out;
}

/** The image of `polys` on an N x N grid in the given pixel mode. */
export function rasterise(polys: readonly ShadedPolygon[], n: number, mode: PixelMode, opt: RasterOptions = {}): Float64Array {
  if (mode === 'point') return pointSampledImage(polys, n, opt);
  const area = areaCoverageImage(polys, n, opt);
  return mode === 'area8' ? quantise8(area) : area;
}
