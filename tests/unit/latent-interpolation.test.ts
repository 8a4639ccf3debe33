// fig-latent-interpolation: the likeness measures and the verdict are right on constructed
// paths (the cross-fade scores as fade, the true motion as motion), the plain-JS forward pass
// agrees with TensorFlow.js, the autoencoder reconstructs its training pictures, and the
// figure's outcomes hold at its own settings (800 steps, endpoints 3 and 13, cpu backend):
// latent size 8 cross-fades (seed 1); latent size 1 decodes sharp squares, in order where its
// one-number code puts the positions in order (seed 2), leaping over part of the way where the
// code folds back (seed 1, the default).
import { beforeAll, describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { distanceToCrossFade, pathLikeness, rmsDistance } from '@/lib/math/likeness';
import { createAutoencoder } from '@/lib/experiments/autoencoder';
import { slidingSquareImage } from '@/lib/experiments/sliding-square';
import {
  LATENT,
  decodeCode,
  encodePicture,
  fadeRow,
  interpolationTimes,
  largestStep,
  latentRow,
  latentTrainPositions,
  latentVerdict,
  likenessReference,
  latentLinkSchema,
  latentTrainImages,
  motionRow,
  rowLikeness,
  rowPositions,
} from '@/lib/experiments/latent-interpolation';
import { decodeLinkState, defaultValues } from '@/lib/state/link-state';
import { spearmanRankCorrelation } from '@/lib/math/rank-correlation';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('the sliding square', () => {
  test('covers its area and moves continuously', () => {
    const a = slidingSquareImage(5.3);
    expect(a.reduce((s, v) => s + v, 0)).toBeCloseTo(16, 9);
    const b = slidingSquareImage(5.3 + 1e-4);
    const d = Math.max(...a.map((v, i) => Math.abs(v - b[i])));
    expect(d).toBeGreaterThan(0);
    expect(d).toBeLessThan(2e-4);
  });
});

describe('likeness of a path', () => {
  const from = 3;
  const to = 13;
  test('a pure cross-fade scores as fade', () => {
    const r = rowLikeness(fadeRow(from, to), likenessReference(from, to));
    expect(r.fadeDistance).toBeLessThan(1e-6);
    expect(r.motionDistance).toBeGreaterThan(0.05);
    expect(r.fadeLikeness).toBeGreaterThan(0.99);
    expect(r.motionLikeness).toBeLessThan(0.01);
    expect(latentVerdict(r, largestStep(rowPositions(fadeRow(from, to)), from, to))).toBe('fade');
  });
  test('the true motion scores as motion', () => {
    const r = rowLikeness(motionRow(from, to), likenessReference(from, to));
    expect(r.motionDistance).toBeLessThan(1e-6);
    expect(r.fadeDistance).toBeGreaterThan(0.05);
    expect(r.motionLikeness).toBeGreaterThan(0.99);
    // Its frames stand where the true square stands, a step of 1/8 of the way apart.
    const positions = rowPositions(motionRow(from, to));
    positions.forEach((p, k) => expect(p).toBeCloseTo(from + ((to - from) * k) / 8, 6));
    expect(largestStep(positions, from, to)).toBeCloseTo(1 / 8, 6);
    expect(latentVerdict(r, largestStep(positions, from, to))).toBe('motion');
  });
  test('true frames that skip part of the way are called a leap; a cross-fade switches ends in one step', () => {
    const skipping = [3, 3.5, 4, 4.5, 11, 11.5, 12, 12.5, 13].map((x) => slidingSquareImage(x));
    const r = rowLikeness(skipping, likenessReference(from, to));
    const step = largestStep(rowPositions(skipping), from, to);
    expect(r.motionLikeness).toBeGreaterThan(0.99);
    expect(step).toBeCloseTo(0.65, 6);
    expect(latentVerdict(r, step)).toBe('leap');
    expect(largestStep(rowPositions(fadeRow(from, to)), from, to)).toBeGreaterThan(0.9);
    expect(largestStep([3, 3], 3, 3)).toBeNaN();
  });
  test('the verdict calls a row only when one distance is at least 1.5 times the other', () => {
    const at = (fadeDistance: number, motionDistance: number) =>
      latentVerdict({ fadeDistance, motionDistance, fadeLikeness: motionDistance / (fadeDistance + motionDistance), motionLikeness: fadeDistance / (fadeDistance + motionDistance) }, 0.125);
    expect(at(1, 1.5)).toBe('fade');
    expect(at(1.5, 1)).toBe('motion');
    expect(at(1, 1.4)).toBe('neither');
    expect(at(1.4, 1)).toBe('neither');
    expect(latentVerdict({ fadeDistance: 0, motionDistance: 0, fadeLikeness: Number.NaN, motionLikeness: Number.NaN }, Number.NaN)).toBeNull();
  });
  test('a path that stays at one endpoint is neither, and jumping halfway is between', () => {
    const a = slidingSquareImage(from);
    const b = slidingSquareImage(to);
    const times = interpolationTimes();
    const jump = times.map((t) => (t < 0.5 ? a : b));
    const r = rowLikeness(jump, likenessReference(from, to));
    // Each frame is an endpoint: on both the fade and the motion, so both distances are 0.
    expect(r.fadeDistance).toBeLessThan(1e-9);
    expect(r.motionDistance).toBeLessThan(1e-9);
    expect(Number.isNaN(r.fadeLikeness)).toBe(true);
    // A blurred square halfway is nearer the fade than a sharp square is.
    const blur = pathLikeness([Float64Array.from(a, (v, i) => 0.5 * v + 0.5 * b[i])], a, b, motionRow(from, to, interpolationTimes(79)));
    expect(blur.fadeLikeness).toBeGreaterThan(0.99);
  });
  test('distance to the cross-fade is the exact projection', () => {
    const a = [0, 0];
    const b = [2, 0];
    expect(distanceToCrossFade([1, 1], a, b)).toBeCloseTo(Math.sqrt(1 / 2), 12);
    expect(distanceToCrossFade([3, 0], a, b)).toBeCloseTo(Math.sqrt(1 / 2), 12); // clamped at b
    expect(rmsDistance([1, 1], [1, 3])).toBeCloseTo(Math.sqrt(2), 12);
  });
});

describe('link state', () => {
  test('restores and repairs', () => {
    const ok = decodeLinkState('latent-interpolation', latentLinkSchema, 'latent-interpolation.from=4.5&latent-interpolation.latent=2');
    expect(ok.values).toEqual({ from: 4.5, to: 13, latent: 2, seed: 1 });
    const bad = decodeLinkState('latent-interpolation', latentLinkSchema, 'latent-interpolation.latent=99&latent-interpolation.to=x');
    expect(bad.values.latent).toBe(8);
    expect(bad.values.to).toBe(13);
    expect(bad.notices.length).toBe(2);
  });
});

describe('the autoencoder at the figure’s settings (800 steps, from 3 to 13), trained on the cpu backend', () => {
  const { from, to } = defaultValues(latentLinkSchema);
  // About 20 s of cpu time each; a shared, loaded machine can take several times longer.
  const TRAINING_TIMEOUT = 400_000;
  function trainAt(latent: number, seed: number) {
    const images = latentTrainImages();
    const n0 = tf.memory().numTensors;
    const ae = createAutoencoder({ inputSize: 256, hidden: LATENT.hidden, latent, seed, learningRate: LATENT.learningRate }, images);
    const before = ae.loss();
    ae.train(200);
    const loss200 = ae.loss();
    ae.train(LATENT.steps - 200);
    const loss = ae.loss();
    const w = ae.weights();
    ae.dispose();
    const freed = tf.memory().numTensors === n0;
    const row = latentRow(w, from, to);
    const likeness = rowLikeness(row, likenessReference(from, to));
    const positions = rowPositions(row);
    const step = largestStep(positions, from, to);
    // How the one-number code orders the training positions (only read for latent size 1).
    const d = LATENT.grid * LATENT.grid;
    const codes = latentTrainPositions().map((_, i) => encodePicture(w, images.subarray(i * d, (i + 1) * d))[0]!);
    const order = spearmanRankCorrelation(latentTrainPositions(), codes);
    console.info(
      `latent ${latent}, seed ${seed}: loss ${loss.toExponential(2)}, fade-likeness ${likeness.fadeLikeness.toFixed(3)}, motion-likeness ${likeness.motionLikeness.toFixed(3)}, largest step ${step.toFixed(2)}, positions ${positions.map((p) => p.toFixed(1)).join(' ')}${latent === 1 ? `, code order ${order.toFixed(3)}` : ''}`,
    );
    return { before, loss200, loss, w, freed, likeness, step, order, verdict: latentVerdict(likeness, step) };
  }

  test('latent size 8 (the default) rebuilds its training pictures closely, and cross-fades', () => {
    const images = latentTrainImages();
    const blank = images.reduce((s, v) => s + v * v, 0) / images.length; // MSE of predicting an empty picture
    const r = trainAt(8, 1);
    console.info(`autoencoder MSE: before ${r.before.toExponential(2)}, after 200 steps ${r.loss200.toExponential(2)}; empty picture ${blank.toExponential(2)}`);
    expect(r.loss200).toBeLessThan(1e-3);
    expect(r.loss200).toBeLessThan(blank / 30);
    expect(r.loss).toBeLessThan(1e-4);
    expect(r.freed).toBe(true);
    // The plain-JS forward pass (the page's) gives the same reconstruction error as the tf model.
    let s = 0;
    const d = 256;
    for (let i = 0; i < images.length / d; i++) {
      const x = images.subarray(i * d, (i + 1) * d);
      const y = decode(r.w, x);
      for (let j = 0; j < d; j++) s += (y[j] - x[j]) ** 2;
    }
    expect(s / images.length).toBeCloseTo(r.loss, 7);
    expect(latentRow(r.w, from, to).length).toBe(LATENT.between + 2);
    expect(r.likeness.fadeLikeness + r.likeness.motionLikeness).toBeCloseTo(1, 12);
    expect(r.likeness.fadeLikeness).toBeGreaterThan(0.65);
    expect(r.verdict).toBe('fade');
  }, TRAINING_TIMEOUT);

  test('latent size 1 decodes sharp squares; with seed 2 its code orders the positions and the path follows the motion', () => {
    const r = trainAt(1, 2);
    expect(r.likeness.motionLikeness).toBeGreaterThan(0.85);
    expect(Math.abs(r.order)).toBeGreaterThan(0.99);
    expect(r.verdict).toBe('motion');
  }, TRAINING_TIMEOUT);

  test('latent size 1 with seed 1 (the default): sharp squares again, but the code folds back and the path leaps', () => {
    const r = trainAt(1, 1);
    expect(r.likeness.motionLikeness).toBeGreaterThan(0.85);
    expect(Math.abs(r.order)).toBeLessThan(0.9);
    expect(r.step).toBeGreaterThan(0.4);
    expect(r.verdict).toBe('leap');
  }, TRAINING_TIMEOUT);
});

function decode(w: Parameters<typeof decodeCode>[0], x: ArrayLike<number>) {
  return decodeCode(w, encodePicture(w, x));
}
