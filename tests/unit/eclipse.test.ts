// fig-eclipse's claims, checked on src/lib: the visible area is continuous (Lipschitz) in
// time, the visible-pixel count jumps by whole pixels however small the step, and the lens
// formula agrees with an independent supersampled estimate and with the exact pixel coverage.
import { describe, expect, it } from 'vitest';
import { lensArea } from '@/lib/math/lens-area';
import { visibleFraction } from '@/lib/math/visible-fraction';
import { circleCrossingTimes } from '@/lib/math/circle-crossing-times';
import { diskCoverage, rectDiskArea } from '@/lib/raster/disk-coverage';
import {
  linkSchema,
  moonDisk,
  pixelStaircase,
  sunGrid,
  sunDisk,
  sunPixelCount,
  visibleArea,
  visibleAreaLipschitz,
  visibleCoverage,
  visiblePixelCount,
} from '@/lib/experiments/eclipse';

/** Midpoint-rule estimate of the lens area on a k × k grid over the smaller disk's box. */
function supersampledLens(r: number, R: number, d: number, k: number): number {
  // Disk r at the origin, disk R at (d, 0); sample the bounding box of the small disk.
  const x0 = -r;
  const h = (2 * r) / k;
  let hits = 0;
  for (let i = 0; i < k; i++) {
    const x = x0 + (i + 0.5) * h;
    for (let j = 0; j < k; j++) {
      const y = x0 + (j + 0.5) * h;
      if (x * x + y * y <= r * r && (x - d) ** 2 + y * y <= R * R) hits++;
    }
  }
  return hits * h * h;
}

describe('lens area', () => {
  it('matches facts.md for r = R = 1, d = 1 (A = 1.22837)', () => {
    expect(lensArea(1, 1, 1)).toBeCloseTo(1.22837, 5);
    expect(lensArea(1, 1, 1)).toBeCloseTo((2 * Math.PI) / 3 - Math.sqrt(3) / 2, 12);
  });

  it('handles the edge cases: apart, touching, and one disk inside the other', () => {
    expect(lensArea(1, 0.5, 1.5)).toBe(0);
    expect(lensArea(1, 0.5, 2)).toBe(0);
    expect(lensArea(1, 0.5, 0.5)).toBeCloseTo(Math.PI * 0.25, 14);
    expect(lensArea(0.5, 1, 0.2)).toBeCloseTo(Math.PI * 0.25, 14);
    expect(lensArea(1, 1, 0)).toBeCloseTo(Math.PI, 14);
    // Continuous at both ends of the formula's range.
    expect(lensArea(1, 0.5, 1.5 - 1e-9)).toBeLessThan(1e-10);
    expect(Math.abs(lensArea(1, 0.5, 0.5 + 1e-9) - Math.PI * 0.25)).toBeLessThan(1e-7);
  });

  it.each([
    [1, 1, 1],
    [0.6, 1, 0.9],
    [1.05, 1, 0.4],
    [0.3, 1, 1.1],
  ])('agrees with a fine supersampled estimate to 1e-3 (r=%s, R=%s, d=%s)', (r, R, d) => {
    const estimate = supersampledLens(r, R, d, 2000);
    expect(Math.abs(lensArea(r, R, d) - estimate)).toBeLessThan(1e-3);
  });

  it('agrees with the exact pixel coverage summed over a grid (a different method)', () => {
    for (const [moon, t] of [
      [1.05, 0.36],
      [0.5, 0.3],
      [1.4, 0.55],
      [0.8, 0.12],
    ]) {
      for (const n of [8, 24, 37, 64]) {
        const grid = sunGrid(n);
        const cover = visibleCoverage(t, moon, n);
        const area = cover.reduce((s, v) => s + v, 0) * grid.size * grid.size;
        expect(Math.abs(area / Math.PI - visibleArea(t, moon))).toBeLessThan(1e-12);
      }
    }
  });
});

describe('exact disk coverage', () => {
  it('sums to the disk area and stays in [0, 1]', () => {
    const grid = { n: 13, xMin: -1.3, yMin: -1.1, size: 0.2 };
    const cover = diskCoverage(grid, { cx: 0.07, cy: -0.03, r: 0.91 });
    const sum = cover.reduce((s, v) => s + v, 0) * 0.04;
    expect(Math.abs(sum - Math.PI * 0.91 * 0.91)).toBeLessThan(1e-12);
    for (const v of cover) expect(v >= 0 && v <= 1).toBe(true);
  });

  it('matches a supersampled pixel for a disk minus a disk', () => {
    const disk = { cx: 0, cy: 0, r: 1 };
    const hole = { cx: 0.7, cy: 0.2, r: 0.6 };
    const [x0, x1, y0, y1] = [0.1, 0.35, 0.55, 0.8]; // both circles cross this pixel
    const k = 1000;
    let hits = 0;
    for (let i = 0; i < k; i++)
      for (let j = 0; j < k; j++) {
        const x = x0 + ((i + 0.5) / k) * (x1 - x0);
        const y = y0 + ((j + 0.5) / k) * (y1 - y0);
        if (x * x + y * y <= 1 && (x - 0.7) ** 2 + (y - 0.2) ** 2 > 0.36) hits++;
      }
    const estimate = (hits / (k * k)) * (x1 - x0) * (y1 - y0);
    expect(Math.abs(rectDiskArea(x0, x1, y0, y1, disk, hole) - estimate)).toBeLessThan(1e-5);
  });

  it('gives nothing when the hole is the disk itself', () => {
    const d = { cx: 0, cy: 0, r: 1 };
    expect(rectDiskArea(-0.2, 0.3, -0.1, 0.4, d, { ...d })).toBe(0);
    expect(rectDiskArea(0.8, 1.2, -0.1, 0.3, d, { ...d })).toBe(0);
  });
});

