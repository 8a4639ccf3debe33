// Job: the width sweep of fig-universal-approximation. Trains one network per width for the
// same number of steps and reports each width's worst-case and RMS error as it finishes.
import { fitTarget, SWEEP_STEPS, type FitParams } from '@/lib/experiments/universal-approximation';
import type { JobContext } from '../job';

export interface SweepParams extends Omit<FitParams, 'width'> {
  widths: number[];
}

export interface SweepPoint {
  width: number;
  supError: number;
  rmsError: number;
}

export async function run(params: SweepParams, ctx: JobContext) {
  const points: SweepPoint[] = [];
  for (const width of params.widths) {
    const r = await fitTarget(
      { ...params, width, maxSteps: SWEEP_STEPS, fixedSteps: true },
      { checkpoint: () => ctx.checkpoint(), checkLoss: (l) => ctx.checkLoss(l) },
    );
    const point = { width, supError: r.supError, rmsError: r.rmsError };
    points.push(point);
    ctx.progress(point, true);
  }
  return points;
}
