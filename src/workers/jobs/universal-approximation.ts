// Job: fit one target with a one-hidden-layer network (fig-universal-approximation),
// streaming the fit and its errors; returns the converged fit.
import { fitTarget, type FitParams } from '@/lib/experiments/universal-approximation';
import type { JobContext } from '../job';

export async function run(params: FitParams, ctx: JobContext) {
  let first = true;
  return fitTarget(params, {
    // The first step is reported at once so the picture moves right away.
    wantsProgress: () => first || ctx.wantsProgress(),
    onProgress: (p) => {
      ctx.progress(p, first);
      first = false;
    },
    checkpoint: () => ctx.checkpoint(),
    checkLoss: (l) => ctx.checkLoss(l),
  });
}
