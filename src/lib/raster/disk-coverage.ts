// Exact area coverage of a disk, or of a disk minus another disk (the sun minus the moon),
// inside every pixel of a square grid. Method: Green's theorem, area = ½∮(x dy − y dx),
// integrated in closed form along the boundary of (pixel ∩ disk ∖ hole): the pixel's four
// edges, the disk's circle (anticlockwise) and the hole's circle (clockwise), each split at
// its crossings with the other boundaries and kept where its midpoint lies in the region.
// No sampling: the result is exact up to floating-point rounding (about 1e-15 per pixel).

export interface Disk {
  cx: number;
  cy: number;
  r: number;
}

/**
 * A square grid of n × n pixels of side `size`, covering [xMin, xMin + n·size] ×
 * [yMin, yMin + n·size] with y pointing up. Images are stored row by row, row 0 at the top:
 * pixel (row, col) has index row·n + col and centre (xMin + (col+½)·size, yMin + (n−row−½)·size).
 */
export interface DiskGrid {
  n: number;
  xMin: number;
  yMin: number;
  size: number;
}

const TWO_PI = 2 * Math.PI;

// Crossings are computed from the intersection points themselves, with √((r−u)(r+u)) and
// atan2, so that an arc and the edge it meets agree on their shared endpoint even where a
// circle grazes a pixel edge (asin/acos near ±1 would lose half the digits there).

/** Half the chord a line at signed distance u from the centre cuts from a circle of radius r. */
function halfChord(r: number, u: number): number {
  return Math.sqrt(Math.max(0, (r - u) * (r + u)));
}

/**
 * Parameters s in (0, 1) where the axis-aligned segment p → q meets the circle: `vertical`
 * segments have px = qx.
 */
function edgeCircle(px: number, py: number, qx: number, qy: number, vertical: boolean, c: Disk, out: number[]): void {
  const u = vertical ? px - c.cx : py - c.cy;
  if (u <= -c.r || u >= c.r) return;
  const h = halfChord(c.r, u);
  const [from, to, mid] = vertical ? [py, qy, c.cy] : [px, qx, c.cx];
  for (const w of [mid - h, mid + h]) {
    const s = (w - from) / (to - from);
    if (s > 0 && s < 1) out.push(s);
  }
}

function angle(c: Disk, x: number, y: number): number {
  const a = Math.atan2(y - c.cy, x - c.cx);
  return a < 0 ? a + TWO_PI : a;
}

/** Angles in [0, 2π) where the circle meets the vertical line x = v (or horizontal y = v). */
function circleLine(c: Disk, v: number, vertical: boolean, out: number[]): void {
  const u = v - (vertical ? c.cx : c.cy);
  if (u <= -c.r || u >= c.r) return;
  const h = halfChord(c.r, u);
  if (vertical) out.push(angle(c, v, c.cy - h), angle(c, v, c.cy + h));
  else out.push(angle(c, c.cx - h, v), angle(c, c.cx + h, v));
}

/** Angles on circle `c` in [0, 2π) where it meets circle `o`. */
function circleCircle(c: Disk, o: Disk, out: number[]): void {
  const dx = o.cx - c.cx;
  const dy = o.cy - c.cy;
  const d = Math.hypot(dx, dy);
  if (d === 0 || d >= c.r + o.r || d <= Math.abs(c.r - o.r)) return;
  const a = (d * d + c.r * c.r - o.r * o.r) / (2 * d); // along the centre line, from c
  const h = halfChord(c.r, a);
  const mx = c.cx + (a * dx) / d;
  const my = c.cy + (a * dy) / d;
  out.push(angle(c, mx - (h * dy) / d, my + (h * dx) / d), angle(c, mx + (h * dy) / d, my - (h * dx) / d));
}

/** ½∫(x dy − y dx) along the arc of circle c from angle a to angle b (b > a: anticlockwise). */
function arcTerm(c: Disk, a: number, b: number): number {
  return 0.5 * (c.r * c.r * (b - a) + c.r * (c.cx * (Math.sin(b) - Math.sin(a)) - c.cy * (Math.cos(b) - Math.cos(a))));
}

