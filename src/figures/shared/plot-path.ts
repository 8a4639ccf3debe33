// SVG path data for a sampled curve, by d3-shape's line: the points (xs[i], ys[i]) mapped
// through two d3 scales, rounded to 0.1 px (short strings: a curve streams 30 times a
// second while a model trains). A point whose x or y is not finite (NaN, a gap in a drawn
// curve) breaks the line there instead of drawing to nowhere.
import { line } from 'd3';

/** A position scale: data value -> px (a d3 scale). */
export type Scale = (v: number) => number;

/**
 * The path "M x0 y0 L x1 y1 ..." through the first min(xs.length, ys.length) points, in the
 * scales' px; '' when no point is drawable.
 */
export function linePath(xs: ArrayLike<number>, ys: ArrayLike<number>, x: Scale, y: Scale): string {
  const n = Math.min(xs.length, ys.length);
  const px = new Float64Array(n), py = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    px[i] = x(xs[i]);
    py[i] = y(ys[i]);
  }
  const index = Array.from({ length: n }, (_, i) => i);
  const path = line<number>()
    .defined((i) => Number.isFinite(px[i]) && Number.isFinite(py[i]))
    .x((i) => px[i])
    .y((i) => py[i])
    .digits(1);
  return path(index) ?? '';
}
