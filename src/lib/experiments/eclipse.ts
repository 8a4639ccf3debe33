// fig-eclipse: the moon (radius `moon`, in sun radii) slides across the sun (radius 1,
// centred at the origin) along a straight line, at time t from 0 (just before first contact)
// to 1 (just after last contact). The visible area of the sun comes from the lens-area
// formula; the visible pixels are the centres of an n × n grid over the sun's bounding
// square that lie inside the sun and outside the moon (point sampling).
import type { LinkSchema } from '@/lib/state/link-state';
import { visibleFraction, visibleFractionLipschitz } from '@/lib/math/visible-fraction';
import { circleCrossingTimes } from '@/lib/math/circle-crossing-times';
import { diskCoverage, type Disk, type DiskGrid } from '@/lib/raster/disk-coverage';

export const FIGURE = 'eclipse';

export const linkSchema = {
  t: { type: 'number', default: 0.36, min: 0, max: 1 },
  moon: { type: 'number', default: 1.05, min: 0.2, max: 1.5 },
  n: { type: 'number', default: 16, min: 4, max: 64, integer: true },
} as const satisfies LinkSchema;

export const SUN_RADIUS = 1;
/** The moon's path runs this far above the sun's centre, so the eclipse is not perfectly central. */
export const PATH_OFFSET = 0.04;
/** Gap between the disks at t = 0 and at t = 1. */
export const PATH_MARGIN = 0.05;

export interface MoonPath {
  /** Centre at t = 0. */
  ax: number;
  ay: number;
  /** Velocity per unit of t. */
  vx: number;
  vy: number;
}

/** The moon's straight path: centre(t) = (ax + vx·t, ay + vy·t). */
export function moonPath(moon: number): MoonPath {
  const reach = SUN_RADIUS + moon + PATH_MARGIN;
  return { ax: -reach, ay: PATH_OFFSET, vx: 2 * reach, vy: 0 };
}

export function moonDisk(t: number, moon: number): Disk {
  const p = moonPath(moon);
  return { cx: p.ax + p.vx * t, cy: p.ay + p.vy * t, r: moon };
}

export const sunDisk: Disk = { cx: 0, cy: 0, r: SUN_RADIUS };

/** The fraction of the sun's disk that is visible at time t (exact, from the lens area). */
export function visibleArea(t: number, moon: number): number {
  const m = moonDisk(t, moon);
  return visibleFraction(SUN_RADIUS, moon, Math.hypot(m.cx, m.cy));
}

/**
 * A bound on how fast the visible fraction can change per unit of t: the fraction's slope
 * in the centre distance (facts.md §4) times the moon's speed.
 */
export function visibleAreaLipschitz(moon: number): number {
  const p = moonPath(moon);
  return visibleFractionLipschitz(SUN_RADIUS, moon) * Math.hypot(p.vx, p.vy);
}

/** The n × n pixel grid over the sun's bounding square [-1, 1]². */
export function sunGrid(n: number): DiskGrid {
  return { n, xMin: -SUN_RADIUS, yMin: -SUN_RADIUS, size: (2 * SUN_RADIUS) / n };
}

function centre(grid: DiskGrid, index: number): [number, number] {
  const row = Math.floor(index / grid.n);
  const col = index - row * grid.n;
  return [grid.xMin + (col + 0.5) * grid.size, grid.yMin + (grid.n - row - 0.5) * grid.size];
}

/** Point-sampled pixels: 1 where the pixel centre is inside the sun and outside the moon. */
export function visiblePixelMask(t: number, moon: number, n: number): Uint8Array {
  const grid = sunGrid(n);
  const m = moonDisk(t, moon);
  const out = new Uint8Array(n * n);
  for (let i = 0; i < n * n; i++) {
    const [x, y] = centre(grid, i);
    const inSun = x * x + y * y <= SUN_RADIUS * SUN_RADIUS;
    const inMoon = (x - m.cx) ** 2 + (y - m.cy) ** 2 <= moon * moon;
    out[i] = inSun && !inMoon ? 1 : 0;
  }
  return out;
}

/** How many pixel centres see the sun at time t. */
export function visiblePixelCount(t: number, moon: number, n: number): number {
  let count = 0;
  for (const v of visiblePixelMask(t, moon, n)) count += v;
  return count;
}

/** How many pixel centres lie inside the sun (the count with no moon in front). */
export function sunPixelCount(n: number): number {
  const grid = sunGrid(n);
  let count = 0;
  for (let i = 0; i < n * n; i++) {
    const [x, y] = centre(grid, i);
    if (x * x + y * y <= SUN_RADIUS * SUN_RADIUS) count++;
  }
  return count;
}

/** Area-averaged pixels: the exact fraction of each pixel covered by the sun minus the moon. */
export function visibleCoverage(t: number, moon: number, n: number): Float64Array {
  return diskCoverage(sunGrid(n), sunDisk, moonDisk(t, moon));
}

export interface Staircase {
  /** Times in [0, 1] at which the count changes, ascending, starting with 0. */
  times: number[];
  /** counts[i] is the visible-pixel count on [times[i], times[i+1]). */
  counts: number[];
}

/**
 * The visible-pixel count as an exact step function of t: each sun pixel's centre is covered
 * on the interval of t where the moon's circle contains it (the roots of a quadratic).
 */
export function pixelStaircase(moon: number, n: number): Staircase {
  const grid = sunGrid(n);
  const p = moonPath(moon);
  const events: [number, number][] = [];
  let count = 0;
  for (let i = 0; i < n * n; i++) {
    const [x, y] = centre(grid, i);
    if (x * x + y * y > SUN_RADIUS * SUN_RADIUS) continue;
    count++;
    const span = circleCrossingTimes(x, y, p.ax, p.ay, p.vx, p.vy, moon);
    if (!span) continue;
    const [t0, t1] = span;
    if (t1 < 0 || t0 > 1) continue;
    if (t0 <= 0) count--;
    else events.push([t0, -1]);
    if (t1 < 1) events.push([t1, +1]);
  }
  events.sort((a, b) => a[0] - b[0]);
  const times = [0];
  const counts = [count];
  for (const [t, step] of events) {
    count += step;
    if (t === times[times.length - 1]) counts[counts.length - 1] = count;
    else {
      times.push(t);
      counts.push(count);
    }
  }
  return { times, counts };
}

/** The visible-area curve sampled at `samples` + 1 evenly spaced times. */
export function visibleAreaCurve(moon: number, samples = 400): { t: number[]; area: number[] } {
  const t: number[] = [];
  const area: number[] = [];
  for (let i = 0; i <= samples; i++) {
    t.push(i / samples);
    area.push(visibleArea(i / samples, moon));
  }
  return { t, area };
}
