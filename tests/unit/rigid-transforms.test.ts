// fig-rigid-transforms' claim, checked on src/lib for each motion: the point-sampled picture's
// modulus of continuity w(delta) stays at least a full pixel as delta shrinks from 1e-1 to
// 1e-5 (a jump), while the area-averaged picture's shrinks in proportion to delta.
import { describe, expect, it } from 'vitest';
import { imageDistance } from '@/lib/raster/image-distance';
import { polygonArea } from '@/lib/raster/polygon-area';
import { modulusOfContinuity } from '@/lib/experiments/modulus-of-continuity';
import { jumpProfile } from '@/lib/experiments/jump-profile';
import {
  JUMP_DELTA,
  MODULUS_DELTAS,
  SHAPE,
  TRANSFORMS,
  jumpSweep,
  transformJumpProfile,
  linkSchema,
  modulusOptions,
  transformImage,
  transformPath,
  transformScene,
} from '@/lib/experiments/rigid-transforms';

const N = 16;

describe.each(TRANSFORMS)('%s', (transform) => {
  it('keeps the shape inside the window and moves it', () => {
    for (let k = 0; k <= 20; k++) {
      const { moving, fixed } = transformScene(transform, k / 20);
      for (const [x, y] of [...moving, ...(fixed ?? [])]) {
        expect(Math.abs(x)).toBeLessThan(1);
        expect(Math.abs(y)).toBeLessThan(1);
      }
    }
    const a = transformImage(transform, 0.2, N, 'area');
    const b = transformImage(transform, 0.8, N, 'area');
    expect(imageDistance(a, b)).toBeGreaterThan(1);
    // Exact coverage: the pixels add up to the shapes' area (in pixel units).
    const { moving, fixed } = transformScene(transform, 0.2);
    const area = polygonArea(moving) + (fixed ? polygonArea(fixed) : 0);
    const pixelArea = (2 / N) ** 2;
    expect(a.reduce((s, v) => s + v, 0) * pixelArea).toBeCloseTo(area, 10);
  });

  it('point-sampled: w(delta) does not shrink as delta goes to 0', () => {
    const { w } = modulusOfContinuity(transformPath(transform, N, 'point'), modulusOptions());
    // At least one whole pixel flips from 0 to 1 across every delta down to 1e-5.
    for (const v of w) expect(v).toBeGreaterThanOrEqual(1);
    expect(w[w.length - 1]).toBeGreaterThan(0.1 * w[0]);
  });

  it('area-averaged: w(delta) shrinks in proportion to delta', () => {
    const { w } = modulusOfContinuity(transformPath(transform, N, 'area'), modulusOptions());
    const slopes = w.map((v, i) => v / MODULUS_DELTAS[i]);
    // A Lipschitz family: w(delta)/delta settles to a constant as delta shrinks.
    for (let i = 2; i < slopes.length; i++) {
      expect(slopes[i]).toBeGreaterThan(0.7 * slopes[1]);
      expect(slopes[i]).toBeLessThan(1.3 * slopes[1]);
    }
    expect(w[w.length - 1]).toBeLessThan(1e-3);
    expect(w[w.length - 1]).toBeGreaterThan(0);
  });

  it('8-bit: w(delta) stops shrinking at about one grey level', () => {
    const { w } = modulusOfContinuity(transformPath(transform, N, 'area8'), modulusOptions());
    expect(w[w.length - 1]).toBeGreaterThanOrEqual(1 / 255 - 1e-12);
    expect(w[w.length - 1]).toBeLessThan(0.05);
  });

  it('point-sampled: a crossing bracketed to 1e-9 still flips a whole pixel (independent bisection)', () => {
    const img = (t: number) => transformImage(transform, t, N, 'point');
    // Find neighbouring sweep points whose images differ, then bisect the bracket.
    let a = 0.3;
    let b = 0.3;
    while (imageDistance(img(a), img(b)) === 0) b += 0.01;
    let ia = img(a);
    while (b - a > 1e-9) {
      const m = 0.5 * (a + b);
      const im = img(m);
      if (imageDistance(im, ia) === 0) {
        a = m;
        ia = im;
      } else b = m;
    }
    expect(imageDistance(img(b), img(a))).toBeGreaterThanOrEqual(1);
    // The area-averaged image hardly moves across the same bracket.
    expect(imageDistance(transformImage(transform, b, N, 'area'), transformImage(transform, a, N, 'area'))).toBeLessThan(1e-6);
  });
});

describe('jump profile over the sweep', () => {
  it('is spiky and large for point sampling, small for area averaging', () => {
    for (const transform of TRANSFORMS) {
      const point = transformJumpProfile(transform, N, 'point');
      const area = transformJumpProfile(transform, N, 'area');
      expect(point.length).toBe(jumpSweep().length);
      // Point sampling: zero between events, at least a whole pixel at each event caught.
      expect(Math.max(...point)).toBeGreaterThanOrEqual(1);
      expect(point.filter((v) => v === 0).length).toBeGreaterThan(point.length / 2);
      for (const v of point) expect(v === 0 || v >= 1).toBe(true);
      // Area averaging: always moving, never by much.
      expect(Math.max(...area)).toBeLessThan(0.2);
      expect(Math.min(...area)).toBeGreaterThan(0);
      // The sweep's step delta catches every event once: the point profile adds up all flips.
      const ts = jumpSweep();
      const direct = jumpProfile((t) => transformImage(transform, t, N, 'point'), ts.slice(0, 50), JUMP_DELTA);
      expect(Array.from(direct)).toEqual(point.slice(0, 50));
    }
  });

  it('link schema has the public names', () => {
    expect(Object.keys(linkSchema).sort()).toEqual(['mode', 'n', 't', 'transform']);
    expect(SHAPE.length).toBeGreaterThan(4);
  });
});
