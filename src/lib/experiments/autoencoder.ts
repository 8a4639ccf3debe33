// A dense autoencoder: encoder E = MLP [d, hidden, latent] and decoder D = MLP [latent,
// hidden, d] (ReLU hidden units, linear code and output; seeded initial weights from
// src/lib/ml/layer-init), trained full-batch with Adam on the reconstruction error
// (1/(n d)) sum_i ||D(E(x_i)) - x_i||^2.
// Needs the gradients registered: the worker's backend.ts does it, and '@tensorflow/tfjs' in Node.
import * as tf from '@tensorflow/tfjs-core';
import { initialLayer } from '@/lib/ml/layer-init';
import { subSeed } from '@/lib/ml/seeded-random';
import { createAdamMinimizer } from '@/lib/ml/adam-minimizer';
import type { DenseNetworkWeights } from '@/lib/math/dense-forward';

// The encoder and decoder hold their own (unnamed) variables: src/lib/ml/mlp names its
// variables w0, b0, ..., so two of its networks cannot live in one engine at once.
interface DenseNet {
  sizes: number[];
  variables: tf.Variable[];
  predict(x: tf.Tensor2D): tf.Tensor2D;
  dispose(): void;
}

function createDenseNet(sizes: number[], seed: number): DenseNet {
  const variables: tf.Variable[] = [];
  for (let i = 0; i + 1 < sizes.length; i++) {
    const init = initialLayer(sizes[i], sizes[i + 1], i + 2 === sizes.length ? 'linear' : 'relu', subSeed(seed, i));
    variables.push(tf.tidy(() => tf.variable(tf.tensor2d(init.kernel, [sizes[i], sizes[i + 1]]), true)));
    variables.push(tf.tidy(() => tf.variable(tf.tensor1d(init.bias), true)));
  }
  return {
    sizes,
    variables,
    predict: (x) =>
      tf.tidy(() => {
        let h: tf.Tensor2D = x;
        for (let i = 0; i < variables.length; i += 2) {
          h = tf.add(tf.matMul(h, variables[i] as tf.Tensor2D), variables[i + 1]) as tf.Tensor2D;
          if (i + 2 < variables.length) h = tf.relu(h);
        }
        return h;
      }),
    dispose: () => variables.forEach((v) => v.dispose()),
  };
}

export interface AutoencoderSpec {
  inputSize: number;
  hidden: number;
  latent: number;
  seed: number;
  learningRate: number;
}

export interface AutoencoderWeights {
  encoder: DenseNetworkWeights;
  decoder: DenseNetworkWeights;
}

export interface Autoencoder {
  /** k Adam steps on the whole batch; returns the reconstruction MSE before the last one. */
  train(k: number): number;
  /** The current reconstruction MSE on the training pictures. */
  loss(): number;
  /** Copies of the current weights, for encoding and decoding in plain JS (../math/dense-forward). */
  weights(): AutoencoderWeights;
  dispose(): void;
}

function weightsOf(model: DenseNet): DenseNetworkWeights {
  const { sizes } = model;
  const activation = 'relu' as const;
  const layers = [];
  for (let i = 0; i + 1 < sizes.length; i++) {
    layers.push({
      inDim: sizes[i],
      outDim: sizes[i + 1],
      kernel: Float32Array.from(model.variables[2 * i].dataSync() as Float32Array),
      bias: Float32Array.from(model.variables[2 * i + 1].dataSync() as Float32Array),
    });
  }
  return { layers, activation };
}

/** `images`: n rows of `spec.inputSize` pixels. */
export function createAutoencoder(spec: AutoencoderSpec, images: Float32Array): Autoencoder {
  const d = spec.inputSize;
  const n = images.length / d;
  const encoder = createDenseNet([d, spec.hidden, spec.latent], subSeed(spec.seed, 100));
  const decoder = createDenseNet([spec.latent, spec.hidden, d], subSeed(spec.seed, 200));
  const x = tf.tensor2d(images, [n, d]);
  const optimizer = createAdamMinimizer(spec.learningRate);
  const variables = [...encoder.variables, ...decoder.variables];
  const mse = () => tf.tidy(() => tf.mean(tf.square(tf.sub(decoder.predict(encoder.predict(x)), x))) as tf.Scalar);
  let last = Number.NaN;
  return {
    train(k) {
      for (let i = 0; i < k; i++) {
        const cost = optimizer.minimize(mse, i === k - 1, variables);
        if (cost) {
          last = cost.dataSync()[0];
          cost.dispose();
        }
      }
      return last;
    },
    loss() {
      const l = mse();
      const v = l.dataSync()[0];
      l.dispose();
      return v;
    },
    weights: () => ({ encoder: weightsOf(encoder), decoder: weightsOf(decoder) }),
    dispose() {
      x.dispose();
      optimizer.dispose();
      encoder.dispose();
      decoder.dispose();
    },
  };
}