describe('the visible area is continuous in time', () => {
  it('changes by at most a Lipschitz bound times the step, so by less than any bound as the step shrinks', () => {
    for (const moon of [0.5, 1.05, 1.4]) {
      const L = visibleAreaLipschitz(moon);
      const worst: number[] = [];
      for (const dt of [1e-2, 1e-3, 1e-4, 1e-5]) {
        let max = 0;
        for (let i = 0; i <= 2000; i++) {
          const t = (i / 2000) * (1 - dt);
          max = Math.max(max, Math.abs(visibleArea(t + dt, moon) - visibleArea(t, moon)));
        }
        expect(max).toBeLessThanOrEqual(L * dt * (1 + 1e-9));
        worst.push(max / dt);
      }
      // The worst change per unit step settles to a constant: the change shrinks linearly.
      expect(worst[3]).toBeGreaterThan(0.5 * worst[0]);
      expect(worst[3]).toBeLessThan(2 * worst[0]);
    }
  });

  it('spans the whole eclipse: full sun at the ends, the overlap in between', () => {
    for (const moon of [0.2, 1.05, 1.5]) {
      expect(visibleArea(0, moon)).toBe(1);
      expect(visibleArea(1, moon)).toBe(1);
      expect(visibleArea(0.5, moon)).toBeCloseTo(visibleFraction(1, moon, Math.hypot(moonDisk(0.5, moon).cx, moonDisk(0.5, moon).cy)), 14);
    }
    expect(visibleArea(0.5, 1.05)).toBe(0); // totality: the moon covers the sun
    expect(visibleArea(0.5, 0.5)).toBeCloseTo(1 - 0.25, 12); // annular: a quarter of the area hidden
  });
});

describe('the visible-pixel count jumps by whole pixels', () => {
  it('jumps by at least one pixel across a step of 1e-9 located by bisection', () => {
    for (const [moon, n] of [
      [1.05, 16],
      [0.5, 32],
      [1.3, 64],
    ]) {
      // Find two times with different counts, then bisect down to a 1e-9 bracket.
      let a = 0.2;
      let b = 0.21;
      let ca = visiblePixelCount(a, moon, n);
      const cb = visiblePixelCount(b, moon, n);
      expect(ca).not.toBe(cb);
      while (b - a > 1e-9) {
        const m = 0.5 * (a + b);
        const cm = visiblePixelCount(m, moon, n);
        if (cm === ca) {
          a = m;
          ca = cm;
        } else b = m;
      }
      const before = visiblePixelCount(a, moon, n);
      const after = visiblePixelCount(b, moon, n);
      expect(b - a).toBeLessThanOrEqual(1e-9);
      expect(Number.isInteger(before) && Number.isInteger(after)).toBe(true);
      expect(Math.abs(after - before)).toBeGreaterThanOrEqual(1);
      // Meanwhile the area hardly moves over the same step.
      expect(Math.abs(visibleArea(b, moon) - visibleArea(a, moon))).toBeLessThan(visibleAreaLipschitz(moon) * 1e-9 * 1.01);
    }
  });

  it('the exact staircase agrees with direct counting, and every step is a whole number of pixels', () => {
    for (const [moon, n] of [
      [1.05, 16],
      [0.35, 20],
      [1.5, 9],
    ]) {
      const { times, counts } = pixelStaircase(moon, n);
      expect(counts[0]).toBe(sunPixelCount(n));
      expect(counts[counts.length - 1]).toBe(sunPixelCount(n));
      for (let i = 1; i < counts.length; i++) expect(Math.abs(counts[i] - counts[i - 1])).toBeGreaterThanOrEqual(1);
      for (let k = 0; k < 300; k++) {
        const t = (k + 0.5) / 300;
        // Exactly at a crossing the count depends on rounding; compare between crossings.
        if (times.some((e) => Math.abs(e - t) < 1e-9)) continue;
        let i = 0;
        while (i + 1 < times.length && times[i + 1] <= t) i++;
        expect(counts[i]).toBe(visiblePixelCount(t, moon, n));
      }
      // Exactly at a crossing time, a nudge of 1e-9 either side changes the count.
      const mid = Math.floor(times.length / 2);
      const tc = times[mid];
      expect(visiblePixelCount(tc - 1e-9, moon, n)).not.toBe(visiblePixelCount(tc + 1e-9, moon, n));
    }
  });

  it('crossing times solve |p - c(t)| = r', () => {
    const span = circleCrossingTimes(0.3, 0.1, -2, 0.04, 4, 0, 1.05);
    expect(span).not.toBeNull();
    for (const t of span!) expect(Math.hypot(0.3 - (-2 + 4 * t), 0.1 - 0.04)).toBeCloseTo(1.05, 12);
  });
});

describe('link schema', () => {
  it('has the public parameter names and sane defaults', () => {
    expect(Object.keys(linkSchema).sort()).toEqual(['moon', 'n', 't']);
    expect(sunDisk.r).toBe(1);
    expect(visibleArea(linkSchema.t.default, linkSchema.moon.default)).toBeGreaterThan(0.2);
    expect(visibleArea(linkSchema.t.default, linkSchema.moon.default)).toBeLessThan(0.8);
  });
});
