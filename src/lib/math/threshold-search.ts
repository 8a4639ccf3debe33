// A search that needs no gradient: a (1+1) evolution strategy over a hard threshold unit
// H(sign * (x - threshold)), thresholds kept in [lo, hi]. Each step proposes either a random
// neighbour (threshold + N(0, sigma^2), same sign) or, with probability 1/5, a fresh random unit
// (threshold uniform in [lo, hi], random sign: this escapes the plateau where the unit is
// constant on the data), and keeps the proposal when its loss is no worse. sigma follows
// Rechenberg's 1/5 success rule (x1.5 after a strict improvement, x0.9 after a failure).
// The loss is the hard unit's mean squared error, i.e. the fraction of points misclassified.
import type { Random } from '@/lib/ml/seeded-random';

export interface HardUnit {
  threshold: number;
  sign: 1 | -1;
}

export function hardUnitOutput(unit: HardUnit, x: number): 0 | 1 {
  return unit.sign * (x - unit.threshold) >= 0 ? 1 : 0;
}

export function hardUnitLoss(unit: HardUnit, xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) {
    const e = hardUnitOutput(unit, xs[i]) - ys[i];
    sum += e * e;
  }
  return sum / xs.length;
}

export interface ThresholdSearch {
  /** One proposal; returns the best loss so far. */
  step(): number;
  readonly best: HardUnit;
  readonly loss: number;
  /** Proposals evaluated so far. */
  readonly evaluations: number;
}

export function createThresholdSearch(
  start: HardUnit,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  random: Random,
  range: readonly [number, number] = [-1, 1],
  initialSigma = 0.25,
): ThresholdSearch {
  const [lo, hi] = range;
  let best: HardUnit = { ...start };
  let loss = hardUnitLoss(best, xs, ys);
  let sigma = initialSigma;
  let evaluations = 0;
  // Box-Muller from the seeded uniform source.
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return {
    step() {
      const fresh = random() < 0.2;
      const candidate: HardUnit = fresh
        ? { threshold: lo + (hi - lo) * random(), sign: random() < 0.5 ? 1 : -1 }
        : { threshold: Math.min(hi, Math.max(lo, best.threshold + sigma * normal())), sign: best.sign };
      const candidateLoss = hardUnitLoss(candidate, xs, ys);
      evaluations++;
      if (candidateLoss < loss) sigma = Math.min(2, sigma * 1.5);
      else sigma = Math.max(0.01, sigma * 0.9);
      if (candidateLoss <= loss) {
        best = candidate;
        loss = candidateLoss;
      }
      return loss;
    },
    get best() {
      return best;
    },
    get loss() {
      return loss;
    },
    get evaluations() {
      return evaluations;
    },
  };
}
