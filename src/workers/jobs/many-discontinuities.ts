// Job for fig-many-discontinuities: trains one-hidden-layer ReLU networks of every width of the
// sweep together (createWidthSweep: one tensor program, each network on its own path) until each
// width's loss has plateaued, streaming every width's fit and its jump count as it goes.
import { createWidthSweep, summariseFit, WIDTHS, type FitSummary, type WidthFit } from '@/lib/experiments/many-discontinuities';
import type { JobContext } from '../job';

export interface ManyDiscontinuitiesParams {
  seed: number;
  /** Tests may cap the steps. */
  maxSteps?: number;
  widths?: number[];
}

export interface SweepFrame {
  step: number;
  done: boolean;
  fits: (WidthFit & { summary: FitSummary })[];
  /** Mean wall time of one step (all widths together) so far, ms. */
  msPerStep: number;
}

export async function run(params: ManyDiscontinuitiesParams, ctx: JobContext): Promise<SweepFrame> {
  const sweep = ctx.own(createWidthSweep(params.seed, params.widths ?? WIDTHS, params.maxSteps));
  const t0 = performance.now();
  const frame = (): SweepFrame => ({
    step: sweep.steps,
    done: sweep.done,
    fits: sweep.fits().map((f) => ({ ...f, summary: summariseFit(f.curve, f.atMiddles) })),
    msPerStep: sweep.steps > 0 ? (performance.now() - t0) / sweep.steps : 0,
  });
  ctx.progress(frame(), true);
  while (!sweep.done) {
    ctx.checkLoss(sweep.step());
    if (ctx.wantsProgress()) ctx.progress(frame());
    await ctx.checkpoint();
  }
  return frame();
}
