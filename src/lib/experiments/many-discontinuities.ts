// fig-many-discontinuities: one-hidden-layer ReLU networks of growing width fit the parity of
// floor(1/x) on (0, 1] (jumps at every 1/k, piling up at 0) by full-batch Adam on an even grid.
// The numbers the figure shows: the fit of each width, the jumps it resolves, its RMS error on
// (0, 1] and near the pile-up point. All widths train together in one tensor program (see
// createWidthSweep); createWidthTraining trains one width alone (the reference the tests compare to).
// The figure trains on 256 even points with the plain mean squared error (evenTrainingSet);
// pieceTrainingSet is the control experiment of its how-note: every counted piece sampled
// alike and weighted alike, so that neither sampling nor the loss favours the wide pieces.
import * as tf from '@tensorflow/tfjs-core';
import { createMlp } from '@/lib/ml/mlp';
import { createTrainer } from '@/lib/ml/trainer';
import { plateauDetector } from '@/lib/ml/plateau';
import { subSeed } from '@/lib/ml/seeded-random';
import { initialLayer } from '@/lib/ml/layer-init';
import { createAdamMinimizer } from '@/lib/ml/adam-minimizer';
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
export const LEARNING_RATE = 0.02;
/** Training stops when every width's loss improved by under 1% over the last 200 steps, or at MAX_STEPS. */
export const MAX_STEPS = 1000;
export const PLATEAU = { window: 200, tolerance: 0.01 };
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

/** Training inputs on (0, 1] and, optionally, the weight of each in the loss (they sum to 1). */
export interface TrainingSet {
  xs: Float32Array;
  /** Omitted: the plain mean over the points. */
  weights?: Float32Array;
}

/** The figure's training set: TRAIN_POINTS even points, plain mean squared error. */
export function evenTrainingSet(): TrainingSet {
  return { xs: trainXs };
}

/**
 * `perPiece` points evenly inside each of pieces 1 .. `pieces` (cell middles), each piece
 * weighing 1/pieces in the loss whatever its length; nothing left of x = 1/(pieces + 1).
 */
export function pieceTrainingSet(perPiece: number, pieces: number = PIECES_COUNTED): TrainingSet {
  const xs = new Float32Array(perPiece * pieces);
  reciprocalParityPieces(pieces).forEach((p, m) => {
    for (let i = 0; i < perPiece; i++) xs[m * perPiece + i] = p.left + ((i + 0.5) / perPiece) * (p.right - p.left);
  });
  return { xs, weights: new Float32Array(xs.length).fill(1 / xs.length) };
}
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

/** Per-width training state reported by the sweep. */
export interface WidthState {
  width: number;
  loss: number;
  done: boolean;
}

export interface WidthSweep {
  readonly widths: readonly number[];
  /** Steps taken (every width takes every step). */
  readonly steps: number;
  /** True once every width's loss has plateaued, or after maxSteps. */
  readonly done: boolean;
  /** One Adam step of all widths together; returns the summed loss before it. */
  step(): number;
  /** Per-width losses, read back every LOSS_READ_INTERVAL steps (for the plateau test). */
  states(): WidthState[];
  /** The current fit of every width, in the order of `widths`. */
  fits(): WidthFit[];
  dispose(): void;
}

/** Per-width losses are read back (and the plateau tested) every this many steps. */
export const LOSS_READ_INTERVAL = 25;

/**
 * All widths of the sweep as ONE tensor program: the hidden layers side by side (sum of widths
 * units), each network's output the sum over its own block, the loss the sum of the networks'
 * mean squared errors. No parameter touches two networks and Adam works coordinate-wise, so
 * each network follows exactly the path it would follow trained alone (up to rounding): one
 * step costs one set of kernel launches instead of one per width. The tensors lie units x points
 * ([sum of widths, n]), so every sum over the points (the loss, and the gradients of biases and
 * output weights) runs along the innermost axis: summing along the outer axis makes the wasm
 * backend transpose first, which cost a third of each step. Network w is initialised like
 * createMlp({sizes: [1, w, 1], activation: 'relu', seed: subSeed(seed, w)}).
 */
