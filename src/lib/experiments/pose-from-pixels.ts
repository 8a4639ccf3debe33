// fig-pose-from-pixels: an MLP reads a 16 x 16 picture of a turning square (area-averaged by
// default, or point-sampled: ./turning-square.ts) and predicts its angle. Targets are the
// angle in one of two encodings (../math/angle-encoding): raw angle mod 90 (scaled to
// [0, 1)), which jumps at the seam 90 -> 0, or (cos 4a, sin 4a), which does not. Full-batch
// Adam on the mean squared error of the encoded target; the test sweep is decoded to an
// angle and scored by seam and bulk error (../math/seam-error). poseReaderFloor is what no
// method can beat: the error forced by angles whose pictures are identical
// (../math/best-reader). This module holds the settings, data, decoding and floor (no
// TensorFlow.js, so the page can import it); the training run is ./pose-from-pixels-training.ts.
import type { LinkSchema, LinkValues } from '@/lib/state/link-state';
import { ANGLE_ENCODINGS, SQUARE_PERIOD, decodeAngle, encodeAngle, encodingSize, type AngleEncoding } from '@/lib/math/angle-encoding';
import { bestReaderAnswers } from '@/lib/math/best-reader';
import { seamBulkError } from '@/lib/math/seam-error';
import { SQUARE_PIXEL_MODES, turningSquareImage, type SquarePixelMode } from './turning-square';

export const POSE = {
  /** Pictures are GRID x GRID pixels. */
  grid: 16,
  /** Training angles: (i + 1/2) * 90 / trainCount, i = 0..trainCount-1 (none on the seam). */
  trainCount: 90,
  /** Test sweep: i * 90 / testCount, i = 0..testCount-1 (a quarter degree apart). */
  testCount: 360,
  /** Hidden layer widths of the MLP 256 -> 32 -> 32 -> (1 or 2). */
  hidden: [32, 32] as const,
  activation: 'relu' as const,
  learningRate: 0.01,
  /** Full-batch Adam steps; the run has converged when they are done. */
  steps: 200,
  /** True angles within this many degrees of the seam count as "near the seam". */
  seamWidth: 5,
  defaultSeed: 1,
} as const;

export const poseLinkSchema = {
  encoding: { type: 'enum', default: 'angle', values: ANGLE_ENCODINGS },
  seed: { type: 'number', default: POSE.defaultSeed, min: 1, max: 99999, integer: true },
  /** How the pictures are made: 'area' (exact covered fraction, continuous in the angle) or 'point' (pixel centre in or out). */
  pixels: { type: 'enum', default: 'area', values: SQUARE_PIXEL_MODES },
} as const satisfies LinkSchema;

export type PoseSettings = LinkValues<typeof poseLinkSchema>;

export function poseTrainAngles(count: number = POSE.trainCount): number[] {
  return Array.from({ length: count }, (_, i) => ((i + 0.5) * SQUARE_PERIOD) / count);
}

export function poseTestAngles(count: number = POSE.testCount): number[] {
  return Array.from({ length: count }, (_, i) => (i * SQUARE_PERIOD) / count);
}

/** The pictures of the given angles in one pixel mode, one flattened row each (angles.length x grid^2). */
export function poseImages(angles: readonly number[], pixels: SquarePixelMode, grid: number = POSE.grid): Float32Array {
  const out = new Float32Array(angles.length * grid * grid);
  angles.forEach((a, i) => out.set(turningSquareImage(a, grid, pixels), i * grid * grid));
  return out;
}

/** The encoded targets, one row per angle. */
export function poseTargets(angles: readonly number[], encoding: AngleEncoding): Float32Array {
  return Float32Array.from(angles.flatMap((a) => encodeAngle(a, encoding)));
}

/** Network outputs (row-major) decoded to angles in [0, 90). */
export function decodePredictions(outputs: ArrayLike<number>, encoding: AngleEncoding): number[] {
  const k = encodingSize(encoding);
  const out: number[] = [];
  for (let i = 0; i + k <= outputs.length; i += k) out.push(decodeAngle(Array.prototype.slice.call(outputs, i, i + k), encoding));
  return out;
}


/** The least error any reader of the pictures can make on the test sweep (../math/best-reader). */
export interface ReaderFloor {
  /** The best single answer for each test angle (degrees), in the order of poseTestAngles(). */
  answers: number[];
  seamError: number;
  bulkError: number;
}

/**
 * The floor for one pixel mode: 0 for area-averaged pictures (every test angle has its own
 * picture); for point-sampled ones, the error forced by runs of angles with identical pictures.
 * Costs about 40 ms (360 pictures): compute it at build time, not on the page.
 */
export function poseReaderFloor(pixels: SquarePixelMode): ReaderFloor {
  const angles = poseTestAngles();
  const answers = bestReaderAnswers(angles, poseImages(angles, pixels), POSE.grid * POSE.grid);
  const { seamError, bulkError } = seamBulkError(angles, answers, POSE.seamWidth);
  return { answers, seamError, bulkError };
}
