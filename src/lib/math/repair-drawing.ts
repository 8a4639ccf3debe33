// Turns a freehand drawing (strokes of points; consecutive points of a stroke are joined by
// straight segments) into a continuous target sampled on an even grid over [a, b]: each grid
// point takes the mean height of the strokes crossing it, heights are clamped to [lo, hi],
// grid points no stroke crosses are filled by linear interpolation between drawn neighbours
// (constant beyond the ends). Refuses (null) a drawing that covers less than `minCoverage`
// of the interval: too little to say what the target is.

export interface DrawnPoint {
  x: number;
  y: number;
}

export interface RepairedDrawing {
  values: Float32Array;
  /** Grid points filled in (gaps, ends) and whether heights were clamped: the figure says so. */
  filled: number;
  clamped: boolean;
}

export function repairDrawing(
  strokes: readonly (readonly DrawnPoint[])[],
  gridSize: number,
  { a = -1, b = 1, lo = -1, hi = 1, minCoverage = 0.25 } = {},
): RepairedDrawing | null {
  const sum = new Float64Array(gridSize);
  const count = new Uint32Array(gridSize);
  let clamped = false;
  const index = (x: number) => ((x - a) / (b - a)) * (gridSize - 1);
  const deposit = (i: number, y: number) => {
    if (i < 0 || i >= gridSize) return;
    const c = Math.min(hi, Math.max(lo, y));
    if (c !== y) clamped = true;
    sum[i] += c;
    count[i]++;
  };
  for (const stroke of strokes) {
    const pts = stroke.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    if (pts.length === 1) deposit(Math.round(index(pts[0].x)), pts[0].y);
    for (let k = 0; k + 1 < pts.length; k++) {
      const p = pts[k], q = pts[k + 1];
      const ip = index(p.x), iq = index(q.x);
      const from = Math.ceil(Math.min(ip, iq)), to = Math.floor(Math.max(ip, iq));
      if (from > to) deposit(Math.round(ip), p.y);
      for (let i = from; i <= to; i++) {
        const t = iq === ip ? 0 : (i - ip) / (iq - ip);
        deposit(i, p.y + (q.y - p.y) * t);
      }
    }
  }
  const drawn: number[] = [];
  for (let i = 0; i < gridSize; i++) if (count[i] > 0) drawn.push(i);
  if (drawn.length < 2 || (drawn[drawn.length - 1] - drawn[0]) / (gridSize - 1) < minCoverage) return null;
  const mean = (i: number) => sum[i] / count[i];
  const values = new Float32Array(gridSize);
  let filled = 0;
  let k = 0;
  for (let i = 0; i < gridSize; i++) {
    if (count[i] > 0) {
      values[i] = mean(i);
      continue;
    }
    filled++;
    while (k + 1 < drawn.length && drawn[k + 1] < i) k++;
    const left = drawn[k] < i ? drawn[k] : -1;
    const right = left < 0 ? drawn[0] : k + 1 < drawn.length ? drawn[k + 1] : -1;
    if (left < 0) values[i] = mean(right);
    else if (right < 0) values[i] = mean(left);
    else {
      const f = (i - left) / (right - left);
      values[i] = mean(left) * (1 - f) + mean(right) * f;
    }
  }
  return { values, filled, clamped };
}