export function createWidthSweep(seed: number, widths: readonly number[] = WIDTHS, maxSteps = MAX_STEPS, training: TrainingSet = evenTrainingSet()): WidthSweep {
  const total = widths.reduce((a, b) => a + b, 0);
  const k = widths.length;
  const w1 = new Float32Array(total);
  const b1 = new Float32Array(total);
  const w2 = new Float32Array(total);
  const blocks = new Float32Array(total * k);
  let offset = 0;
  widths.forEach((width, j) => {
    const netSeed = subSeed(seed, width);
    const hidden = initialLayer(1, width, 'relu', subSeed(netSeed, 0));
    const out = initialLayer(width, 1, 'linear', subSeed(netSeed, 1));
    w1.set(hidden.kernel, offset);
    b1.set(hidden.bias, offset);
    w2.set(out.kernel, offset);
    for (let i = 0; i < width; i++) blocks[j * total + offset + i] = 1;
    offset += width;
  });
  const n = training.xs.length;
  const xs = tf.tensor2d(Float32Array.from(training.xs, networkInput), [1, n]);
  const ys = tf.tensor2d(Float32Array.from(training.xs, (x) => reciprocalParity(x)), [1, n]);
  const weights = training.weights ? tf.tensor2d(training.weights, [n, 1]) : null;
  const plotIn = tf.tensor2d(Float32Array.from(plotXs, networkInput), [1, PLOT_POINTS]);
  const middleIn = tf.tensor2d(Float32Array.from(countedPieces, (p) => networkInput(p.middle)), [1, PIECES_COUNTED]);
  const blockSum = tf.tensor2d(blocks, [k, total]);
  const vars = [
    tf.variable(tf.tensor2d(w1, [total, 1]), true),
    tf.variable(tf.tensor2d(b1, [total, 1]), true),
    tf.variable(tf.tensor2d(w2, [total, 1]), true),
    tf.variable(tf.zeros([k, 1]), true),
  ];
  const [kernel1, bias1, kernel2, bias2] = vars;
  const optimizer = createAdamMinimizer(LEARNING_RATE);
  // [1, n] -> [k, n]: row j is network j's output.
  const forward = (x: tf.Tensor2D) =>
    tf.add(tf.matMul(blockSum, tf.mul(tf.relu(tf.add(tf.mul(kernel1, x), bias1)), kernel2) as tf.Tensor2D), bias2) as tf.Tensor2D;
  // Weighted: [k, n] x [n, 1], still a sum along the innermost axis.
  const perWidthLoss = () =>
    (weights ? tf.reshape(tf.matMul(tf.square(tf.sub(forward(xs), ys)), weights), [k]) : tf.mean(tf.square(tf.sub(forward(xs), ys)), 1)) as tf.Tensor1D;
  const plateaus = widths.map(() => plateauDetector(PLATEAU));
  const losses = widths.map(() => Number.NaN);
  const finished = widths.map(() => false);
  let steps = 0;
  let done = false;

  const readLosses = () => {
    const t = tf.tidy(perWidthLoss);
    const values = t.dataSync();
    t.dispose();
    for (let j = 0; j < k; j++) losses[j] = values[j];
  };
  readLosses();

  return {
    widths,
    get steps() {
      return steps;
    },
    get done() {
      return done;
    },
    step() {
      const cost = optimizer.minimize(() => tf.sum(perWidthLoss()) as tf.Scalar, true, vars);
      const value = cost ? cost.dataSync()[0] : Number.NaN;
      cost?.dispose();
      steps++;
      if (steps % LOSS_READ_INTERVAL === 0 || steps >= maxSteps) {
        readLosses();
        for (let j = 0; j < k; j++) if (!finished[j] && plateaus[j].push(steps, losses[j])) finished[j] = true;
        if (finished.every(Boolean) || steps >= maxSteps) done = true;
      }
      if (!Number.isFinite(value)) done = true;
      return value;
    },
    states() {
      return widths.map((width, j) => ({ width, loss: losses[j], done: finished[j] || done }));
    },
    fits() {
      const [curves, middles] = tf.tidy(() => [forward(plotIn), forward(middleIn)]);
      const c = curves.dataSync() as Float32Array;
      const m = middles.dataSync() as Float32Array;
      curves.dispose();
      middles.dispose();
      return widths.map((width, j) => ({
        width,
        step: steps,
        loss: losses[j],
        done: finished[j] || done,
        curve: c.slice(j * PLOT_POINTS, (j + 1) * PLOT_POINTS),
        atMiddles: m.slice(j * PIECES_COUNTED, (j + 1) * PIECES_COUNTED),
      }));
    },
    dispose() {
      for (const v of vars) v.dispose();
      for (const t of [xs, ys, plotIn, middleIn, blockSum]) t.dispose();
      weights?.dispose();
      optimizer.dispose();
    },
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

/** Fits are drawn from every DRAW_STRIDE-th point of plotXs (the metrics use all of them). */
export const DRAW_STRIDE = 2;
export const drawnXs = plotXs.filter((_, i) => i % DRAW_STRIDE === 0);
export function thinForDrawing(curve: ArrayLike<number>, digits = 3): number[] {
  const out: number[] = [];
  for (let i = 0; i < curve.length; i += DRAW_STRIDE) out.push(Number(curve[i].toFixed(digits)));
  return out;
}

/** What the figure shows of one width: its drawn fit (if known) and its numbers. */
export interface WidthView {
  width: number;
  curve: number[] | null;
  jumpsResolved: number;
  resolved: boolean[];
  rmsError: number;
  rmsErrorNearZero: number;
}

export function widthView(fit: { width: number; curve: ArrayLike<number> }, summary: FitSummary, withCurve = true): WidthView {
  return {
    width: fit.width,
    curve: withCurve ? thinForDrawing(fit.curve) : null,
    jumpsResolved: summary.jumpsResolved,
    resolved: summary.resolved,
    rmsError: Number(summary.rmsError.toPrecision(4)),
    rmsErrorNearZero: Number(summary.rmsErrorNearZero.toPrecision(4)),
  };
}

/** The converged sweep at (seed), every width's numbers and the drawn fit of `curveWidth` only (the static picture). */
export function finishedSweepView(seed: number, curveWidth: number): { step: number; views: WidthView[] } {
  const sweep = createWidthSweep(seed);
  try {
    while (!sweep.done) sweep.step();
    const views = sweep.fits().map((f) => widthView(f, summariseFit(f.curve, f.atMiddles), f.width === curveWidth));
    return { step: sweep.steps, views };
  } finally {
    sweep.dispose();
  }
}
