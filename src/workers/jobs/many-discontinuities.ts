// Job for fig-many-discontinuities: trains one-hidden-layer ReLU networks of each width in
// `widths` (in that order: the figure puts the reader's width first), one after another, each
// to its plateau, streaming the current fit and sending each finished fit.
import { createWidthTraining, summariseFit, type FitSummary, type WidthFit } from '@/lib/experiments/many-discontinuities';
import type { JobContext } from '../job';

export interface ManyDiscontinuitiesParams {
  seed: number;
  widths: number[];
  /** Tests may cap the steps per width. */
  maxSteps?: number;
}

export interface WidthFitMessage extends WidthFit {
  summary: FitSummary;
  /** Mean wall time of one Adam step of this width so far (ms). */
  msPerStep: number;
}

export async function run(params: ManyDiscontinuitiesParams, ctx: JobContext): Promise<WidthFitMessage[]> {
  const finished: WidthFitMessage[] = [];
  for (const width of params.widths) {
    const training = ctx.own(createWidthTraining(params.seed, width, params.maxSteps));
    const t0 = performance.now();
    const message = (): WidthFitMessage => {
      const fit = training.fit();
      return { ...fit, summary: summariseFit(fit.curve, fit.atMiddles), msPerStep: (performance.now() - t0) / Math.max(1, training.steps) };
    };
    ctx.progress(message(), true);
    while (!training.done) {
      ctx.checkLoss(training.step());
      if (ctx.wantsProgress()) ctx.progress(message());
      await ctx.checkpoint();
    }
    const last = message();
    finished.push(last);
    ctx.progress(last, true);
    training.dispose();
  }
  return finished;
}
