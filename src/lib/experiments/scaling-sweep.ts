// The data and first-layer initialisation of the "run it yourself" width sweep of
// fig-scaling-laws: y = sweepTarget(x) on [-1, 1], training inputs drawn with the seed, a
// held-out even test grid, and first-layer weights/biases from U(-s, s) so a unit's bend
// x = -b/w lands inside [-1, 1] at a spread of sharpnesses whatever the width. The units
// are nested: the first k units of every width are the same draws.
import { seededRandom, subSeed } from '@/lib/ml/seeded-random';
import { sweepTarget, type SweepSettings } from './scaling-laws';

export interface SweepData {
  trainX: Float32Array;
  trainY: Float32Array;
  testX: Float32Array;
  testY: Float32Array;
}

export function sweepData(settings: SweepSettings, seed = settings.seed): SweepData {
  const rand = seededRandom(subSeed(seed, 100));
  const trainX = new Float32Array(settings.trainPoints).map(() => 2 * rand() - 1);
  const trainY = trainX.map(sweepTarget);
  const n = settings.testPoints;
  const testX = new Float32Array(n).map((_, i) => -1 + (2 * (i + 0.5)) / n);
  const testY = testX.map(sweepTarget);
  return { trainX, trainY, testX, testY };
}

/** Seeded first-layer kernel (1 x width) and bias for one width of the sweep (nested across widths). */
export function sweepFirstLayer(width: number, inputScale: number, seed: number): { kernel: Float32Array; bias: Float32Array } {
  const rand = seededRandom(subSeed(seed, 200));
  const kernel = new Float32Array(width);
  const bias = new Float32Array(width);
  // Unit by unit from one stream: a wider network's first units are the narrower one's.
  for (let i = 0; i < width; i++) {
    kernel[i] = (2 * rand() - 1) * inputScale;
    bias[i] = (2 * rand() - 1) * inputScale;
  }
  return { kernel, bias };
}
