// Job for fig-hard-threshold: gradient descent on one unit s((w x + b)/T) at the reader's
// temperature and the gradient-free search on the hard unit, both animated at a few dozen steps
// per frame, plus the comparison across temperatures (computed at once: it is tiny). The model
// has two parameters and 32 data points, so this is plain double-precision TypeScript, no tensors.
import {
  createGradientDescent,
  createSearch,
  MAX_EVALUATIONS,
  temperatureComparison,
  type GradientKind,
  type HardThresholdFrame,
} from '@/lib/experiments/hard-threshold';
import type { JobContext } from '../job';

export interface HardThresholdParams {
  seed: number;
  temperature: number;
  /** Default 'exact'. */
  gradient?: GradientKind;
}

/** Gradient steps and search proposals per animation frame, and the frame time. */
export const DESCENT_STEPS_PER_FRAME = 25;
export const SEARCH_STEPS_PER_FRAME = 1;
export const FRAME_MS = 30;

export async function run(params: HardThresholdParams, ctx: JobContext): Promise<HardThresholdFrame> {
  const comparison = temperatureComparison(params.seed);
  const gradient = params.gradient ?? 'exact';
  const descent = createGradientDescent(params.seed, params.temperature, undefined, gradient);
  const search = createSearch(params.seed);
  const losses = [descent.loss];
  const gradNorms = [descent.gradNorm];
  const searchLosses = [search.loss];
  const searchDone = () => search.loss === 0 || search.evaluations >= MAX_EVALUATIONS;
  const frame = (first: boolean): HardThresholdFrame => ({
    temperature: params.temperature,
    gradient,
    losses,
    gradNorms,
    params: descent.params,
    descentDone: descent.done,
    searchLosses,
    searchBest: search.best,
    searchDone: searchDone(),
    ...(first ? { comparison } : {}),
  });
  ctx.progress(frame(true), true);
  while (!descent.done || !searchDone()) {
    await new Promise((resolve) => setTimeout(resolve, FRAME_MS));
    for (let i = 0; i < DESCENT_STEPS_PER_FRAME && !descent.done; i++) {
      descent.step();
      losses.push(ctx.checkLoss(descent.loss));
      gradNorms.push(descent.gradNorm);
    }
    for (let i = 0; i < SEARCH_STEPS_PER_FRAME && !searchDone(); i++) searchLosses.push(search.step());
    ctx.progress(frame(false), true);
    await ctx.checkpoint();
  }
  return frame(true);
}
