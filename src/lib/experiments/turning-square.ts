// Pictures of a square turning about the view axis: the square of half-side h centred in the
// window [-1, 1]^2, corners (±h, ±h) rotated by the angle a (counter-clockwise, y up), drawn
// on an N x N grid in one of two pixel modes (src/lib/raster/rasterise):
//   'area'  : each pixel holds the exact fraction of it the square covers (box-filter
//             anti-aliasing); the picture changes continuously with a;
//   'point' : each pixel is 1 if its centre lies in the square, else 0; the picture is
//             constant between the angles where an edge crosses a pixel centre, and jumps there.
// Either way the picture repeats every 90 degrees.
import { rasterise, type Polygon } from '@/lib/raster';

/** Half the side of the square, in window units ([-1, 1] across): it never leaves the grid. */
export const TURNING_SQUARE_HALF_SIDE = 0.625;

/** The two pixel models of the turning square (8-bit quantisation is the cube figure's business). */
export const SQUARE_PIXEL_MODES = ['area', 'point'] as const;
export type SquarePixelMode = (typeof SQUARE_PIXEL_MODES)[number];

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

/** The N x N picture (row-major, row 0 on top, values in [0, 1]) in the given pixel mode. */
export function turningSquareImage(angleDeg: number, n = 16, mode: SquarePixelMode = 'area', halfSide = TURNING_SQUARE_HALF_SIDE): Float64Array {
  return rasterise([{ polygon: turningSquareCorners(angleDeg, halfSide), value: 1 }], n, mode);
}
