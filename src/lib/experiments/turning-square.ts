// Pictures of a square turning about the view axis: the square of half-side h centred in the
// window [-1, 1]^2, corners (±h, ±h) rotated by the angle a (counter-clockwise, y up), drawn
// on an N x N grid with exact area averaging (src/lib/raster: each pixel holds the covered
// fraction). The picture repeats every 90 degrees; it changes continuously with a.
import { polygonCoverage, type Polygon } from '@/lib/raster';

/** Half the side of the square, in window units ([-1, 1] across): it never leaves the grid. */
export const TURNING_SQUARE_HALF_SIDE = 0.625;

export function turningSquareCorners(angleDeg: number, halfSide = TURNING_SQUARE_HALF_SIDE): Polygon {
  const a = (angleDeg * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  const corners: [number, number][] = [
    [-halfSide, -halfSide],
    [halfSide, -halfSide],
    [halfSide, halfSide],
    [-halfSide, halfSide],
  ];
  return corners.map(([x, y]) => [c * x - s * y, s * x + c * y] as const);
}

/** The N x N area-averaged picture (row-major, row 0 on top, values in [0, 1]). */
export function turningSquareImage(angleDeg: number, n = 16, halfSide = TURNING_SQUARE_HALF_SIDE): Float64Array {
  return polygonCoverage(turningSquareCorners(angleDeg, halfSide), n);
}
