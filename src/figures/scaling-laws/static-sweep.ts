// Build time only (imported by ScalingLaws.astro): the default width sweep ("run it
// yourself"), trained once in Node by the worker's own job ("scaling-laws", through
// shared/build-time-job) with the default seed, so the static picture (no-JS, print, reader
// view) shows the seven trained networks' test losses and the fitted exponent α.
import type { SweepPoint, SweepResult } from '@/workers/jobs/scaling-laws';
import { sweepSettings } from '@/lib/experiments/scaling-laws';
import { buildTimeJob } from '@/figures/shared/build-time-job';

export interface StaticSweep {
  seed: number;
  steps: number;
  /** Every width's final test and training loss, in the order of sweepSettings.widths. */
  points: SweepPoint[];
}

export async function staticSweep(): Promise<StaticSweep | null> {
  const run = await buildTimeJob<SweepResult>('fig-scaling-laws', 'scaling-laws', { seed: sweepSettings.seed });
  // The run's timings describe the build machine, not the reader's: they stay out.
  return run ? { seed: run.seed, steps: run.steps, points: run.points } : null;
}
