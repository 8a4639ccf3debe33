// Sutherland-Hodgman clipping of a polygon against an axis-aligned half-plane or box
// (Sutherland & Hodgman 1974). The subject polygon may be any simple polygon; the clip
// region is convex, so the area of the result is exactly the area of the intersection
// (for a non-convex subject the output can contain zero-width bridges, which add no area).
// Polygons are flat arrays [x0, y0, x1, y1, ...] for speed in the rasteriser's inner loop.
import type { Polygon } from './grid';

/**
 * Keeps the part of `src` with coordinate `axis` (0 = x, 1 = y) >= bound (keepAbove) or
 * <= bound (otherwise).
 */
export function clipHalfPlane(src: ArrayLike<number>, axis: 0 | 1, bound: number, keepAbove: boolean): number[] {
  const out: number[] = [];
  const m = src.length >> 1;
  if (m === 0) return out;
  const other = 1 - axis;
  let px = src[2 * (m - 1)]!;
  let py = src[2 * (m - 1) + 1]!;
  let pv = axis === 0 ? px : py;
  let pIn = keepAbove ? pv >= bound : pv <= bound;
  for (let i = 0; i < m; i++) {
    const cx = src[2 * i]!;
    const cy = src[2 * i + 1]!;
    const cv = axis === 0 ? cx : cy;
    const cIn = keepAbove ? cv >= bound : cv <= bound;
    if (cIn !== pIn) {
      // The edge crosses the line: add the crossing point.
      const t = (bound - pv) / (cv - pv);
      const po = other === 0 ? px : py;
      const co = other === 0 ? cx : cy;
      const o = po + t * (co - po);
      if (axis === 0) out.push(bound, o);
      else out.push(o, bound);
    }
    if (cIn) out.push(cx, cy);
    px = cx;
    py = cy;
    pv = cv;
    pIn = cIn;
  }
  return out;
}

/** The part of a flat polygon inside the box [x0, x1] x [y0, y1]. */
export function clipFlatToBox(src: ArrayLike<number>, x0: number, x1: number, y0: number, y1: number): number[] {
  let p = clipHalfPlane(src, 0, x0, true);
  if (p.length) p = clipHalfPlane(p, 0, x1, false);
  if (p.length) p = clipHalfPlane(p, 1, y0, true);
  if (p.length) p = clipHalfPlane(p, 1, y1, false);
  return p;
}

export function flattenPolygon(polygon: Polygon): number[] {
  const flat: number[] = new Array(polygon.length * 2);
  for (let i = 0; i < polygon.length; i++) {
    flat[2 * i] = polygon[i]![0];
    flat[2 * i + 1] = polygon[i]![1];
  }
  return flat;
}

/** The part of `polygon` inside the box [x0, x1] x [y0, y1], as a list of vertices. */
export function clipPolygonToBox(polygon: Polygon, x0: number, x1: number, y0: number, y1: number): [number, number][] {
  const flat = clipFlatToBox(flattenPolygon(polygon), x0, x1, y0, y1);
  const out: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}
