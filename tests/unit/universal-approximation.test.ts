// The claim of fig-universal-approximation, on the same code the worker runs (cpu backend):
// on a smooth target a width of 64 gets the worst-case error under 0.1 and a width of 4 does
// not; and the target/drawing helpers behave.
import { beforeAll, describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { fitTarget, presetSamples, targetXs, linkSchema } from '@/lib/experiments/universal-approximation';
import { decodeLinkState } from '@/lib/state/link-state';
import { repairDrawing } from '@/lib/math/repair-drawing';
import { supError } from '@/lib/math/sup-error';
import { rmsError } from '@/lib/math/rms-error';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('universal approximation claim', () => {
  test('smooth bump, ReLU: width 64 reaches a worst-case error under 0.1, width 4 does not', async () => {
    const baseline = tf.memory().numTensors;
    const target = presetSamples('bump');
    const wide = await fitTarget({ target, width: 64, activation: 'relu', seed: 1 });
    const narrow = await fitTarget({ target, width: 4, activation: 'relu', seed: 1 });
    expect(wide.supError).toBeLessThan(0.1);
    expect(narrow.supError).toBeGreaterThanOrEqual(0.1);
    // "by a wide margin"
    expect(narrow.supError / wide.supError).toBeGreaterThan(5);
    expect(wide.rmsError).toBeLessThan(narrow.rmsError);
    expect(tf.memory().numTensors).toBe(baseline);
  });
});

describe('errors and drawings', () => {
  test('sup and RMS errors', () => {
    expect(supError([0, 1, 2], [0, 1.5, 2])).toBe(0.5);
    expect(rmsError([0, 0], [3, 4])).toBeCloseTo(Math.sqrt(12.5));
  });
  test('a drawing with a gap is bridged by a straight line, heights clamped', () => {
    const left = [{ x: -1, y: 0 }, { x: -0.2, y: 0 }];
    const right = [{ x: 0.2, y: 2 }, { x: 1, y: 2 }];
    const r = repairDrawing([left, right], targetXs.length)!;
    expect(r.clamped).toBe(true);
    expect(r.filled).toBeGreaterThan(0);
    const mid = (targetXs.length - 1) / 2;
    expect(r.values[mid]).toBeCloseTo(0.5, 1);
    expect(r.values[targetXs.length - 1]).toBe(1);
  });
  test('a drawing that covers too little is refused', () => {
    expect(repairDrawing([[{ x: 0, y: 0 }, { x: 0.1, y: 0.2 }]], targetXs.length)).toBeNull();
  });
  test('link state: a drawn target cannot be linked; bad values are repaired', () => {
    const d = decodeLinkState('universal-approximation', linkSchema, 'universal-approximation.target=drawn&universal-approximation.width=999');
    expect(d.values.target).toBe('bump');
    expect(d.values.width).toBe(256);
    expect(d.notices).toHaveLength(2);
  });
});
