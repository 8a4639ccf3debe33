// Full-batch gradient descent on the mean squared error
//   L(theta) = (1/(n k)) sum_i ||f_theta(x_i) - y_i||^2
// with Adam (Kingma & Ba 2015). The optimiser is created once per run (its moment
// estimates persist across steps); every step uses the whole data set, so there is no
// shuffling and a run depends only on the seed. A step is backpropagation on the tf backend
// (./mse-gradient.ts) and Adam's update in one loop over the flat parameter vector
// (./adam.ts): the same mathematics as tf.train.adam minimising tf.mean(tf.square(f(x) - y)),
// in a quarter of the time on the wasm backend.
import type * as tf from '@tensorflow/tfjs-core';
import { createAdam } from './adam';
import type { DenseNetwork } from './dense-network';
import { createMseBatch, mseGradient, mseLoss } from './mse-gradient';

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

/** `xs`, `ys`: n rows of the model's input and output sizes (row-major). */
export function createTrainer(model: DenseNetwork, xs: Float32Array, ys: Float32Array, options: TrainerOptions): Trainer {
  const batch = createMseBatch(xs, ys, model.layers[0].fanIn, model.layers[model.layers.length - 1].fanOut);
  const adam = createAdam(model.parameterCount(), { learningRate: options.learningRate });
  const gradient = new Float32Array(model.parameterCount());

  function runStep(read: boolean): number {
    const loss = mseGradient(model, batch, gradient, read);
    adam.update(model.parameters, gradient);
    return loss;
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
      const values = Float32Array.from(out.dataSync() as Float32Array);
      out.dispose();
      return values;
    },
    loss: () => mseLoss(model, batch),
    dispose() {
      batch.dispose();
    },
  };
}
