// The three plane motions of fig-rigid-transforms, applied to a polygon's vertices:
// translation p + v, scaling about a centre c + s(p − c), and reflection in the line through
// a point q with unit direction u, p ↦ q + 2((p − q)·u)u − (p − q).
import type { Polygon, Vec2 } from '@/lib/raster/grid';

export function translatePolygon(poly: Polygon, dx: number, dy: number): Vec2[] {
  return poly.map(([x, y]) => [x + dx, y + dy] as const);
}

export function scalePolygon(poly: Polygon, s: number, cx: number, cy: number): Vec2[] {
  return poly.map(([x, y]) => [cx + s * (x - cx), cy + s * (y - cy)] as const);
}

/** Mirror image in the line through (qx, qy) at angle `angle` (radians) from the x axis. */
export function reflectPolygon(poly: Polygon, qx: number, qy: number, angle: number): Vec2[] {
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  return poly.map(([x, y]) => {
    const px = x - qx;
    const py = y - qy;
    const along = px * ux + py * uy;
    return [qx + 2 * along * ux - px, qy + 2 * along * uy - py] as const;
  });
}
