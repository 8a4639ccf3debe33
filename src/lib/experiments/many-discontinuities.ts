// fig-many-discontinuities: one-hidden-layer ReLU networks of growing width fit the parity of
// floor(1/x) on (0, 1] (jumps at every 1/k, piling up at 0) by full-batch Adam on an even grid.
// The numbers the figure shows: the fit of each width, the jumps it resolves, its RMS error on
// (0, 1] and near the pile-up point. Each width is trained on its own, one after another, from a seed derived from (seed, width).
import * as tf from '@tensorflow/tfjs-core';
import { createMlp } from '@/lib/ml/mlp';
import { createTrainer } from '@/lib/ml/trainer';
import { plateauDetector } from '@/lib/ml/plateau';
import { subSeed } from '@/lib/ml/seeded-random';
import { reciprocalParity, reciprocalParityPieces } from '@/lib/math/reciprocal-parity';
import { jumpsResolved, resolvedJumps } from '@/lib/math/jumps-resolved';
import { windowedRmsError } from '@/lib/math/windowed-rms-error';
import type { LinkSchema } from '@/lib/state/link-state';

/** The widths of the sweep (hidden units of the one hidden layer). */
export const WIDTHS = [4, 8, 16, 32, 64, 128] as const;
export const DEFAULT_WIDTH = 32;
export const DEFAULT_SEED = 1;
export const MAX_SEED = 9999;

/** Training data: the target on an even grid of the midpoints of TRAIN_POINTS cells of (0, 1]. */
export const TRAIN_POINTS = 256;
export const LEARNING_RATE = 0.01;
/** A width stops when its loss improved by under 1% over the last 250 steps, or at MAX_STEPS. */
export const MAX_STEPS = 2000;
export const PLATEAU = { window: 250, tolerance: 0.01 };
/** Jumps are counted at x = 1/2 .. 1/PIECES_COUNTED (pieces 1 .. PIECES_COUNTED). */
export const PIECES_COUNTED = 40;
/** "Near the pile-up point": the window (0, PILEUP_WINDOW]. */
export const PILEUP_WINDOW = 0.1;
/** The fit is drawn and the RMS errors are measured on this many even points of (0, 1]. */
export const PLOT_POINTS = 1000;

export const linkSchema = {
  width: { type: 'number', default: DEFAULT_WIDTH, min: WIDTHS[0], max: WIDTHS[WIDTHS.length - 1], integer: true },
  seed: { type: 'number', default: DEFAULT_SEED, min: 1, max: MAX_SEED, integer: true },
} as const satisfies LinkSchema;

/** The sweep width nearest to w on a log scale (links may carry any whole number). */
export function snapWidth(w: number): number {
  let best: number = WIDTHS[0];
  for (const v of WIDTHS) if (Math.abs(Math.log(v / w)) < Math.abs(Math.log(best / w))) best = v;
  return best;
}

/** The cell midpoints (i + 1/2)/n, i = 0 .. n - 1: an even grid on (0, 1]. */
export function evenCellMiddles(n: number): Float32Array {
  return Float32Array.from({ length: n }, (_, i) => (i + 0.5) / n);
}

/** The network sees u = 2x - 1 in [-1, 1]. */
export function networkInput(x: number): number {
  return 2 * x - 1;
}

export const trainXs = evenCellMiddles(TRAIN_POINTS);
export const plotXs = evenCellMiddles(PLOT_POINTS);
export const countedPieces = reciprocalParityPieces(PIECES_COUNTED);
export const plotTarget = Float32Array.from(plotXs, (x) => reciprocalParity(x));

export interface WidthFit {
  width: number;
  step: number;
  loss: number;
  done: boolean;
  /** The fit at plotXs. */
  curve: Float32Array;
  /** The fit at the middles of pieces 1 .. PIECES_COUNTED. */
  atMiddles: Float32Array;
}

export interface FitSummary {
  jumpsResolved: number;
  /** One flag per jump x = 1/k, k = 2 .. PIECES_COUNTED. */
  resolved: boolean[];
  rmsError: number;
  rmsErrorNearZero: number;
}

export function summariseFit(curve: ArrayLike<number>, atMiddles: ArrayLike<number>): FitSummary {
  return {
    jumpsResolved: jumpsResolved(atMiddles),
    resolved: resolvedJumps(atMiddles),
    rmsError: windowedRmsError(plotXs, curve, plotTarget),
    rmsErrorNearZero: windowedRmsError(plotXs, curve, plotTarget, 0, PILEUP_WINDOW),
  };
}

export interface WidthTraining {
  readonly width: number;
  /** One full-batch Adam step; returns the loss before it. Sets `done` at the plateau or MAX_STEPS. */
  step(): number;
  readonly steps: number;
  readonly loss: number;
  readonly done: boolean;
  /** The current fit at plotXs and at the piece middles. */
  fit(): WidthFit;
  dispose(): void;
}

/** A one-hidden-layer ReLU network of the given width, seeded by (seed, width), and its trainer. */
export function createWidthTraining(seed: number, width: number, maxSteps = MAX_STEPS): WidthTraining {
  const xs = Float32Array.from(trainXs, networkInput);
  const ys = Float32Array.from(trainXs, (x) => reciprocalParity(x));
  const plotIn = tf.tensor2d(Float32Array.from(plotXs, networkInput), [PLOT_POINTS, 1]);
  const middleIn = tf.tensor2d(Float32Array.from(countedPieces, (p) => networkInput(p.middle)), [PIECES_COUNTED, 1]);
  const model = createMlp({ sizes: [1, width, 1], activation: 'relu', seed: subSeed(seed, width) });
  const trainer = createTrainer(model, xs, ys, { learningRate: LEARNING_RATE });
  const plateau = plateauDetector(PLATEAU);
  let steps = 0;
  let loss = Number.NaN;
  let done = false;
  return {
    width,
    get steps() {
      return steps;
    },
    get loss() {
      return loss;
    },
    get done() {
      return done;
    },
    step() {
      loss = trainer.step();
      steps++;
      if (plateau.push(steps, loss) || steps >= maxSteps || !Number.isFinite(loss)) done = true;
      return loss;
    },
    fit() {
      return { width, step: steps, loss, done, curve: trainer.predictAt(plotIn), atMiddles: trainer.predictAt(middleIn) };
    },
    dispose() {
      trainer.dispose();
      model.dispose();
      plotIn.dispose();
      middleIn.dispose();
    },
  };
}
