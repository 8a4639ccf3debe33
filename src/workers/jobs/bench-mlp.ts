// Benchmark job: ms per full-batch Adam step of an MLP on the worker's backend (or another
// one, switched for the measurement and restored after). Used by the project benchmark.
import * as tf from '@tensorflow/tfjs-core';
import { createMlp } from '@/lib/ml/mlp';
import { createTrainer } from '@/lib/ml/trainer';
import { seededRandom } from '@/lib/ml/seeded-random';
import { chooseBackend } from '../backend';
import type { BackendName } from '../protocol';
import type { JobContext } from '../job';

export interface BenchParams {
  sizes?: number[];
  points?: number;
  steps?: number;
  warmup?: number;
  backend?: BackendName;
}

export async function run(params: BenchParams, ctx: JobContext) {
  const { sizes = [1, 64, 64, 1], points = 256, steps = 200, warmup = 20 } = params;
  const before = tf.getBackend() as BackendName;
  if (params.backend && params.backend !== before && ctx.concurrentRuns > 0) {
    throw new Error('The step benchmark switches the backend: it needs the worker to itself (no figure training meanwhile).');
  }
  let notice = '';
  if (params.backend && params.backend !== before) notice = (await chooseBackend(params.backend)).notice;
  const backend = tf.getBackend();
  try {
    const rand = seededRandom(1);
    const xs = new Float32Array(points * sizes[0]).map(() => 2 * rand() - 1);
    const ys = new Float32Array(points * sizes[sizes.length - 1]).map(() => rand());
    const model = ctx.own(createMlp({ sizes, activation: 'relu', seed: 1 }));
    const trainer = ctx.own(createTrainer(model, xs, ys, { learningRate: 0.01 }));
    trainer.steps(warmup);
    trainer.loss();
    const t0 = performance.now();
    for (let i = 0; i < steps; i++) {
      ctx.checkLoss(trainer.step());
      await ctx.checkpoint();
    }
    const msPerStep = (performance.now() - t0) / steps;
    return { backend, notice, sizes, points, steps, msPerStep };
  } finally {
    if (tf.getBackend() !== before) await chooseBackend(before);
  }
}
