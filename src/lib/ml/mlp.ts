// A fully connected network y = W_L s(... s(W_1 x + b_1) ...) + b_L (a multilayer
// perceptron, linear output) held in tf.Variables with seeded initial weights: layer i is
// initialised from subSeed(seed, i), so one seed fixes the whole network.
import * as tf from '@tensorflow/tfjs-core';
import { applyActivation, type Activation } from './activation';
import { initialLayer } from './layer-init';
import { subSeed } from './seeded-random';

export interface MlpSpec {
  /** Layer sizes from input to output, e.g. [1, 64, 1] for one hidden layer of 64 units. */
  sizes: readonly number[];
  activation: Activation;
  seed: number;
}

export interface Mlp {
  readonly spec: MlpSpec;
  /** Kernels and biases, in layer order (kernel_1, bias_1, kernel_2, ...). */
  readonly variables: tf.Variable[];
  /** Forward pass for a batch x of shape [n, sizes[0]]; returns [n, sizes.at(-1)]. */
  predict(x: tf.Tensor2D): tf.Tensor2D;
  /** Euclidean norm of all weights and biases together, ||theta||_2. */
  weightNorm(): number;
  /** Number of trainable numbers. */
  parameterCount(): number;
  dispose(): void;
}

export function createMlp(spec: MlpSpec): Mlp {
  const { sizes, activation, seed } = spec;
  if (sizes.length < 2) throw new Error('An MLP needs at least an input and an output size.');
  const variables: tf.Variable[] = [];
  for (let i = 0; i + 1 < sizes.length; i++) {
    const last = i + 2 === sizes.length;
    const init = initialLayer(sizes[i], sizes[i + 1], last ? 'linear' : activation, subSeed(seed, i));
    // tf.variable copies its initial value; tidy frees the temporary (it never frees variables).
    variables.push(tf.tidy(() => tf.variable(tf.tensor2d(init.kernel, [sizes[i], sizes[i + 1]]), true)));
    variables.push(tf.tidy(() => tf.variable(tf.tensor1d(init.bias), true)));
  }
  return {
    spec,
    variables,
    predict(x) {
      return tf.tidy(() => {
        let h: tf.Tensor = x;
        for (let i = 0; i < variables.length; i += 2) {
          h = tf.add(tf.matMul(h as tf.Tensor2D, variables[i] as tf.Tensor2D), variables[i + 1]);
          if (i + 2 < variables.length) h = applyActivation(h, activation);
        }
        return h as tf.Tensor2D;
      });
    },
    weightNorm() {
      const s = tf.tidy(() => tf.addN(variables.map((v) => tf.sum(tf.square(v)))));
      const value = Math.sqrt(s.dataSync()[0]);
      s.dispose();
      return value;
    },
    parameterCount() {
      return variables.reduce((n, v) => n + v.size, 0);
    },
    dispose() {
      for (const v of variables) v.dispose();
    },
  };
}
