// fig-step-approximation: networks fit the unit step H(x) on [-1, 1] (one hidden layer,
// f(x) = sum_j c_j relu(w_j x + b_j) + d) and a picture made of rectangles, a sum of 2D unit
// steps (two hidden layers), by full-batch Adam on the mean squared error. Reported: the
// worst-case error (never below 1/2: f is continuous at the jump), the RMS error on a dense
// grid, the width of the 10%-90% transition and the weights' Euclidean norm.
import * as tf from '@tensorflow/tfjs-core';
import { createMlp } from '@/lib/ml/mlp';
import { createTrainer } from '@/lib/ml/trainer';
import { plateauDetector } from '@/lib/ml/plateau';
import { evenGrid } from '@/lib/math/even-grid';
import { unitStep } from '@/lib/math/unit-step';
import { rectangleSteps, type Rect } from '@/lib/math/rectangle-steps';
import { stepSupError } from '@/lib/math/step-sup-error';
import { supError } from '@/lib/math/sup-error';
import { rmsError } from '@/lib/math/rms-error';
import { transitionWidth } from '@/lib/math/transition-width';
import type { LinkSchema } from '@/lib/state/link-state';

export const linkSchema = {
  width: { type: 'number', default: 32, min: 1, max: 256, integer: true },
  seed: { type: 'number', default: 1, min: 0, max: 999999, integer: true },
} as const satisfies LinkSchema;

/** Widths the reader picks from (and the claim is checked at). */
export const WIDTHS = [2, 4, 8, 16, 32, 64, 128, 256] as const;
/** Training inputs: an even grid with no point exactly at the jump. */
export const TRAIN_POINTS = 256;
/** The picture's grid, the dense error grid, and the fine grid around the jump. */
export const PLOT_POINTS = 401;
export const EVAL_POINTS = 2001;
export const ZOOM = { half: 0.25, points: 2501 } as const;
export const LEARNING_RATE = 0.01;
export const MAX_STEPS = 1500;
export const PLATEAU = { window: 250, tolerance: 0.005, floor: 1e-7 };

/** The 2D panel: rectangles on [-1, 1]^2, GRID_2D x GRID_2D samples, two hidden layers of width/2. */
export const RECTS: readonly Rect[] = [
  { x0: -0.8, x1: -0.2, y0: 0.1, y1: 0.7 },
  { x0: 0.05, x1: 0.75, y0: 0.3, y1: 0.55 },
  { x0: -0.45, x1: 0.5, y0: -0.75, y1: -0.25 },
];
export const GRID_2D = 24;
export const MAX_STEPS_2D = 600;

export const trainXs = evenGrid(-1, 1, TRAIN_POINTS);
export const plotXs = evenGrid(-1, 1, PLOT_POINTS);
const evalXs = evenGrid(-1, 1, EVAL_POINTS);
export const zoomXs = evenGrid(-ZOOM.half, ZOOM.half, ZOOM.points);

export interface StepMetrics {
  supError: number;
  rmsError: number;
  transitionWidth: number;
  weightNorm: number;
}

export interface Step1dProgress extends StepMetrics {
  panel: '1d';
  step: number;
  loss: number;
  /** The fit on plotXs and on zoomXs (the window around the jump). */
  fit: Float32Array;
  zoom: Float32Array;
}

export interface Step2dProgress {
  panel: '2d';
  step: number;
  loss: number;
  supError: number;
  rmsError: number;
  /** The fit on the GRID_2D x GRID_2D grid, row-major, y from top (+1) to bottom (-1). */
  fit: Float32Array;
}

export interface StepParams {
  width: number;
  seed: number;
  maxSteps?: number;
  maxSteps2d?: number;
  learningRate?: number;
  /** Skip the 2D panel (the claim tests only need the step). */
  only1d?: boolean;
}

export interface StepHooks {
  wantsProgress?: () => boolean;
  /** `final`: the panel's converged state (never drop it). */
  onProgress?: (p: Step1dProgress | Step2dProgress, final?: boolean) => void;
  checkpoint?: () => Promise<void>;
  checkLoss?: (loss: number) => number;
}

