// fig-hard-threshold: one unit s((w x + b) / T) learns the unit step H(x - TARGET_THRESHOLD)
// from DATA_POINTS evenly spaced points by plain gradient descent at temperature T, while a
// (1+1) evolution strategy searches the hard unit H(sign (x - threshold)) without gradients.
// Both start from the same seeded unit, whose threshold lies between two data points.
import { evaluateThresholdUnit, thresholdUnit, type UnitParams } from '@/lib/math/threshold-unit';
import { logSpacedIndices } from '@/lib/math/log-spaced-indices';
import { straightThroughEvaluation } from '@/lib/math/straight-through';
import { createThresholdSearch, hardUnitLoss, type HardUnit } from '@/lib/math/threshold-search';
import { seededRandom, subSeed } from '@/lib/ml/seeded-random';
import type { LinkSchema } from '@/lib/state/link-state';

export const DATA_POINTS = 32;
/** The target is the unit step at this x; it lies between two data points. */
export const TARGET_THRESHOLD = 0.3;
export const DEFAULT_TEMPERATURE = 0.001;
export const MIN_TEMPERATURE = 0.001;
export const MAX_TEMPERATURE = 1;
export const DEFAULT_SEED = 1;
export const MAX_SEED = 9999;
/** The temperatures of the comparison panel. */
export const COMPARISON_TEMPERATURES = [1, 0.1, 0.01, 0.001] as const;

/** Plain gradient descent: theta <- theta - LEARNING_RATE * grad L(theta). */
export const LEARNING_RATE = 1;
export const MAX_STEPS = 1000;
/** Gradient descent stops early once its loss is this small. */
export const LOSS_FLOOR = 1e-3;
/** The search stops at zero loss or after this many proposals. */
export const MAX_EVALUATIONS = 400;

export const linkSchema = {
  temperature: { type: 'number', default: DEFAULT_TEMPERATURE, min: MIN_TEMPERATURE, max: MAX_TEMPERATURE },
  seed: { type: 'number', default: DEFAULT_SEED, min: 1, max: MAX_SEED, integer: true },
} as const satisfies LinkSchema;

/** x_i = -1 + (i + 1/2) * 2/n: the midpoints of n even cells of [-1, 1]. */
export const dataXs = Float64Array.from({ length: DATA_POINTS }, (_, i) => -1 + ((i + 0.5) * 2) / DATA_POINTS);
export const dataYs = Float64Array.from(dataXs, (x) => (x >= TARGET_THRESHOLD ? 1 : 0));

/** Half the gap between neighbouring data points: how far the initial threshold is from any of them. */
export const DATA_GAP = 2 / DATA_POINTS;

/**
 * The seeded starting unit: its threshold is a midpoint between two data points in [-0.9, -0.1]
 * (far left of the target step, so many points are misclassified), slope w = +1 or -1.
 */
export function initialUnit(seed: number): HardUnit {
  const random = seededRandom(subSeed(seed, 1));
  // Gap midpoints are -1 + k * DATA_GAP; keep those in [-0.9, -0.1].
  const ks: number[] = [];
  for (let k = 1; k < DATA_POINTS; k++) {
    const t = -1 + k * DATA_GAP;
    if (t >= -0.9 && t <= -0.1) ks.push(k);
  }
  const k = ks[Math.floor(random() * ks.length)];
  const sign = random() < 0.75 ? 1 : -1;
  return { threshold: -1 + k * DATA_GAP, sign };
}

/** The smooth unit s((w x + b)/T) with the same threshold and orientation: w = sign, b = -sign * threshold. */
export function initialParams(seed: number): UnitParams {
  const u = initialUnit(seed);
  return { w: u.sign, b: -u.sign * u.threshold };
}

export interface DescentPoint {
  step: number;
  loss: number;
  gradNorm: number;
}

