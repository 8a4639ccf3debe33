// Job for fig-pose-from-pixels: trains the seeded MLP of src/lib/experiments/pose-from-pixels
// step by step, streaming the decoded test sweep and its seam/bulk errors; returns the last
// snapshot when the fixed schedule (POSE.steps) is done.
import { POSE, type PoseSettings } from '@/lib/experiments/pose-from-pixels';
import { createPoseExperiment, type PoseSnapshot } from '@/lib/experiments/pose-from-pixels-training';
import type { JobContext } from '../job';

export interface PoseProgress extends PoseSnapshot {
  steps: number;
}

export async function run(params: PoseSettings, ctx: JobContext): Promise<PoseProgress> {
  const settings: PoseSettings = {
    encoding: params.encoding === 'circle' ? 'circle' : 'angle',
    seed: Math.floor(Number(params.seed)) || POSE.defaultSeed,
    pixels: params.pixels === 'point' ? 'point' : 'area',
  };
  const exp = ctx.own(createPoseExperiment(settings));
  ctx.progress({ ...exp.snapshot(), steps: POSE.steps } satisfies PoseProgress, true);
  for (let step = 1; step <= POSE.steps; step++) {
    ctx.checkLoss(exp.train(1));
    if (step < POSE.steps && ctx.wantsProgress()) ctx.progress({ ...exp.snapshot(), steps: POSE.steps } satisfies PoseProgress);
    await ctx.checkpoint();
  }
  return { ...exp.snapshot(), steps: POSE.steps };
}
