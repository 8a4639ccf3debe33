// The hidden-unit nonlinearities the figures offer: relu(z) = max(0, z), tanh(z), and the
// logistic sigmoid 1 / (1 + e^-z).
import * as tf from '@tensorflow/tfjs-core';

export const activations = ['relu', 'tanh', 'sigmoid'] as const;
export type Activation = (typeof activations)[number];

export function applyActivation(z: tf.Tensor, activation: Activation): tf.Tensor {
  if (activation === 'relu') return tf.relu(z);
  if (activation === 'tanh') return tf.tanh(z);
  return tf.sigmoid(z);
}
