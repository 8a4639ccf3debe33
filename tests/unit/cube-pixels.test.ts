import { describe, expect, test } from 'vitest';
import { orientationMatrix } from '@/lib/geometry';
import { changedEntries, cubeImage, cubePolygons, polygonArea, LEVELS_8BIT } from '@/lib/raster';
import { cubePhiPath, cubePixels, modulusAt, modulusOptions } from '@/lib/experiments/cube-pixels';
import { jumpProfile, sweep } from '@/lib/experiments/jump-profile';
import { modulusOfContinuity } from '@/lib/experiments/modulus-of-continuity';

const THETA = 62;
const DELTAS = [1e-1, 1e-3, 1e-5];
const opts = (n: number) => ({ ...modulusOptions(), deltas: DELTAS, scanSamples: n >= 32 ? 180 : 90, gridSamples: 30 });

describe('cube picture', () => {
  test('area image sums to the shaded projected area (coverage sums match polygon areas)', () => {
    const R = orientationMatrix({ phi: 30, theta: THETA, roll: 0 });
    for (const n of [8, 24, 64]) {
      const img = cubeImage(R, n, 'area');
      const expected = cubePolygons(R).reduce((s, p) => s + (p.value as number) * polygonArea(p.polygon), 0);
      expect(img.reduce((s, v) => s + v, 0) * (2 / n) ** 2).toBeCloseTo(expected, 10);
    }
  });

  test('deterministic', () => {
    const R = orientationMatrix({ phi: 12.345, theta: 50, roll: 3 });
    expect(cubeImage(R, 32, 'point')).toEqual(cubeImage(R, 32, 'point'));
  });
});

describe('claim: the modulus of continuity w(delta) in the three pixel modes', () => {
  test('point-sampled: w(delta) does not shrink as delta -> 0', () => {
    const r = modulusOfContinuity(cubePhiPath(THETA, 0, 16, 'point'), opts(16));
    const [w1, w3, w5] = r.w as [number, number, number];
    // A full jump: an edge crossing a pixel centre changes that pixel from background to a face's grey.
    expect(w5).toBeGreaterThan(0.5);
    expect(w3).toBeGreaterThan(0.2);
    expect(w5).toBeGreaterThan(0.5 * w1);
    expect(w5 / w3).toBeGreaterThan(0.99);
    expect(r.jumps.length).toBeGreaterThan(0);
  });

  test('8-bit: w(delta) never falls below one grey level, although the unquantised change does', () => {
    const r8 = modulusOfContinuity(cubePhiPath(THETA, 0, 16, 'area8'), opts(16));
    const ra = modulusOfContinuity(cubePhiPath(THETA, 0, 16, 'area'), opts(16));
    for (const w of r8.w) expect(w).toBeGreaterThanOrEqual(1 / LEVELS_8BIT - 1e-12);
    // and at the smallest steps it is exactly one level: the largest pixel change is 1/255.
    expect(r8.w[2]!).toBeCloseTo(1 / LEVELS_8BIT, 12);
    expect(ra.w[2]!).toBeLessThan(0.1 / LEVELS_8BIT);
  });

  test('area-averaged: w(delta) falls in proportion to delta, with a slope that grows with N', () => {
    const slopes: number[] = [];
    for (const n of [8, 16, 32]) {
      const r = modulusOfContinuity(cubePhiPath(THETA, 0, n, 'area'), opts(n));
      const [w1, w3, w5] = r.w as [number, number, number];
      expect(w3 / w5).toBeGreaterThan(95);
      expect(w3 / w5).toBeLessThan(105);
      expect(w1 / w3).toBeGreaterThan(50);
      expect(w1 / w3).toBeLessThan(150);
      slopes.push(w5 / 1e-5);
    }
    expect(slopes[1]!).toBeGreaterThan(1.5 * slopes[0]!);
    expect(slopes[2]!).toBeGreaterThan(1.5 * slopes[1]!);
  });

  test('jump profile: point mode jumps by whole pixels however small delta; area mode shrinks', () => {
    const ts = sweep(0, 90, 90);
    const pPoint = jumpProfile(cubePhiPath(THETA, 0, 16, 'point').image, ts, 0.5);
    const pArea = jumpProfile(cubePhiPath(THETA, 0, 16, 'area').image, ts, 0.5);
    const pAreaSmall = jumpProfile(cubePhiPath(THETA, 0, 16, 'area').image, ts, 0.005);
    const max = (a: Float64Array) => a.reduce((m, v) => Math.max(m, v), 0);
    expect(max(pPoint)).toBeGreaterThan(0.2);
    expect(max(pAreaSmall)).toBeLessThan(max(pArea) / 50);
  });
});

describe('the marks above the strip and the w(delta) readout', () => {
  test('changedEntries lists exactly the pixels that differ after a turn of delta', () => {
    const o = { phi: 30, theta: THETA, roll: 0 };
    const a = cubePixels(o, 24, 'point');
    const b = cubePixels({ ...o, phi: 31 }, 24, 'point');
    const changed = changedEntries(a, b);
    expect(changed.length).toBeGreaterThan(0);
    const set = new Set(changed);
    for (let i = 0; i < a.length; i++) expect(set.has(i)).toBe(a[i] !== b[i]);
    expect([...changed]).toEqual([...changed].sort((x, y) => x - y));
    expect(changedEntries(a, a).length).toBe(0);
  });

  test('modulusAt interpolates w on log-log axes: exact at the computed steps, a power law between', () => {
    const deltas = [1e-3, 1e-2, 1e-1];
    const w = [2e-6, 2e-5, 2e-4]; // slope one
    expect(modulusAt(w, deltas, 1e-2)).toBeCloseTo(2e-5, 15);
    expect(modulusAt(w, deltas, 10 ** -1.5)! / (2e-4 * 10 ** -0.5)).toBeCloseTo(1, 12);
    expect(modulusAt([0.8, 0.8, 0.8], deltas, 0.05)).toBeCloseTo(0.8, 12);
    expect(modulusAt(w, deltas, 0.5)).toBeNull();
    expect(modulusAt(w, deltas, 1e-4)).toBeNull();
  });
});
