// A fully connected network h_{l+1} = s_l(h_l W_l + b_l), its weights and biases held in ONE
// flat Float32Array (layer by layer: W_l row-major fanIn x fanOut, then b_l), so that a
// training step updates every parameter in one loop (./adam.ts) and reads the gradient back
// in one piece per layer (./mse-gradient.ts). Tensors are made from the parameters when a
// forward pass needs them and freed with it: the numbers in `parameters` are the model.
//
// Forward passes use tf.fused.matMul (matrix product, bias and ReLU in one kernel) without
// transposed operands: on the wasm backend only that form runs in XNNPACK; a transposed
// operand falls back to a plain loop about ten times slower (batch_mat_mul_impl.cc).
import * as tf from '@tensorflow/tfjs-core';
import type { Activation } from './activation';
import type { LayerInit } from './layer-init';

export type LayerActivation = Activation | 'linear';

export interface DenseLayer {
  fanIn: number;
  fanOut: number;
  activation: LayerActivation;
  /** Where W_l starts in `parameters`; b_l follows it at offset + fanIn * fanOut. */
  offset: number;
}

export interface LayerSpec extends LayerInit {
  fanIn: number;
  fanOut: number;
  activation: LayerActivation;
}

export interface DenseNetwork {
  readonly layers: readonly DenseLayer[];
  /** Every weight and bias, layer by layer (see DenseLayer.offset). Training updates it in place. */
  readonly parameters: Float32Array;
  /** Forward pass for a batch x of shape [n, fanIn of layer 0]; returns [n, fanOut of the last layer]. */
  predict(x: tf.Tensor2D): tf.Tensor2D;
  /** Euclidean norm of all weights and biases together, ||theta||_2. */
  weightNorm(): number;
  /** Number of trainable numbers. */
  parameterCount(): number;
  /** Nothing to free (no tensor outlives a call); kept so networks can be owned like other resources. */
  dispose(): void;
}

/** Layer l's kernel [fanIn, fanOut] and bias [fanOut] as tensors (copies: training may change `parameters`). */
export function layerTensors(net: DenseNetwork, l: number): { kernel: tf.Tensor2D; bias: tf.Tensor1D } {
  const { fanIn, fanOut, offset } = net.layers[l];
  const end = offset + fanIn * fanOut;
  return {
    kernel: tf.tensor2d(net.parameters.slice(offset, end), [fanIn, fanOut]),
    bias: tf.tensor1d(net.parameters.slice(end, end + fanOut)),
  };
}

/** s(h W + b) for one layer. ReLU and identity fuse into the product; tanh and sigmoid follow it. */
export function denseLayer(h: tf.Tensor2D, kernel: tf.Tensor2D, bias: tf.Tensor1D, activation: LayerActivation): tf.Tensor2D {
  if (activation === 'relu' || activation === 'linear') return tf.fused.matMul({ a: h, b: kernel, bias, activation }) as tf.Tensor2D;
  const z = tf.fused.matMul({ a: h, b: kernel, bias });
  return (activation === 'tanh' ? tf.tanh(z) : tf.sigmoid(z)) as tf.Tensor2D;
}

/**
 * Every layer's output for input x: [x, h_1, ..., h_L] (h_L the network's output). Tensors
 * are tracked by the caller's scope (call inside tf.tidy).
 */
export function forwardActivations(net: DenseNetwork, x: tf.Tensor2D): tf.Tensor2D[] {
  const out = [x];
  net.layers.forEach((layer, l) => {
    const { kernel, bias } = layerTensors(net, l);
    out.push(denseLayer(out[l], kernel, bias, layer.activation));
  });
  return out;
}

/** A network from explicit initial layers (each layer's fanIn must be the previous fanOut). */
export function createDenseNetwork(specs: readonly LayerSpec[]): DenseNetwork {
  if (specs.length === 0) throw new Error('A dense network needs at least one layer.');
  const layers: DenseLayer[] = [];
  let size = 0;
  specs.forEach((s, l) => {
    if (l > 0 && s.fanIn !== specs[l - 1].fanOut) throw new Error(`Layer ${l} takes ${s.fanIn} inputs but layer ${l - 1} gives ${specs[l - 1].fanOut}.`);
    if (s.kernel.length !== s.fanIn * s.fanOut || s.bias.length !== s.fanOut) throw new Error(`Layer ${l}: kernel or bias has the wrong size.`);
    layers.push({ fanIn: s.fanIn, fanOut: s.fanOut, activation: s.activation, offset: size });
    size += s.fanIn * s.fanOut + s.fanOut;
  });
  const parameters = new Float32Array(size);
  specs.forEach((s, l) => {
    parameters.set(s.kernel, layers[l].offset);
    parameters.set(s.bias, layers[l].offset + s.fanIn * s.fanOut);
  });
  const net: DenseNetwork = {
    layers,
    parameters,
    predict: (x) => tf.tidy(() => forwardActivations(net, x).at(-1)!),
    weightNorm() {
      let s = 0;
      for (const v of parameters) s += v * v;
      return Math.sqrt(s);
    },
    parameterCount: () => size,
    dispose: () => undefined,
  };
  return net;
}
