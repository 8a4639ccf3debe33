// The training jobs the worker knows, by name. To add one: write src/workers/jobs/<name>.ts
// exporting `run(params, ctx)` (see ../job.ts) and add ONE line here. Jobs load lazily, so
// a page only downloads the jobs its figures start.
import type { JobLoader } from '../run-job';

export const jobs: Record<string, JobLoader> = {
  'bench-mlp': () => import('./bench-mlp'),
  'universal-approximation': () => import('./universal-approximation'),
  'universal-approximation-sweep': () => import('./universal-approximation-sweep'),
  'step-approximation': () => import('./step-approximation'),
  'many-discontinuities': () => import('./many-discontinuities'),
  'hard-threshold': () => import('./hard-threshold'),
  'scaling-laws': () => import('./scaling-laws'),
  'pose-from-pixels': () => import('./pose-from-pixels'),
  'latent-interpolation': () => import('./latent-interpolation'),
};
