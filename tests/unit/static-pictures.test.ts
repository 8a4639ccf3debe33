// The static pictures of the training figures (no-JS, print, reader view), computed as the
// build computes them (shared/build-time-tf: wasm in Node, else cpu): each snapshot function
// gives the numbers the browser's default run gives, within the snapshot's rounding, and the
// sentence beside the figure holds on it.
import { beforeAll, describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { buildTimeTf } from '@/figures/shared/build-time-tf';
import { staticLatentRun } from '@/figures/latent-interpolation/static-run';
import { staticSweep as scalingSweep } from '@/figures/scaling-laws/static-sweep';
import { staticSweep as widthSweep } from '@/figures/universal-approximation/static-fit';
import { createAutoencoder } from '@/lib/experiments/autoencoder';
import {
  LATENT,
  interpolationTimes,
  largestStep,
  latentLinkSchema,
  latentRow,
  latentTrainImages,
  latentVerdict,
  likenessReference,
  rowLikeness,
  rowPositions,
} from '@/lib/experiments/latent-interpolation';
import { sweepSettings } from '@/lib/experiments/scaling-laws';
import { fitTarget, linkSchema as uaSchema, presetSamples, SWEEP_STEPS, SWEEP_WIDTHS, type PresetName } from '@/lib/experiments/universal-approximation';
import type { Activation } from '@/lib/ml/activation';
import { fitPowerLaw } from '@/lib/math/power-law-fit';
import { defaultValues } from '@/lib/state/link-state';

beforeAll(async () => {
  await buildTimeTf();
}, 60_000);

describe('fig-latent-interpolation', () => {
  test('the build-time row is the browser default run’s, and it cross-fades (fade-likeness about 0.7)', async () => {
    const run = (await staticLatentRun())!;
    expect(run).not.toBeNull();
    const d = defaultValues(latentLinkSchema);
    expect(run.settings).toEqual(d);
    expect([run.step, run.steps]).toEqual([LATENT.steps, LATENT.steps]);

    // The browser: the worker trains the seeded autoencoder for LATENT.steps steps, the page decodes the endpoints.
    const ae = createAutoencoder({ inputSize: LATENT.grid ** 2, hidden: LATENT.hidden, latent: d.latent, seed: d.seed, learningRate: LATENT.learningRate }, latentTrainImages());
    const live = (() => {
      try {
        for (let i = 0; i < LATENT.steps; i++) ae.train(1);
        return latentRow(ae.weights(), d.from, d.to, interpolationTimes());
      } finally {
        ae.dispose();
      }
    })();
    expect(run.frames).toHaveLength(live.length);
    let worst = 0;
    run.frames.forEach((f, k) => f.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - live[k][i])))));
    expect(worst, 'largest pixel difference (the snapshot keeps 3 decimals)').toBeLessThanOrEqual(5e-4 + 1e-6);

    // What the page reads off the row: the readouts and the verdict the caption states.
    const likeness = rowLikeness(run.frames, likenessReference(d.from, d.to));
    const liveLikeness = rowLikeness(live, likenessReference(d.from, d.to));
    expect(likeness.fadeLikeness).toBeCloseTo(liveLikeness.fadeLikeness, 3);
    expect(likeness.fadeLikeness).toBeGreaterThan(0.6);
    expect(likeness.fadeLikeness).toBeLessThan(0.8);
    expect(latentVerdict(likeness, largestStep(rowPositions(run.frames), d.from, d.to))).toBe('fade');
  });
});

describe('fig-scaling-laws', () => {
  test('the build-time sweep has all seven widths trained, and α is in the caption’s 1.2 to 1.3', async () => {
    const sweep = (await scalingSweep())!;
    expect(sweep).not.toBeNull();
    expect([sweep.seed, sweep.steps]).toEqual([sweepSettings.seed, sweepSettings.steps]);
    expect(sweep.points.map((p) => p.width)).toEqual(sweepSettings.widths);
    for (const p of sweep.points) expect(Number.isFinite(p.testLoss) && p.testLoss > 0).toBe(true);
    const fit = fitPowerLaw(sweep.points.map((p) => p.params), sweep.points.map((p) => p.testLoss))!;
    expect(fit.alpha).toBeGreaterThanOrEqual(1.2);
    expect(fit.alpha).toBeLessThanOrEqual(1.3);
  });
});

describe('fig-universal-approximation', () => {
  test('the build-time width sweep: every width, the browser’s numbers, error falling with width', async () => {
    const sweep = (await widthSweep())!;
    expect(sweep).not.toBeNull();
    expect(sweep.map((p) => p.width)).toEqual([...SWEEP_WIDTHS]);
    // The browser's sweep trains each width by fitTarget for SWEEP_STEPS steps: width 1, again here.
    const d = defaultValues(uaSchema);
    const one = await fitTarget({ target: presetSamples(d.target as PresetName), width: 1, activation: d.activation as Activation, seed: d.seed, maxSteps: SWEEP_STEPS, fixedSteps: true });
    expect(sweep[0].supError).toBeCloseTo(one.supError, 6);
    expect(sweep[0].rmsError).toBeCloseTo(one.rmsError, 6);
    // "The worst-case error falls as the layer widens": by far from the narrowest to the widest.
    const sup = sweep.map((p) => p.supError);
    expect(sup.every(Number.isFinite)).toBe(true);
    expect(sup[sup.length - 1]).toBeLessThan(sup[0] / 20);
    expect(tf.getBackend()).toMatch(/wasm|cpu/);
  });
});
