// Build time only (imported by UniversalApproximation.astro): the figure's default run, both
// parts, trained once in Node so the static picture (no-JS, print, reader view) shows them:
// the converged fit at the default settings (fitTarget, as the worker's job calls it), and
// the width sweep below it, by the worker's own job ("universal-approximation-sweep", through
// shared/build-time-job) on the default target, activation and seed.
import { fitTarget, linkSchema, presetSamples, SWEEP_WIDTHS, type PresetName } from '@/lib/experiments/universal-approximation';
import type { SweepPoint } from '@/workers/jobs/universal-approximation-sweep';
import type { Activation } from '@/lib/ml/activation';
import { defaultValues } from '@/lib/state/link-state';
import { buildTimeJob } from '@/figures/shared/build-time-job';
import { once } from '@/figures/shared/build-time-tf';

export interface StaticFit {
  /** The fit on targetXs, to 0.001. */
  fit: number[];
  supError: number;
  rmsError: number;
  step: number;
}

const defaults = () => {
  const v = defaultValues(linkSchema);
  return { target: presetSamples(v.target as PresetName), width: v.width, activation: v.activation as Activation, seed: v.seed };
};

export function staticFit(): Promise<StaticFit> {
  return once('fig-universal-approximation', async () => {
    const r = await fitTarget(defaults());
    return { fit: Array.from(r.fit, (v) => Math.round(v * 1000) / 1000), supError: r.supError, rmsError: r.rmsError, step: r.step };
  });
}

/** Each width's worst-case and RMS error after SWEEP_STEPS steps, by increasing width. */
export function staticSweep(): Promise<SweepPoint[] | null> {
  const { target, activation, seed } = defaults();
  return buildTimeJob<SweepPoint[]>('fig-universal-approximation-sweep', 'universal-approximation-sweep', { target: Array.from(target), activation, seed, widths: [...SWEEP_WIDTHS] });
}
