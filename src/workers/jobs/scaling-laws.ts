// Job "scaling-laws": the width sweep of fig-scaling-laws. One-hidden-layer tanh networks
// of every width in the sweep (1 -> w -> 1) learn one seeded 1D regression task with
// full-batch Adam, all in the same steps: they are packed side by side into one network
// whose output weights are masked block-diagonally, so network k's output reads only its
// own hidden units. The packed loss is the sum of the networks' mean squared errors, so each
// network's gradient is exactly its own, and Adam's per-coordinate update (a masked weight
// has gradient 0 and never moves) makes this the same as training them one by one, in one
// pass instead of seven. Streams every network's held-out test loss as it trains.
// Needs the gradients registered, as every job does: the worker's backend.ts registers them,
// and '@tensorflow/tfjs' in Node (the build's static picture, the unit tests).
import * as tf from '@tensorflow/tfjs-core';
import { initialLayer } from '@/lib/ml/layer-init';
import { subSeed } from '@/lib/ml/seeded-random';
import { createAdamMinimizer } from '@/lib/ml/adam-minimizer';
import { sweepSettings, sweepParameterCount, type SweepSettings } from '@/lib/experiments/scaling-laws';
import { sweepData, sweepFirstLayer } from '@/lib/experiments/scaling-sweep';
import type { JobContext } from '../job';

export interface ScalingSweepParams {
  seed?: number;
  /** Overrides of the default settings (the Node test uses a reduced budget). */
  settings?: Partial<SweepSettings>;
}

export interface SweepPoint {
  width: number;
  params: number;
  testLoss: number;
  trainLoss: number;
}

export interface SweepProgress {
  step: number;
  steps: number;
  /** Every width's current held-out test loss, in the order of the widths. */
  points: SweepPoint[];
}

export interface SweepResult {
  points: SweepPoint[];
  steps: number;
  totalMs: number;
  msPerStep: number;
  backend: string;
  seed: number;
}

export async function run(params: ScalingSweepParams, ctx: JobContext): Promise<SweepResult> {
  const settings: SweepSettings = { ...sweepSettings, ...(params.settings ?? {}) };
  const seed = params.seed ?? settings.seed;
  const { widths, steps } = settings;
  const k = widths.length;
  const units = widths.reduce((s, w) => s + w, 0);
  const data = sweepData(settings, seed);

  // Packed initial weights: block k holds network k's hidden units and output weights.
  const w1 = new Float32Array(units);
  const b1 = new Float32Array(units);
  const w2 = new Float32Array(units * k);
  const mask = new Float32Array(units * k);
  let offset = 0;
  widths.forEach((w, j) => {
    const first = sweepFirstLayer(w, settings.inputScale, seed);
    w1.set(first.kernel, offset);
    b1.set(first.bias, offset);
    const out = initialLayer(w, 1, 'linear', subSeed(seed, 300 + w));
    for (let i = 0; i < w; i++) {
      w2[(offset + i) * k + j] = out.kernel[i];
      mask[(offset + i) * k + j] = 1;
    }
    offset += w;
  });

  const vars = [
    ctx.own(tf.variable(tf.tensor2d(w1, [1, units]), true, 'sweep-w1')),
    ctx.own(tf.variable(tf.tensor1d(b1), true, 'sweep-b1')),
    ctx.own(tf.variable(tf.tensor2d(w2, [units, k]), true, 'sweep-w2')),
    ctx.own(tf.variable(tf.zeros([k]), true, 'sweep-b2')),
  ] as const;
  const maskT = ctx.own(tf.tensor2d(mask, [units, k]));
  const trainX = ctx.own(tf.tensor2d(data.trainX, [data.trainX.length, 1]));
  const trainY = ctx.own(tf.tensor2d(data.trainY, [data.trainY.length, 1]));
  const testX = ctx.own(tf.tensor2d(data.testX, [data.testX.length, 1]));
  const testY = ctx.own(tf.tensor2d(data.testY, [data.testY.length, 1]));
  const optimizer = ctx.own(createAdamMinimizer(settings.learningRate));

  const predict = (x: tf.Tensor2D) =>
    tf.add(tf.matMul(tf.tanh(tf.add(tf.matMul(x, vars[0]), vars[1])), tf.mul(vars[2], maskT)), vars[3]) as tf.Tensor2D;
  /** Each network's mean squared error on (x, y): a vector of k numbers. */
  const perNetworkMse = (x: tf.Tensor2D, y: tf.Tensor2D) => tf.mean(tf.square(tf.sub(predict(x), y)), 0);
  const read = (x: tf.Tensor2D, y: tf.Tensor2D) => {
    const t = tf.tidy(() => perNetworkMse(x, y));
    const v = Array.from(t.dataSync());
    t.dispose();
    return v;
  };
  const snapshot = (withTrain: boolean): SweepPoint[] => {
    const test = read(testX, testY);
    const train = withTrain ? read(trainX, trainY) : test.map(() => Number.NaN);
    return widths.map((width, j) => ({ width, params: sweepParameterCount(width), testLoss: test[j], trainLoss: train[j] }));
  };

  const t0 = performance.now();
  ctx.progress({ step: 0, steps, points: snapshot(false) } satisfies SweepProgress, true);
  // Steps run in chunks that read the loss back once (a readback forces a sync).
  const chunk = 10;
  for (let step = 0; step < steps; ) {
    const n = Math.min(chunk, steps - step);
    let cost: tf.Scalar | null = null;
    for (let i = 0; i < n; i++) {
      cost?.dispose();
      cost = optimizer.minimize(() => tf.sum(perNetworkMse(trainX, trainY)) as tf.Scalar, true, [...vars]);
    }
    const loss = cost ? cost.dataSync()[0] : Number.NaN;
    cost?.dispose();
    ctx.checkLoss(loss);
    step += n;
    if (ctx.wantsProgress() && step < steps) ctx.progress({ step, steps, points: snapshot(false) } satisfies SweepProgress);
    await ctx.checkpoint();
  }
  const totalMs = performance.now() - t0;
  const points = snapshot(true);
  for (const p of points) ctx.checkLoss(p.testLoss);
  return { points, steps, totalMs, msPerStep: totalMs / steps, backend: tf.getBackend(), seed };
}
