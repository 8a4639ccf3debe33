// fig-latent-interpolation: the likeness measures are right on constructed paths (the
// cross-fade scores as fade, the true motion as motion), the plain-JS forward pass agrees
// with TensorFlow.js, and the autoencoder reconstructs its training pictures (cpu backend).
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
  latentRow,
  likenessReference,
  latentLinkSchema,
  latentTrainImages,
  motionRow,
  rowLikeness,
} from '@/lib/experiments/latent-interpolation';
import { decodeLinkState } from '@/lib/state/link-state';

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
  });
  test('the true motion scores as motion', () => {
    const r = rowLikeness(motionRow(from, to), likenessReference(from, to));
    expect(r.motionDistance).toBeLessThan(1e-6);
    expect(r.fadeDistance).toBeGreaterThan(0.05);
    expect(r.motionLikeness).toBeGreaterThan(0.99);
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

describe('the autoencoder, trained on the cpu backend', () => {
  test('reconstructs its training pictures (MSE < 1e-3 after 200 steps), and the page-side forward pass agrees', () => {
    const images = latentTrainImages();
    const blank = images.reduce((s, v) => s + v * v, 0) / images.length; // MSE of predicting an empty picture
    const n0 = tf.memory().numTensors;
    const ae = createAutoencoder({ inputSize: 256, hidden: LATENT.hidden, latent: 8, seed: 1, learningRate: LATENT.learningRate }, images);
    const before = ae.loss();
    ae.train(200);
    const after = ae.loss();
    const w = ae.weights();
    ae.dispose();
    console.info(`autoencoder MSE: before ${before.toExponential(2)}, after 200 steps ${after.toExponential(2)}; empty picture ${blank.toExponential(2)}`);
    expect(after).toBeLessThan(1e-3);
    expect(after).toBeLessThan(blank / 30);
    expect(tf.memory().numTensors).toBe(n0);

    // The plain-JS forward pass gives the same reconstruction error as the tf model.
    let s = 0;
    const d = 256;
    const latent = latentRow(w, 4, 12);
    const likeness = rowLikeness(latent, likenessReference(4, 12));
    for (let i = 0; i < images.length / d; i++) {
      const x = images.subarray(i * d, (i + 1) * d);
      const y = decode(w, x);
      for (let j = 0; j < d; j++) s += (y[j] - x[j]) ** 2;
    }
    expect(s / images.length).toBeCloseTo(after, 5);
    expect(latent.length).toBe(LATENT.between + 2);
    expect(likeness.fadeLikeness + likeness.motionLikeness).toBeCloseTo(1, 12);
  });
});

function decode(w: Parameters<typeof decodeCode>[0], x: ArrayLike<number>) {
  return decodeCode(w, encodePicture(w, x));
}