/** Exact area of the rectangle [x0,x1]×[y0,y1] intersected with `disk` and outside `hole`. */
export function rectDiskArea(x0: number, x1: number, y0: number, y1: number, disk: Disk, hole?: Disk): number {
  // A hole that is the disk itself leaves nothing (rounding could otherwise keep a sliver).
  if (hole && hole.cx === disk.cx && hole.cy === disk.cy && hole.r >= disk.r) return 0;
  const inRect = (x: number, y: number) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
  // Strict on the circles, so that coincident circles (hole = disk) contribute nothing twice.
  const inDisk = (x: number, y: number) => (x - disk.cx) ** 2 + (y - disk.cy) ** 2 < disk.r * disk.r;
  const outHole = (x: number, y: number) => !hole || (x - hole.cx) ** 2 + (y - hole.cy) ** 2 > hole.r * hole.r;

  let twiceArea = 0;
  const corners: [number, number][] = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  const cuts: number[] = [];
  for (let e = 0; e < 4; e++) {
    const [px, py] = corners[e];
    const [qx, qy] = corners[(e + 1) % 4];
    cuts.length = 0;
    const vertical = e % 2 === 1;
    edgeCircle(px, py, qx, qy, vertical, disk, cuts);
    if (hole) edgeCircle(px, py, qx, qy, vertical, hole, cuts);
    cuts.push(0, 1);
    cuts.sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const s0 = cuts[i];
      const s1 = cuts[i + 1];
      if (s1 <= s0) continue;
      const sm = 0.5 * (s0 + s1);
      const mx = px + sm * (qx - px);
      const my = py + sm * (qy - py);
      if (!inDisk(mx, my) || !outHole(mx, my)) continue;
      const ax = px + s0 * (qx - px);
      const ay = py + s0 * (qy - py);
      const bx = px + s1 * (qx - px);
      const by = py + s1 * (qy - py);
      twiceArea += ax * by - bx * ay;
    }
  }

  const circles: { c: Disk; other?: Disk; sign: 1 | -1 }[] = [{ c: disk, other: hole, sign: 1 }];
  if (hole) circles.push({ c: hole, other: disk, sign: -1 });
  for (const { c, other, sign } of circles) {
    cuts.length = 0;
    circleLine(c, x0, true, cuts);
    circleLine(c, x1, true, cuts);
    circleLine(c, y0, false, cuts);
    circleLine(c, y1, false, cuts);
    if (other) circleCircle(c, other, cuts);
    cuts.push(0, TWO_PI);
    cuts.sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i];
      const b = cuts[i + 1];
      if (b <= a) continue;
      const m = 0.5 * (a + b);
      const mx = c.cx + c.r * Math.cos(m);
      const my = c.cy + c.r * Math.sin(m);
      if (!inRect(mx, my)) continue;
      const keep = sign === 1 ? outHole(mx, my) : inDisk(mx, my);
      if (!keep) continue;
      twiceArea += 2 * sign * arcTerm(c, a, b);
    }
  }
  return Math.max(0, 0.5 * twiceArea);
}

/** Squared distance from (x, y) to the nearest and the farthest point of a rectangle. */
function rectDistances(x0: number, x1: number, y0: number, y1: number, c: Disk): [number, number] {
  const nx = Math.max(x0 - c.cx, 0, c.cx - x1);
  const ny = Math.max(y0 - c.cy, 0, c.cy - y1);
  const fx = Math.max(Math.abs(x0 - c.cx), Math.abs(x1 - c.cx));
  const fy = Math.max(Math.abs(y0 - c.cy), Math.abs(y1 - c.cy));
  return [nx * nx + ny * ny, fx * fx + fy * fy];
}

/**
 * The fraction of each pixel covered by `disk` minus `hole` (values in [0, 1], row 0 at the
 * top). Pixels wholly inside or outside are decided from distances; the rest are integrated.
 */
export function diskCoverage(grid: DiskGrid, disk: Disk, hole?: Disk): Float64Array {
  const { n, xMin, yMin, size } = grid;
  const out = new Float64Array(n * n);
  const pixelArea = size * size;
  for (let row = 0; row < n; row++) {
    const y0 = yMin + (n - 1 - row) * size;
    const y1 = y0 + size;
    for (let col = 0; col < n; col++) {
      const x0 = xMin + col * size;
      const x1 = x0 + size;
      const [dNear, dFar] = rectDistances(x0, x1, y0, y1, disk);
      if (dNear >= disk.r * disk.r) continue; // outside the disk
      let whole = dFar <= disk.r * disk.r;
      if (hole) {
        const [hNear, hFar] = rectDistances(x0, x1, y0, y1, hole);
        if (hFar <= hole.r * hole.r) continue; // inside the hole
        whole = whole && hNear >= hole.r * hole.r;
      }
      out[row * n + col] = whole ? 1 : Math.min(1, rectDiskArea(x0, x1, y0, y1, disk, hole) / pixelArea);
    }
  }
  return out;
}
