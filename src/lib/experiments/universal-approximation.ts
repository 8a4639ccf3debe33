// fig-universal-approximation: a one-hidden-layer network f(x) = sum_j c_j s(w_j x + b_j) + d
// fits a continuous target g on [-1, 1] by full-batch Adam on the mean squared error; the
// figure reports the worst-case error sup |f - g| and the RMS error on a dense grid. The
// target is the piecewise-linear curve through its samples on TARGET_GRID points.
import * as tf from '@tensorflow/tfjs-core';
import { createMlp } from '@/lib/ml/mlp';
import { createTrainer } from '@/lib/ml/trainer';
import { plateauDetector } from '@/lib/ml/plateau';
import { activations, type Activation } from '@/lib/ml/activation';
import { evenGrid } from '@/lib/math/even-grid';
import { piecewiseLinear } from '@/lib/math/piecewise-linear';
import { supError } from '@/lib/math/sup-error';
import { rmsError } from '@/lib/math/rms-error';
import type { LinkSchema } from '@/lib/state/link-state';

/** The presets a link can name (a drawn target cannot be put in a link). */
export const presets = {
  bump: { label: 'smooth bump', f: (x: number) => Math.exp(-8 * x * x) },
  sine: { label: 'sine', f: (x: number) => 0.8 * Math.sin(2 * Math.PI * x) },
  abs: { label: '|x|', f: (x: number) => Math.abs(x) },
  wiggly: {
    label: 'wiggly sum',
    f: (x: number) => 0.5 * Math.sin(3 * Math.PI * x) + 0.3 * Math.cos(5 * Math.PI * x) + 0.15 * Math.sin(9 * x),
  },
} as const;
export type PresetName = keyof typeof presets;
export const presetNames = Object.keys(presets) as PresetName[];

export const linkSchema = {
  target: { type: 'enum', default: 'bump', values: presetNames },
  width: { type: 'number', default: 64, min: 1, max: 256, integer: true },
  activation: { type: 'enum', default: 'relu', values: activations },
  seed: { type: 'number', default: 1, min: 0, max: 999999, integer: true },
} as const satisfies LinkSchema;

/** Target samples: the training inputs and the picture's grid (spacing 1/128). */
export const TARGET_GRID = 257;
/** Dense grid on which the errors are measured (4 points per target sample). */
export const EVAL_GRID = 1025;
/** The y-range of the drawing box and of the plot. */
export const Y_RANGE = [-1.2, 1.2] as const;
export const LEARNING_RATE = 0.03;
/** Converged: the best loss improved by under 1% in the last 200 steps, or the step cap. */
export const PLATEAU = { window: 200, tolerance: 0.01, floor: 1e-7 };
export const MAX_STEPS = 1500;
/** The width sweep: each width trained for SWEEP_STEPS steps with the same seed. */
export const SWEEP_WIDTHS = [1, 2, 4, 8, 16, 32, 64, 128, 256] as const;
export const SWEEP_STEPS = 1500;

export const targetXs = evenGrid(-1, 1, TARGET_GRID);
export const evalXs = evenGrid(-1, 1, EVAL_GRID);

export function presetSamples(name: PresetName): Float32Array {
  return targetXs.map((x) => presets[name].f(x));
}

export interface FitParams {
  /** Target samples on targetXs. */
  target: ArrayLike<number>;
  width: number;
  activation: Activation;
  seed: number;
  maxSteps?: number;
  learningRate?: number;
  /** Stop at the step cap only (no plateau test): the width sweep trains each width equally. */
  fixedSteps?: boolean;
}

export interface FitProgress {
  step: number;
  loss: number;
  supError: number;
  rmsError: number;
  /** The fit on targetXs. */
  fit: Float32Array;
}

export interface FitHooks {
  /** Called after every step; return true to have the fit's errors computed (costly) and reported. */
  wantsProgress?: () => boolean;
  onProgress?: (p: FitProgress) => void;
  /** Awaited after every step (the worker yields here and may throw to cancel). */
  checkpoint?: () => Promise<void>;
  checkLoss?: (loss: number) => number;
  /** Called with disposables to free if the fit is abandoned midway. */
  own?: <T extends { dispose(): void }>(t: T) => T;
}

/** Evaluates the fit and its errors; frees its tensors. */
export function measureFit(predict: (x: tf.Tensor2D) => Float32Array, target: ArrayLike<number>) {
  const g = piecewiseLinear(target, -1, 1);
  const dense = tf.tensor2d(evalXs, [EVAL_GRID, 1]);
  const onGrid = tf.tensor2d(targetXs, [TARGET_GRID, 1]);
  try {
    const f = predict(dense);
    const want = evalXs.map(g);
    return { supError: supError(f, want), rmsError: rmsError(f, want), fit: predict(onGrid) };
  } finally {
    dense.dispose();
    onGrid.dispose();
  }
}

/** Trains the network to convergence (plateau or step cap) and returns the last progress. */
export async function fitTarget(params: FitParams, hooks: FitHooks = {}): Promise<FitProgress> {
  const own = hooks.own ?? (<T,>(t: T) => t);
  const model = own(createMlp({ sizes: [1, params.width, 1], activation: params.activation, seed: params.seed }));
  const trainer = own(createTrainer(model, targetXs, Float32Array.from(params.target), { learningRate: params.learningRate ?? LEARNING_RATE }));
  const plateau = plateauDetector(PLATEAU);
  const maxSteps = params.maxSteps ?? MAX_STEPS;
  const report = (step: number, loss: number): FitProgress => ({ step, loss, ...measureFit((x) => trainer.predictAt(x), params.target) });
  try {
    let loss = Number.NaN;
    for (let step = 1; step <= maxSteps; step++) {
      loss = trainer.step();
      if (hooks.checkLoss) hooks.checkLoss(loss);
      else if (!Number.isFinite(loss)) throw new Error(`The loss became ${loss}.`);
      const done = step === maxSteps || (!params.fixedSteps && plateau.push(step, loss));
      if (done) return report(step, trainer.loss());
      if (hooks.onProgress && hooks.wantsProgress?.()) hooks.onProgress(report(step, loss));
      await hooks.checkpoint?.();
    }
    return report(maxSteps, loss);
  } finally {
    trainer.dispose();
    model.dispose();
  }
}
