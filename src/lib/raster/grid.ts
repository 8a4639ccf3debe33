// The pixel grid every rasteriser here uses: an N x N grid laid over a rectangular window
// of the plane. Pixel (row, col) covers x in [xMin + col*w, xMin + (col+1)*w] and
// y in [yMax - (row+1)*h, yMax - row*h], with w = (xMax-xMin)/N, h = (yMax-yMin)/N:
// row 0 is the TOP row (largest y), col 0 the left column, like an image on screen.
// Images are row-major Float64Arrays: value of channel c at (row, col) is
// image[(row*N + col)*channels + c]. The default window is [-1, 1]^2 (WebGL's clip space).

export type Vec2 = readonly [number, number];
export type Polygon = ReadonlyArray<Vec2>;

export interface RasterWindow {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** [-1, 1] x [-1, 1]: normalised device coordinates, so the grid matches a WebGL viewport. */
export const DEFAULT_WINDOW: RasterWindow = Object.freeze({ xMin: -1, xMax: 1, yMin: -1, yMax: 1 });

/** The centre of pixel (row, col) in window coordinates. */
export function pixelCentre(row: number, col: number, n: number, win: RasterWindow = DEFAULT_WINDOW): Vec2 {
  const w = (win.xMax - win.xMin) / n;
  const h = (win.yMax - win.yMin) / n;
  return [win.xMin + (col + 0.5) * w, win.yMax - (row + 0.5) * h];
}

/** The square of pixel (row, col): [x0, x1] x [y0, y1]. */
export function pixelBox(row: number, col: number, n: number, win: RasterWindow = DEFAULT_WINDOW) {
  const w = (win.xMax - win.xMin) / n;
  const h = (win.yMax - win.yMin) / n;
  const x0 = win.xMin + col * w;
  const y1 = win.yMax - row * h;
  return { x0, x1: x0 + w, y0: y1 - h, y1 };
}
