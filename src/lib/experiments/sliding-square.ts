// Pictures of one object moving: an axis-aligned square of side s pixels whose centre sits at
// (x, N/2) in pixel units (x from the left edge), drawn on an N x N grid with exact area
// averaging (src/lib/raster). As x moves the picture changes continuously: pixels fill and
// empty in proportion to the distance moved.
import { polygonCoverage, type Polygon, type RasterWindow } from '@/lib/raster';

/** Side of the moving square, in pixels. */
export const SLIDING_SQUARE_SIDE = 4;

function pixelWindow(n: number): RasterWindow {
  return { xMin: 0, xMax: n, yMin: 0, yMax: n };
}

export function slidingSquareCorners(x: number, n = 16, side = SLIDING_SQUARE_SIDE): Polygon {
  const h = side / 2;
  const y = n / 2;
  return [
    [x - h, y - h],
    [x + h, y - h],
    [x + h, y + h],
    [x - h, y + h],
  ];
}

/** The N x N area-averaged picture of the square centred at x pixels from the left. */
export function slidingSquareImage(x: number, n = 16, side = SLIDING_SQUARE_SIDE): Float64Array {
  return polygonCoverage(slidingSquareCorners(x, n, side), n, pixelWindow(n));
}