export interface GradientDescentRun {
  readonly temperature: number;
  readonly params: UnitParams;
  readonly steps: number;
  readonly loss: number;
  readonly gradNorm: number;
  readonly done: boolean;
  /** One gradient step; returns the loss and gradient size before it. */
  step(): DescentPoint;
}

/**
 * 'exact': the true gradient of the sigmoid unit at temperature T. 'straight-through': the hard
 * step forward and the straight-through surrogate backward (the temperature plays no part).
 */
export type GradientKind = 'exact' | 'straight-through';

export function createGradientDescent(seed: number, temperature: number, maxSteps = MAX_STEPS, kind: GradientKind = 'exact'): GradientDescentRun {
  const evaluate = (p: UnitParams) =>
    kind === 'exact' ? evaluateThresholdUnit(p, temperature, dataXs, dataYs) : straightThroughEvaluation(p, dataXs, dataYs);
  let params = initialParams(seed);
  let steps = 0;
  let current = evaluate(params);
  let done = current.loss <= LOSS_FLOOR;
  return {
    temperature,
    get params() {
      return params;
    },
    get steps() {
      return steps;
    },
    get loss() {
      return current.loss;
    },
    get gradNorm() {
      return current.gradNorm;
    },
    get done() {
      return done;
    },
    step() {
      const before = { step: steps, loss: current.loss, gradNorm: current.gradNorm };
      params = { w: params.w - LEARNING_RATE * current.gradW, b: params.b - LEARNING_RATE * current.gradB };
      steps++;
      current = evaluate(params);
      if (current.loss <= LOSS_FLOOR || steps >= maxSteps || !Number.isFinite(current.loss)) done = true;
      return before;
    },
  };
}

/** The gradient-free search from the same starting unit, with its own seeded randomness. */
export function createSearch(seed: number) {
  return createThresholdSearch(initialUnit(seed), dataXs, dataYs, seededRandom(subSeed(seed, 2)));
}

/** The hard unit's loss at the start: the fraction of data points it misclassifies. */
export function initialHardLoss(seed: number): number {
  return hardUnitLoss(initialUnit(seed), dataXs, dataYs);
}

/** Temperature slider position: log10 T. */
export function temperatureToSlider(t: number): number {
  return Math.log10(t);
}
export function sliderToTemperature(v: number): number {
  return Number(Math.pow(10, v).toPrecision(3));
}

export interface DescentHistory {
  temperature: number;
  /** losses[i], gradNorms[i]: after i steps (i = 0 is the start). */
  losses: number[];
  gradNorms: number[];
  params: UnitParams;
}

/** Runs gradient descent to its end (loss floor or MAX_STEPS) and keeps the whole history. */
export function descentHistory(seed: number, temperature: number, maxSteps = MAX_STEPS, kind: GradientKind = 'exact'): DescentHistory {
  const run = createGradientDescent(seed, temperature, maxSteps, kind);
  const losses = [run.loss];
  const gradNorms = [run.gradNorm];
  while (!run.done) {
    run.step();
    losses.push(run.loss);
    gradNorms.push(run.gradNorm);
  }
  return { temperature, losses, gradNorms, params: run.params };
}

/** The comparison panel: full gradient-descent histories at each of COMPARISON_TEMPERATURES. */
export function temperatureComparison(seed: number): DescentHistory[] {
  return COMPARISON_TEMPERATURES.map((t) => descentHistory(seed, t));
}

export interface SearchHistory {
  /** Best loss after each proposal (index 0: the start). */
  losses: number[];
  best: HardUnit;
}

/** Runs the gradient-free search until zero loss or MAX_EVALUATIONS. */
export function searchHistory(seed: number): SearchHistory {
  const search = createSearch(seed);
  const losses = [search.loss];
  while (search.loss > 0 && search.evaluations < MAX_EVALUATIONS) losses.push(search.step());
  return { losses, best: search.best };
}

/** A history thinned for drawing on a log step axis: the steps kept and their values. */
export interface ThinnedSeries {
  steps: number[];
  values: number[];
}

