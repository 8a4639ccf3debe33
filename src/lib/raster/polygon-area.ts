// Signed area of a simple polygon by the shoelace formula,
// A = 1/2 * sum_i (x_i * y_{i+1} - x_{i+1} * y_i): positive for counter-clockwise vertices.
import type { Polygon } from './grid';

export function signedPolygonArea(polygon: Polygon): number {
  let s = 0;
  const m = polygon.length;
  for (let i = 0; i < m; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % m]!;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

export function polygonArea(polygon: Polygon): number {
  return Math.abs(signedPolygonArea(polygon));
}

/** Shoelace area of a polygon stored flat as [x0, y0, x1, y1, ...] (absolute value). */
export function flatPolygonArea(flat: ArrayLike<number>, length = flat.length): number {
  let s = 0;
  const m = length >> 1;
  for (let i = 0; i < m; i++) {
    const j = i + 1 === m ? 0 : i + 1;
    s += flat[2 * i]! * flat[2 * j + 1]! - flat[2 * j]! * flat[2 * i + 1]!;
  }
  return Math.abs(s) / 2;
}
