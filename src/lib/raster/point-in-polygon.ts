// Point-in-polygon by the crossing-number (even-odd) rule: cast a ray towards +x and count
// the edges it crosses. Edges are half-open in y and a point exactly on an edge counts as
// inside only if the polygon lies to its right, so a point on an edge shared by two
// polygons of a partition belongs to exactly one of them (no double counting, no gaps).
import type { Polygon } from './grid';

export function pointInPolygon(x: number, y: number, polygon: Polygon): boolean {
  let inside = false;
  const m = polygon.length;
  for (let i = 0, j = m - 1; i < m; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a[1] > y !== b[1] > y) {
      const xCross = a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1]);
      if (x < xCross) inside = !inside;
    }
  }
  return inside;
}
