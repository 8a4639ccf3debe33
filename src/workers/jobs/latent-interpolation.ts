// Job for fig-latent-interpolation: trains the seeded autoencoder on the sliding-square
// pictures and streams its weights (about 35 thousand numbers), so the page can encode and
// decode any pair of endpoints itself without retraining; returns the final weights after
// the fixed schedule (LATENT.steps).
import { createAutoencoder, type AutoencoderWeights } from '@/lib/experiments/autoencoder';
import { LATENT, latentTrainImages } from '@/lib/experiments/latent-interpolation';
import type { JobContext } from '../job';

export interface LatentParams {
  latent: number;
  seed: number;
}

export interface LatentProgress {
  step: number;
  steps: number;
  loss: number;
  weights: AutoencoderWeights;
}

/** Weights are bigger than most progress: send them at most this often (ms). */
const WEIGHTS_INTERVAL = 150;

export async function run(params: LatentParams, ctx: JobContext): Promise<LatentProgress> {
  const latent = Math.min(8, Math.max(1, Math.round(Number(params.latent)) || LATENT.defaultLatent));
  const seed = Math.floor(Number(params.seed)) || LATENT.defaultSeed;
  const ae = ctx.own(
    createAutoencoder({ inputSize: LATENT.grid * LATENT.grid, hidden: LATENT.hidden, latent, seed, learningRate: LATENT.learningRate }, latentTrainImages()),
  );
  const steps = LATENT.steps;
  ctx.progress({ step: 0, steps, loss: ae.loss(), weights: ae.weights() } satisfies LatentProgress, true);
  let lastSent = performance.now();
  for (let step = 1; step <= steps; step++) {
    const loss = ctx.checkLoss(ae.train(1));
    if (step < steps && performance.now() - lastSent >= WEIGHTS_INTERVAL && ctx.wantsProgress()) {
      ctx.progress({ step, steps, loss, weights: ae.weights() } satisfies LatentProgress);
      lastSent = performance.now();
    }
    await ctx.checkpoint();
  }
  return { step: steps, steps, loss: ae.loss(), weights: ae.weights() };
}
