// The training run of fig-pose-from-pixels: the seeded MLP 256 -> 32 -> 32 -> (1 or 2) of
// ./pose-from-pixels.ts (POSE), full-batch Adam on the mean squared error of the encoded
// target, and a snapshot of the decoded test sweep scored by seam and bulk error
// (../math/seam-error). Needs a tf backend with gradients (the worker, or '@tensorflow/tfjs').
import type * as tfc from '@tensorflow/tfjs-core';
import * as tf from '@tensorflow/tfjs-core';
import { createMlp, type Mlp } from '@/lib/ml/mlp';
import { createTrainer, type Trainer } from '@/lib/ml/trainer';
import { encodingSize, type AngleEncoding } from '@/lib/math/angle-encoding';
import { seamBulkError } from '@/lib/math/seam-error';
import type { SquarePixelMode } from './turning-square';
import { POSE, decodePredictions, poseImages, poseTargets, poseTestAngles, poseTrainAngles, type PoseSettings } from './pose-from-pixels';

export interface PoseSnapshot {
  step: number;
  loss: number;
  /** Decoded predictions at the test angles (poseTestAngles()). */
  predicted: number[];
  seamError: number;
  bulkError: number;
}

export interface PoseExperiment {
  readonly settings: PoseSettings;
  readonly testAngles: number[];
  /** k Adam steps; returns the training loss before the last one. */
  train(k: number): number;
  /** The current predictions on the test sweep and their errors. */
  snapshot(): PoseSnapshot;
  dispose(): void;
}

/** Builds the data and the seeded model for one run (tf must have a backend). */
export function createPoseExperiment(settings: PoseSettings): PoseExperiment {
  const encoding = settings.encoding as AngleEncoding;
  const pixels = settings.pixels as SquarePixelMode;
  const trainAngles = poseTrainAngles();
  const testAngles = poseTestAngles();
  const inDim = POSE.grid * POSE.grid;
  const model: Mlp = createMlp({ sizes: [inDim, ...POSE.hidden, encodingSize(encoding)], activation: POSE.activation, seed: settings.seed });
  const trainer: Trainer = createTrainer(model, poseImages(trainAngles, pixels), poseTargets(trainAngles, encoding), { learningRate: POSE.learningRate });
  const testX: tfc.Tensor2D = tf.tensor2d(poseImages(testAngles, pixels), [testAngles.length, inDim]);
  let step = 0;
  let lastLoss = Number.NaN;
  return {
    settings,
    testAngles,
    train(k) {
      lastLoss = trainer.steps(k);
      step += k;
      return lastLoss;
    },
    snapshot() {
      const predicted = decodePredictions(trainer.predictAt(testX), encoding);
      const { seamError, bulkError } = seamBulkError(testAngles, predicted, POSE.seamWidth);
      return { step, loss: step === 0 ? trainer.loss() : lastLoss, predicted, seamError, bulkError };
    },
    dispose() {
      testX.dispose();
      trainer.dispose();
      model.dispose();
    },
  };
}
