// A sum of 2D unit steps: the indicator of a union of axis-aligned rectangles,
// g(x, y) = sum_k H(x - x0_k) H(x1_k - x) H(y - y0_k) H(y1_k - y) (rectangles may not overlap
// here, so g is 0 or 1). Each rectangle is four steps; its edges are the jumps.

export interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export function rectangleSteps(rects: readonly Rect[], x: number, y: number): number {
  let v = 0;
  for (const r of rects) if (x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1) v += 1;
  return v;
}
