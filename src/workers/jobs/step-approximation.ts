// Job: fig-step-approximation. Fits the unit step, then the picture of rectangles, streaming
// both; returns the converged metrics of each.
import { fitSteps, type StepParams } from '@/lib/experiments/step-approximation';
import type { JobContext } from '../job';

export async function run(params: StepParams, ctx: JobContext) {
  let lastPanel = '';
  return fitSteps(params, {
    wantsProgress: () => ctx.wantsProgress(),
    // The first report of each panel goes out at once, so the picture moves right away.
    onProgress: (p, final) => {
      ctx.progress(p, final || p.panel !== lastPanel);
      lastPanel = p.panel;
    },
    checkpoint: () => ctx.checkpoint(),
    checkLoss: (l) => ctx.checkLoss(l),
  });
}
