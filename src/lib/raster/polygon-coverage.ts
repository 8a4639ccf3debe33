// Exact area coverage of a polygon on an N x N pixel grid: coverage[row*N + col] is the
// fraction (0..1) of pixel (row, col) that the polygon covers, i.e. area(P ∩ pixel) / area(pixel).
// Computed by Sutherland-Hodgman clipping (./clip.ts): the polygon is clipped once to each
// pixel column of its bounding box, then each column piece to each pixel row it spans,
// and the shoelace area of every piece is taken. Pixels outside the bounding box are 0.
// Only pixels of the window are filled; parts of the polygon outside the window are dropped.
import { clipHalfPlane, flattenPolygon } from './clip';
import { DEFAULT_WINDOW, type Polygon, type RasterWindow } from './grid';
import { flatPolygonArea } from './polygon-area';

/**
 * Adds `weight * coverage` of `polygon` into `out` (length N*N*channels) at channel `channel`.
 * The building block of the area rasteriser; `polygonCoverage` is the one-polygon case.
 */
export function accumulatePolygonCoverage(
  out: Float64Array,
  polygon: Polygon | ArrayLike<number>,
  n: number,
  win: RasterWindow = DEFAULT_WINDOW,
  weight = 1,
  channels = 1,
  channel = 0,
): void {
  const flat: ArrayLike<number> = isFlat(polygon) ? polygon : flattenPolygon(polygon as Polygon);
  const m = flat.length >> 1;
  if (m < 3) return;
  const w = (win.xMax - win.xMin) / n;
  const h = (win.yMax - win.yMin) / n;
  const pixelArea = w * h;
  let bx0 = Infinity, bx1 = -Infinity;
  for (let i = 0; i < m; i++) {
    const x = flat[2 * i]!;
    if (x < bx0) bx0 = x;
    if (x > bx1) bx1 = x;
  }
  const c0 = Math.max(0, Math.floor((bx0 - win.xMin) / w));
  const c1 = Math.min(n - 1, Math.floor((bx1 - win.xMin) / w));
  for (let col = c0; col <= c1; col++) {
    const xa = win.xMin + col * w;
    const xb = xa + w;
    let strip = clipHalfPlane(flat, 0, xa, true);
    if (strip.length < 6) continue;
    strip = clipHalfPlane(strip, 0, xb, false);
    if (strip.length < 6) continue;
    let sy0 = Infinity, sy1 = -Infinity;
    for (let i = 1; i < strip.length; i += 2) {
      const y = strip[i]!;
      if (y < sy0) sy0 = y;
      if (y > sy1) sy1 = y;
    }
    // Rows counted from the top: row r spans [yMax - (r+1)h, yMax - r h].
    const r0 = Math.max(0, Math.floor((win.yMax - sy1) / h));
    const r1 = Math.min(n - 1, Math.floor((win.yMax - sy0) / h));
    for (let row = r0; row <= r1; row++) {
      const yb = win.yMax - row * h;
      const ya = yb - h;
      let piece = clipHalfPlane(strip, 1, ya, true);
      if (piece.length < 6) continue;
      piece = clipHalfPlane(piece, 1, yb, false);
      if (piece.length < 6) continue;
      const a = flatPolygonArea(piece);
      if (a > 0) out[(row * n + col) * channels + channel]! += (weight * a) / pixelArea;
    }
  }
}

/** Fraction of each pixel of an N x N grid over `win` covered by `polygon` (row-major, row 0 on top). */
export function polygonCoverage(polygon: Polygon, n: number, win: RasterWindow = DEFAULT_WINDOW): Float64Array {
  const out = new Float64Array(n * n);
  accumulatePolygonCoverage(out, polygon, n, win);
  return out;
}

function isFlat(p: Polygon | ArrayLike<number>): p is ArrayLike<number> {
  return p.length === 0 || typeof (p as ArrayLike<unknown>)[0] === 'number';
}
