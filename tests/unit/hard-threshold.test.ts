// fig-hard-threshold's claims on src/lib: a hard step unit represents the target exactly; at
// T = 0.001 plain gradient descent makes no progress (its gradient is ~e^-30 small, because every
// data point is at least half a grid gap from the threshold); at T = 1 it does; the search
// without gradients reaches zero loss.
import { describe, expect, test } from 'vitest';
import {
  createGradientDescent,
  DATA_GAP,
  dataXs,
  dataYs,
  descentHistory,
  initialParams,
  initialUnit,
  linkSchema,
  searchHistory,
  TARGET_THRESHOLD,
} from '@/lib/experiments/hard-threshold';
import { evaluateThresholdUnit, logistic, thresholdUnit } from '@/lib/math/threshold-unit';
import { hardUnitLoss } from '@/lib/math/threshold-search';
import { decodeLinkState } from '@/lib/state/link-state';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const STEPS = 300;

describe('the threshold unit', () => {
  test('logistic is stable and symmetric', () => {
    expect(logistic(0)).toBe(0.5);
    expect(logistic(800)).toBe(1);
    expect(logistic(-800)).toBe(0);
    for (const z of [-30, -3, 0.5, 7]) expect(logistic(z) + logistic(-z)).toBeCloseTo(1, 12);
  });

  test('the gradient matches finite differences', () => {
    const p = { w: 1.3, b: -0.2 };
    const T = 0.4;
    const g = evaluateThresholdUnit(p, T, dataXs, dataYs);
    const h = 1e-6;
    const dw = (evaluateThresholdUnit({ ...p, w: p.w + h }, T, dataXs, dataYs).loss - evaluateThresholdUnit({ ...p, w: p.w - h }, T, dataXs, dataYs).loss) / (2 * h);
    const db = (evaluateThresholdUnit({ ...p, b: p.b + h }, T, dataXs, dataYs).loss - evaluateThresholdUnit({ ...p, b: p.b - h }, T, dataXs, dataYs).loss) / (2 * h);
    expect(g.gradW).toBeCloseTo(dw, 6);
    expect(g.gradB).toBeCloseTo(db, 6);
  });

  test('a hard step unit represents the target exactly, and its gradient is zero', () => {
    const exact = { w: 1, b: -TARGET_THRESHOLD };
    const e = evaluateThresholdUnit(exact, 0, dataXs, dataYs);
    expect(e.loss).toBe(0);
    expect(e.gradNorm).toBe(0);
    expect(hardUnitLoss({ threshold: TARGET_THRESHOLD, sign: 1 }, dataXs, dataYs)).toBe(0);
    expect(thresholdUnit(exact, 0, TARGET_THRESHOLD + 0.01)).toBe(1);
  });
});

describe('the starting unit', () => {
  test('lies between data points, at least half a gap from each, and misclassifies some', () => {
    for (const seed of SEEDS) {
      const u = initialUnit(seed);
      const nearest = Math.min(...Array.from(dataXs, (x) => Math.abs(x - u.threshold)));
      expect(nearest).toBeGreaterThanOrEqual(DATA_GAP / 2 - 1e-12);
      expect(hardUnitLoss(u, dataXs, dataYs)).toBeGreaterThan(0.1);
      const p = initialParams(seed);
      expect(-p.b / p.w).toBeCloseTo(u.threshold, 12);
    }
  });
});

describe('claims', () => {
  test('at T = 0.001 gradient descent makes no progress: the gradient is ~0 and the loss stays put', () => {
    for (const seed of SEEDS) {
      const h = descentHistory(seed, 0.001, STEPS);
      const first = h.losses[0];
      const last = h.losses[h.losses.length - 1];
      // "No progress": the loss moves by less than a millionth in 300 steps, because every
      // gradient is below 1e-10 (e^-(gap/2)/T = e^-31 times O(1/T)).
      expect(Math.abs(last - first)).toBeLessThan(1e-6);
      expect(first).toBeGreaterThan(0.1);
      expect(Math.max(...h.gradNorms)).toBeLessThan(1e-10);
    }
  });

  test('at T = 1 gradient descent makes clear progress', () => {
    for (const seed of SEEDS) {
      const h = descentHistory(seed, 1, STEPS);
      const first = h.losses[0];
      const last = h.losses[h.losses.length - 1];
      expect(last).toBeLessThan(0.5 * first);
      expect(Math.max(...h.gradNorms)).toBeGreaterThan(1e-2);
    }
  });

  test('the gradient-free search reaches loss <= 0.01 (in fact zero)', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const s = searchHistory(seed);
      expect(s.losses[s.losses.length - 1]).toBeLessThanOrEqual(0.01);
      expect(hardUnitLoss(s.best, dataXs, dataYs)).toBe(0);
    }
  });

  test('the straight-through surrogate trains the hard unit where the exact gradient is zero', () => {
    for (let seed = 1; seed <= 20; seed++) {
      // The exact gradient of the hard unit (T = 0) is zero; the surrogate is not.
      expect(evaluateThresholdUnit(initialParams(seed), 0, dataXs, dataYs).gradNorm).toBe(0);
      const h = descentHistory(seed, 0.001, 50, 'straight-through');
      expect(h.gradNorms[0]).toBeGreaterThan(0.05);
      expect(h.losses[h.losses.length - 1]).toBeLessThanOrEqual(0.01);
    }
  });

  test('runs are reproducible from the seed', () => {
    const a = createGradientDescent(3, 0.1);
    const b = createGradientDescent(3, 0.1);
    for (let i = 0; i < 50; i++) expect(a.step()).toEqual(b.step());
    expect(searchHistory(9)).toEqual(searchHistory(9));
  });
});

describe('link state', () => {
  test('temperature and seed decode, clamp and repair', () => {
    const ok = decodeLinkState('hard-threshold', linkSchema, 'hard-threshold.temperature=0.1&hard-threshold.seed=4');
    expect(ok.values).toEqual({ temperature: 0.1, seed: 4 });
    const bad = decodeLinkState('hard-threshold', linkSchema, 'hard-threshold.temperature=hot&hard-threshold.seed=0');
    expect(bad.values).toEqual({ temperature: 0.001, seed: 1 });
    expect(bad.notices).toHaveLength(2);
  });
});
