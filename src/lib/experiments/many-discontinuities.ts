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
import { createAdam } from '@/lib/ml/adam';
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
 * All widths of the sweep as ONE network: the hidden layers side by side (sum of widths
 * units), each network's output the sum over its own block, the loss the sum of the networks'
 * mean squared errors. No parameter touches two networks and Adam works coordinate-wise, so
 * each network follows exactly the path it would follow trained alone (up to rounding): one
 * step costs one set of kernel launches instead of one per width. Network w is initialised
 * like createMlp({sizes: [1, w, 1], activation: 'relu', seed: subSeed(seed, w)}).
 *
 * A step is backpropagation written out (the reasons are ../ml/mse-gradient.ts's: the tape
 * spent about fifty kernels a step, each paying TensorFlow.js's fixed cost) and Adam in one
 * loop over the flat parameters (../ml/adam.ts). The tensors lie units x points, so that every
 * sum over the points is a matrix product with untransposed operands:
 *   A = relu([w1 b1] [x; 1])                 [units, n]   (one fused product)
 *   f = W2 A + b2                            [k, n]       (W2: row j holds w2 on block j, 0 elsewhere)
 *   L = sum_j sum_n c_n (f_jn - y_n)^2,      c_n = 1/n (or the training set's weights)
 *   D = dL/df = 2 c_n (f - y)                [k, n]       (in JavaScript: k n = a few thousand numbers)
 *   dZ = (W2^T D) * step(A)                  [units, n]
 *   [dw1 db1] = dZ [x; 1]^T,  dw2_i = (A D^T)_(i, block of i),  db2_j = sum_n D_jn
 */
export function createWidthSweep(seed: number, widths: readonly number[] = WIDTHS, maxSteps = MAX_STEPS, training: TrainingSet = evenTrainingSet()): WidthSweep {
  const total = widths.reduce((a, b) => a + b, 0);
  const k = widths.length;
  // The flat parameters: w1, b1, w2 (one number per unit), then b2 (one per network).
  const W1 = 0;
  const B1 = total;
  const W2 = 2 * total;
  const B2 = 3 * total;
  const parameters = new Float32Array(3 * total + k);
  /** Which network each unit belongs to. */
  const blockOf = new Int32Array(total);
  let offset = 0;
  widths.forEach((width, j) => {
    const netSeed = subSeed(seed, width);
    const hidden = initialLayer(1, width, 'relu', subSeed(netSeed, 0));
    const out = initialLayer(width, 1, 'linear', subSeed(netSeed, 1));
    parameters.set(hidden.kernel, W1 + offset);
    parameters.set(hidden.bias, B1 + offset);
    parameters.set(out.kernel, W2 + offset);
    blockOf.fill(j, offset, offset + width);
    offset += width;
  });
  const n = training.xs.length;
  const ys = Float32Array.from(training.xs, (x) => reciprocalParity(x));
  const lossWeights = training.weights ?? new Float32Array(n).fill(1 / n);
  /** [x; 1] for inputs on (0, 1], shape [2, m]. */
  const augmented = (xs: ArrayLike<number>) => {
    const m = xs.length;
    const t = new Float32Array(2 * m).fill(1, m);
    for (let i = 0; i < m; i++) t[i] = networkInput(xs[i]);
    return tf.tensor2d(t, [2, m]);
  };
  const xAug = augmented(training.xs);
  // [x; 1]^T, [n, 2]: the first layer's gradient in one product.
  const xAugT = tf.tidy(() => tf.transpose(xAug) as tf.Tensor2D);
  const plotIn = augmented(plotXs);
  const middleIn = augmented(countedPieces.map((p) => p.middle));
  const adam = createAdam(parameters.length, { learningRate: LEARNING_RATE });
  const gradient = new Float32Array(parameters.length);
  const plateaus = widths.map(() => plateauDetector(PLATEAU));
  const losses = widths.map(() => Number.NaN);
  const finished = widths.map(() => false);
  let steps = 0;
  let done = false;

  const firstLayer = () => {
    const t = new Float32Array(2 * total);
    for (let i = 0; i < total; i++) {
      t[2 * i] = parameters[W1 + i];
      t[2 * i + 1] = parameters[B1 + i];
    }
    return tf.tensor2d(t, [total, 2]);
  };
  /** W2 [k, units], or its transpose [units, k]. */
  const outputLayer = (transposed: boolean) => {
    const t = new Float32Array(k * total);
    for (let i = 0; i < total; i++) t[transposed ? i * k + blockOf[i] : blockOf[i] * total + i] = parameters[W2 + i];
    return tf.tensor2d(t, transposed ? [total, k] : [k, total]);
  };
  /** The hidden layer A [units, m] (kept by the caller's scope) and the outputs f [k, m] read back. */
  const forward = (inputs: tf.Tensor2D): { hidden: tf.Tensor2D; out: Float32Array } => {
    const hidden = tf.fused.matMul({ a: firstLayer(), b: inputs, activation: 'relu' }) as tf.Tensor2D;
    const out = Float32Array.from(tf.matMul(outputLayer(false), hidden).dataSync() as Float32Array);
    const m = inputs.shape[1];
    for (let j = 0; j < k; j++) for (let i = 0; i < m; i++) out[j * m + i] += parameters[B2 + j];
    return { hidden, out };
  };
  /** Each network's loss, from the outputs at the training inputs (double-precision sums). */
  const lossesOf = (out: Float32Array, into: number[]) => {
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += lossWeights[i] * (out[j * n + i] - ys[i]) ** 2;
      into[j] = s;
    }
  };
  const readLosses = () => tf.tidy(() => {
    lossesOf(forward(xAug).out, losses);
  });
  readLosses();
  const stepLosses = widths.map(() => Number.NaN);

  return {
    widths,
    get steps() {
      return steps;
    },
    get done() {
      return done;
    },
    step() {
      tf.tidy(() => {
        const { hidden, out } = forward(xAug);
        lossesOf(out, stepLosses);
        // D = 2 c (f - y), as [k, n] and [n, k]; db2 on the way.
        const d = new Float32Array(k * n);
        const dT = new Float32Array(n * k);
        for (let j = 0; j < k; j++) {
          let sum = 0;
          for (let i = 0; i < n; i++) {
            const v = 2 * lossWeights[i] * (out[j * n + i] - ys[i]);
            d[j * n + i] = v;
            dT[i * k + j] = v;
            sum += v;
          }
          gradient[B2 + j] = sum;
        }
        const dZ = tf.mul(tf.matMul(outputLayer(true), tf.tensor2d(d, [k, n])), tf.step(hidden));
        const first = tf.matMul(dZ, xAugT).dataSync();
        const second = tf.matMul(hidden, tf.tensor2d(dT, [n, k])).dataSync();
        for (let i = 0; i < total; i++) {
          gradient[W1 + i] = first[2 * i];
          gradient[B1 + i] = first[2 * i + 1];
          gradient[W2 + i] = second[i * k + blockOf[i]];
        }
      });
      const value = stepLosses.reduce((a, b) => a + b, 0);
      adam.update(parameters, gradient);
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
      let c: Float32Array = new Float32Array(0);
      let m: Float32Array = new Float32Array(0);
      tf.tidy(() => {
        c = forward(plotIn).out;
        m = forward(middleIn).out;
      });
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
      for (const t of [xAug, xAugT, plotIn, middleIn]) t.dispose();
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