export function thinSeries(values: readonly number[], digits = 4): ThinnedSeries {
  const steps = logSpacedIndices(values.length);
  return { steps, values: steps.map((i) => Number(values[i].toPrecision(digits))) };
}

/** Points of the unit's curve s((w x + b)/T) on [-1, 1] for drawing (denser near its threshold). */
export function unitCurve(params: UnitParams, temperature: number, points = 241): { xs: number[]; ys: number[] } {
  const xs: number[] = [];
  for (let i = 0; i < points; i++) xs.push(-1 + (2 * i) / (points - 1));
  const t = params.w !== 0 ? -params.b / params.w : Number.NaN;
  if (Number.isFinite(t) && t > -1 && t < 1) {
    // Resolve a sharp edge: extra points within a few temperatures of the threshold.
    const spread = (8 * temperature) / Math.abs(params.w);
    for (let j = -20; j <= 20; j++) xs.push(t + (spread * j) / 20);
  }
  const kept = xs.filter((x) => x >= -1 && x <= 1).sort((a, b) => a - b);
  return { xs: kept, ys: kept.map((x) => thresholdUnit(params, temperature, x)) };
}

/** What the job streams: full histories (plain data). */
export interface HardThresholdFrame {
  temperature: number;
  gradient: GradientKind;
  losses: number[];
  gradNorms: number[];
  params: UnitParams;
  descentDone: boolean;
  searchLosses: number[];
  searchBest: HardUnit;
  searchDone: boolean;
  /** Sent with the first frame and the final data only. */
  comparison?: DescentHistory[];
}

/** What the figure draws: the same, thinned for a log step axis (small enough to be a prop). */
export interface HardThresholdView {
  temperature: number;
  gradient: GradientKind;
  losses: ThinnedSeries;
  gradNorms: ThinnedSeries;
  params: UnitParams;
  steps: number;
  loss: number;
  gradNorm: number;
  descentDone: boolean;
  searchLosses: ThinnedSeries;
  searchBest: HardUnit;
  searchLoss: number;
  evaluations: number;
  searchDone: boolean;
  comparison: { temperature: number; losses: ThinnedSeries; gradNorms: ThinnedSeries }[];
}

export function viewOfFrame(frame: HardThresholdFrame, comparison: HardThresholdView['comparison']): HardThresholdView {
  return {
    temperature: frame.temperature,
    gradient: frame.gradient,
    losses: thinSeries(frame.losses),
    gradNorms: thinSeries(frame.gradNorms),
    params: frame.params,
    steps: frame.losses.length - 1,
    loss: frame.losses[frame.losses.length - 1],
    gradNorm: frame.gradNorms[frame.gradNorms.length - 1],
    descentDone: frame.descentDone,
    searchLosses: thinSeries(frame.searchLosses),
    searchBest: frame.searchBest,
    searchLoss: frame.searchLosses[frame.searchLosses.length - 1],
    evaluations: frame.searchLosses.length - 1,
    searchDone: frame.searchDone,
    comparison,
  };
}

export function thinComparison(histories: DescentHistory[]): HardThresholdView['comparison'] {
  return histories.map((h) => ({ temperature: h.temperature, losses: thinSeries(h.losses), gradNorms: thinSeries(h.gradNorms) }));
}

/** The finished picture for (seed, temperature), computed directly (the static picture). */
export function finishedView(seed: number, temperature: number): HardThresholdView {
  const d = descentHistory(seed, temperature);
  const s = searchHistory(seed);
  const frame: HardThresholdFrame = {
    temperature,
    gradient: 'exact',
    losses: d.losses,
    gradNorms: d.gradNorms,
    params: d.params,
    descentDone: true,
    searchLosses: s.losses,
    searchBest: s.best,
    searchDone: true,
  };
  return viewOfFrame(frame, thinComparison(temperatureComparison(seed)));
}
