// The claim of fig-step-approximation, on the same code the worker runs (cpu backend): the
// worst-case error stays at half the jump at every width, while the RMS error and the
// 10-90% transition width fall from width 4 to 64, with growing weights.
import { beforeAll, describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { fitSteps } from '@/lib/experiments/step-approximation';
import { transitionWidth } from '@/lib/math/transition-width';
import { stepSupError } from '@/lib/math/step-sup-error';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('step approximation claim', () => {
  test('sup error >= 0.45 at widths 4 and 64; RMS and transition width fall, weights grow', async () => {
    const baseline = tf.memory().numTensors;
    const runs = [];
    for (const width of [4, 64]) runs.push((await fitSteps({ width, seed: 1, only1d: true })).step1d);
    for (const r of runs) expect(r.supError).toBeGreaterThanOrEqual(0.45);
    const [w4, w64] = runs;
    expect(w64.rmsError).toBeLessThan(w4.rmsError);
    expect(w64.transitionWidth).toBeLessThan(w4.transitionWidth);
    expect(Number.isFinite(w64.transitionWidth)).toBe(true);
    expect(w64.weightNorm).toBeGreaterThan(w4.weightNorm);
    expect(tf.memory().numTensors).toBe(baseline);
  });
});

describe('step metrics', () => {
  test('transition width of a ramp from -0.1 to 0.1 is 0.16 (10% to 90%)', () => {
    const xs = Array.from({ length: 2001 }, (_, i) => -1 + i / 1000);
    const ramp = xs.map((x) => Math.min(1, Math.max(0, (x + 0.1) / 0.2)));
    expect(transitionWidth(xs, ramp)).toBeCloseTo(0.16, 2);
    expect(transitionWidth(xs, xs.map(() => 0.5))).toBe(Number.POSITIVE_INFINITY);
  });
  test('a continuous fit is off by at least half the jump at the jump', () => {
    expect(stepSupError([0, 1], [0, 1], 0.3, 0, 1)).toBeCloseTo(0.7);
    expect(stepSupError([0, 1], [0, 1], 0.5, 0, 1)).toBe(0.5);
  });
});
