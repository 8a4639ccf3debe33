// Job "scaling-laws": the width sweep of fig-scaling-laws. Trains one-hidden-layer tanh
// networks of growing width on one seeded 1D regression task (full-batch Adam, the same
// number of steps for every width) and reports each width's held-out test loss as it
// finishes, streaming the loss of the width in training in between.
import * as tf from '@tensorflow/tfjs-core';
import { createMlp } from '@/lib/ml/mlp';
import { createTrainer } from '@/lib/ml/trainer';
import { subSeed } from '@/lib/ml/seeded-random';
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
  /** Wall time of this width's training, and per step (ms). */
  ms: number;
  msPerStep: number;
}

export interface SweepProgress {
  points: SweepPoint[];
  /** The width in training and its current losses (null between widths). */
  current: { width: number; params: number; step: number; steps: number; testLoss: number } | null;
}

export interface SweepResult {
  points: SweepPoint[];
  totalMs: number;
  backend: string;
  seed: number;
}

export async function run(params: ScalingSweepParams, ctx: JobContext): Promise<SweepResult> {
  const settings: SweepSettings = { ...sweepSettings, ...(params.settings ?? {}) };
  const seed = params.seed ?? settings.seed;
  const data = sweepData(settings, seed);
  const testX = ctx.own(tf.tensor2d(data.testX, [data.testX.length, 1]));
  const testY = ctx.own(tf.tensor2d(data.testY, [data.testY.length, 1]));
  const points: SweepPoint[] = [];
  const t0 = performance.now();

  for (const width of settings.widths) {
    const model = createMlp({ sizes: [1, width, 1], activation: 'tanh', seed: subSeed(seed, width) });
    const first = sweepFirstLayer(width, settings.inputScale, seed);
    model.variables[0].assign(tf.tensor2d(first.kernel, [1, width]));
    model.variables[1].assign(tf.tensor1d(first.bias));
    const trainer = createTrainer(model, data.trainX, data.trainY, { learningRate: settings.learningRate });
    const testLoss = () => {
      const l = tf.tidy(() => tf.mean(tf.square(tf.sub(model.predict(testX), testY))));
      const v = l.dataSync()[0];
      l.dispose();
      return v;
    };
    const params = sweepParameterCount(width);
    try {
      const start = performance.now();
      // Steps run in chunks that read the loss back once (readback forces a sync).
      const chunk = 10;
      for (let step = 0; step < settings.steps; ) {
        const k = Math.min(chunk, settings.steps - step);
        ctx.checkLoss(trainer.steps(k));
        step += k;
        if (ctx.wantsProgress()) ctx.progress({ points, current: { width, params, step, steps: settings.steps, testLoss: testLoss() } } satisfies SweepProgress);
        await ctx.checkpoint();
      }
      const ms = performance.now() - start;
      points.push({ width, params, testLoss: ctx.checkLoss(testLoss()), trainLoss: trainer.loss(), ms, msPerStep: ms / settings.steps });
      ctx.progress({ points: [...points], current: null } satisfies SweepProgress, true);
    } finally {
      trainer.dispose();
      model.dispose();
    }
  }
  return { points, totalMs: performance.now() - t0, backend: tf.getBackend(), seed };
}