function predictOn(predict: (x: tf.Tensor2D) => Float32Array, xs: Float32Array, dim = 1): Float32Array {
  const t = tf.tensor2d(xs, [xs.length / dim, dim]);
  try {
    return predict(t);
  } finally {
    t.dispose();
  }
}

export function measureStep(predict: (x: tf.Tensor2D) => Float32Array, weightNorm: number): StepMetrics & { fit: Float32Array; zoom: Float32Array } {
  const dense = predictOn(predict, evalXs);
  const zoom = predictOn(predict, zoomXs);
  const atJump = predictOn(predict, new Float32Array([0]))[0];
  const want = evalXs.map((x) => unitStep(x));
  return {
    supError: stepSupError(dense, want, atJump, 0, 1),
    rmsError: rmsError(dense, want),
    transitionWidth: transitionWidth(zoomXs, zoom),
    weightNorm,
    fit: predictOn(predict, plotXs),
    zoom,
  };
}

export function grid2d(): { xy: Float32Array; target: Float32Array } {
  const xy = new Float32Array(GRID_2D * GRID_2D * 2);
  const target = new Float32Array(GRID_2D * GRID_2D);
  for (let r = 0; r < GRID_2D; r++)
    for (let c = 0; c < GRID_2D; c++) {
      const x = -1 + (2 * (c + 0.5)) / GRID_2D;
      const y = 1 - (2 * (r + 0.5)) / GRID_2D;
      const i = r * GRID_2D + c;
      xy[2 * i] = x;
      xy[2 * i + 1] = y;
      target[i] = rectangleSteps(RECTS, x, y);
    }
  return { xy, target };
}

/** Trains the 1D fit (then the 2D one unless only1d); returns the converged 1D metrics and the 2D picture. */
export async function fitSteps(params: StepParams, hooks: StepHooks = {}) {
  const check = hooks.checkLoss ?? ((l: number) => {
    if (!Number.isFinite(l)) throw new Error(`The loss became ${l}.`);
    return l;
  });
  let result1d: Step1dProgress;
  {
    const model = createMlp({ sizes: [1, params.width, 1], activation: 'relu', seed: params.seed });
    const trainer = createTrainer(model, trainXs, trainXs.map((x) => unitStep(x)), { learningRate: params.learningRate ?? LEARNING_RATE });
    const plateau = plateauDetector(PLATEAU);
    const maxSteps = params.maxSteps ?? MAX_STEPS;
    const report = (step: number, loss: number): Step1dProgress => ({
      panel: '1d', step, loss, ...measureStep((x) => trainer.predictAt(x), model.weightNorm()),
    });
    try {
      let step = 0, loss = Number.NaN;
      for (;;) {
        step++;
        loss = check(trainer.step());
        if (step >= maxSteps || plateau.push(step, loss)) break;
        if (hooks.onProgress && (step === 1 || hooks.wantsProgress?.())) hooks.onProgress(report(step, loss));
        await hooks.checkpoint?.();
      }
      result1d = report(step, trainer.loss());
      hooks.onProgress?.(result1d, true);
    } finally {
      trainer.dispose();
      model.dispose();
    }
  }
  if (params.only1d) return { step1d: result1d, step2d: null };

  const { xy, target } = grid2d();
  const half = Math.max(1, Math.round(params.width / 2));
  const model = createMlp({ sizes: [2, half, half, 1], activation: 'relu', seed: params.seed + 7919 });
  const trainer = createTrainer(model, xy, target, { learningRate: LEARNING_RATE });
  const report = (step: number, loss: number): Step2dProgress => {
    const fit = predictOn((x) => trainer.predictAt(x), xy, 2);
    return { panel: '2d', step, loss, supError: supError(fit, target), rmsError: rmsError(fit, target), fit };
  };
  try {
    const maxSteps = params.maxSteps2d ?? MAX_STEPS_2D;
    let loss = Number.NaN;
    for (let step = 1; step <= maxSteps; step++) {
      loss = check(trainer.step());
      if (hooks.onProgress && step < maxSteps && hooks.wantsProgress?.()) hooks.onProgress(report(step, loss));
      await hooks.checkpoint?.();
    }
    const step2d = report(maxSteps, trainer.loss());
    hooks.onProgress?.(step2d, true);
    return { step1d: result1d, step2d };
  } finally {
    trainer.dispose();
    model.dispose();
  }
}
