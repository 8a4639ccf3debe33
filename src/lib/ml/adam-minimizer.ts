// A drop-in for tf.train.adam(learningRate) in models that minimise a loss through
// TensorFlow.js's tape (the scaling-law sweep, the autoencoder): the gradient still comes from the
// tape (tf.variableGrads), but the update is ./adam.ts, one loop over all variables at once,
// instead of about fourteen tensor operations per variable. Same mathematics, bit for bit for
// the same gradient (tf.train.adam's operations in float32). The variables are read and
// written back once per step (a copy of a few thousand numbers each).
import * as tf from '@tensorflow/tfjs-core';
import { createAdam, type Adam } from './adam';

export interface AdamMinimizer {
  /**
   * One Adam step on `varList` (all of them must be trainable and float32) minimising the
   * scalar `f`; returns the loss before the step when `returnCost` (the caller disposes it),
   * else null. The subset of tf.Optimizer.minimize the figures use.
   */
  minimize(f: () => tf.Scalar, returnCost: boolean, varList: tf.Variable[]): tf.Scalar | null;
  dispose(): void;
}

export function createAdamMinimizer(learningRate: number): AdamMinimizer {
  let adam: Adam | null = null;
  let names: string[] = [];
  let parameters = new Float32Array(0);
  let gradient = new Float32Array(0);
  return {
    minimize(f, returnCost, varList) {
      const size = varList.reduce((s, v) => s + v.size, 0);
      const key = varList.map((v) => v.name);
      if (!adam) {
        adam = createAdam(size, { learningRate });
        names = key;
        parameters = new Float32Array(size);
        gradient = new Float32Array(size);
      } else if (key.length !== names.length || key.some((n, i) => n !== names[i])) {
        throw new Error('An Adam minimiser keeps one list of variables: create another for other variables.');
      }
      const { value, grads } = tf.variableGrads(f, varList);
      let offset = 0;
      for (const v of varList) {
        parameters.set(v.dataSync() as Float32Array, offset);
        gradient.set(grads[v.name].dataSync() as Float32Array, offset);
        offset += v.size;
      }
      tf.dispose(Object.values(grads));
      adam.update(parameters, gradient);
      offset = 0;
      for (const v of varList) {
        tf.tidy(() => v.assign(tf.tensor(parameters.slice(offset, offset + v.size), v.shape, 'float32')));
        offset += v.size;
      }
      if (returnCost) return value;
      value.dispose();
      return null;
    },
    dispose: () => undefined,
  };
}
