// Build time only (imported by LatentInterpolation.astro): the default run of the figure,
// trained once in Node by the worker's own job ("latent-interpolation", through
// shared/build-time-job), decoded along the default endpoints with the page's own
// src/lib code. The static picture (no-JS, print, reader view) then shows the trained
// autoencoder's row, and the readouts and verdict, which the page derives from that row.
import type { LatentProgress } from '@/workers/jobs/latent-interpolation';
import { interpolationTimes, latentLinkSchema, latentRow, type LatentSettings } from '@/lib/experiments/latent-interpolation';
import { defaultValues } from '@/lib/state/link-state';
import { buildTimeJob } from '@/figures/shared/build-time-job';

export interface StaticLatentRun {
  /** The settings it was trained and decoded with (the figure's defaults). */
  settings: LatentSettings;
  step: number;
  steps: number;
  loss: number;
  /** The decoded latent row at interpolationTimes(): 16 x 16 pictures, values to 0.001. */
  frames: number[][];
}

export async function staticLatentRun(): Promise<StaticLatentRun | null> {
  const settings = defaultValues(latentLinkSchema);
  const run = await buildTimeJob<LatentProgress>('fig-latent-interpolation', 'latent-interpolation', { latent: settings.latent, seed: settings.seed });
  if (!run) return null;
  const frames = latentRow(run.weights, settings.from, settings.to, interpolationTimes()).map((f) => Array.from(f, (v) => Math.round(v * 1000) / 1000));
  return { settings, step: run.step, steps: run.steps, loss: run.loss, frames };
}
