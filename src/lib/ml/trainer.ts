// Full-batch gradient descent on the mean squared error
//   L(theta) = (1/n) sum_i (f_theta(x_i) - y_i)^2
// with Adam (Kingma & Ba 2015). The optimiser is created once per run (its moment
// estimates persist across steps); every step uses the whole data set, so there is no
// shuffling and a run depends only on the seed. Needs the gradients registered (the worker's
// backend.ts, '@tensorflow/tfjs' in Node and in tests).
import * as tf from '@tensorflow/tfjs-core';
import type { Mlp } from './mlp';

export interface TrainerOptions {
  learningRate: number;
}

export interface Trainer {
  /** One Adam step on the whole batch; returns the loss before the step. */
  step(): number;
  /** k steps; returns the loss before the last one (reads the loss back only once). */
  steps(k: number): number;
  /** The model's outputs at the given inputs (a plain array, row-major). */
  predictAt(x: tf.Tensor2D): Float32Array;
  /** The current loss on the training data, without a step. */
  loss(): number;
  dispose(): void;
}

export function createTrainer(model: Mlp, xs: Float32Array, ys: Float32Array, options: TrainerOptions): Trainer {
  const inDim = model.spec.sizes[0];
  const outDim = model.spec.sizes[model.spec.sizes.length - 1];
  const n = xs.length / inDim;
  const x = tf.tensor2d(xs, [n, inDim]);
  const y = tf.tensor2d(ys, [n, outDim]);
  const optimizer = tf.train.adam(options.learningRate);
  const mse = () => tf.mean(tf.square(tf.sub(model.predict(x), y))) as tf.Scalar;

  function runStep(read: boolean): number {
    const cost = optimizer.minimize(mse, true, model.variables);
    let value = Number.NaN;
    if (cost) {
      if (read) value = cost.dataSync()[0];
      cost.dispose();
    }
    return value;
  }

  return {
    step: () => runStep(true),
    steps(k) {
      let value = Number.NaN;
      for (let i = 0; i < k; i++) value = runStep(i === k - 1);
      return value;
    },
    predictAt(at) {
      const out = model.predict(at);
      const values = out.dataSync() as Float32Array;
      out.dispose();
      return Float32Array.from(values);
    },
    loss() {
      const l = tf.tidy(mse);
      const value = l.dataSync()[0];
      l.dispose();
      return value;
    },
    dispose() {
      x.dispose();
      y.dispose();
      optimizer.dispose();
    },
  };
}
