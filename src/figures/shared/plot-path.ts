// SVG path data for a sampled curve, by d3-shape's line: the points (xs[i], ys[i]) mapped
// through two d3 scales, rounded to 0.1 px. A point whose x or y is not finite (NaN, a gap
// in a drawn curve) breaks the line there instead of drawing to nowhere. Points less than
// half a pixel from the last one drawn are left out: a curve sampled finer than the screen
// (2501 points over 300 px) draws the same, and its path, which streams 30 times a second
// while a model trains and sits in every page's static HTML, is several times shorter.
import { line } from 'd3';

/** A position scale: data value -> px (a d3 scale). */
export type Scale = (v: number) => number;

/** Points closer than this (px, in both x and y) to the last point drawn are skipped. */
const MIN_STEP = 0.5;

/**
 * The path "M x0 y0 L x1 y1 ..." through the first min(xs.length, ys.length) points, in the
 * scales' px; '' when no point is drawable. The first and last point of every unbroken run,
 * and the points on either side of a step of half a pixel or more, are always drawn.
 */
export function linePath(xs: ArrayLike<number>, ys: ArrayLike<number>, x: Scale, y: Scale): string {
  const n = Math.min(xs.length, ys.length);
  const px = new Float64Array(n), py = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    px[i] = x(xs[i]);
    py[i] = y(ys[i]);
  }
  const ok = (i: number) => i < n && Number.isFinite(px[i]) && Number.isFinite(py[i]);
  const index: number[] = [];
  let last = -1; // the last point drawn in the current unbroken run
  for (let i = 0; i < n; i++) {
    if (!ok(i)) {
      index.push(i); // d3 breaks the line here (defined is false)
      last = -1;
    } else if (
      last < 0 ||
      !ok(i + 1) ||
      Math.abs(px[i] - px[last]) >= MIN_STEP ||
      Math.abs(py[i] - py[last]) >= MIN_STEP ||
      // The corner before a jump: keeps a step vertical instead of slanting it.
      Math.abs(py[i + 1] - py[i]) >= MIN_STEP ||
      Math.abs(px[i + 1] - px[i]) >= MIN_STEP
    ) {
      index.push(i);
      last = i;
    }
  }
  const path = line<number>()
    .defined(ok)
    .x((i) => px[i])
    .y((i) => py[i])
    .digits(1);
  return path(index) ?? '';
}
