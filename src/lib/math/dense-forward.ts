// The forward pass of a fully connected network in plain JavaScript, from its weights:
// h_0 = x, h_{i+1} = s(h_i W_i + b_i) for the hidden layers, linear output. The figure uses it
// to encode and decode single pictures on the page from weights a worker has trained (a few
// tens of thousands of multiply-adds: no TensorFlow.js needed on the main thread).
import type { Activation } from '@/lib/ml/activation';

export interface DenseLayerWeights {
  inDim: number;
  outDim: number;
  /** Row-major inDim x outDim. */
  kernel: Float32Array;
  bias: Float32Array;
}

export interface DenseNetworkWeights {
  layers: DenseLayerWeights[];
  activation: Activation;
}

function act(z: number, activation: Activation): number {
  if (activation === 'relu') return z > 0 ? z : 0;
  if (activation === 'tanh') return Math.tanh(z);
  return 1 / (1 + Math.exp(-z));
}

export function denseForward(net: DenseNetworkWeights, x: ArrayLike<number>): Float32Array {
  let h: ArrayLike<number> = x;
  net.layers.forEach((layer, li) => {
    const { inDim, outDim, kernel, bias } = layer;
    if (h.length !== inDim) throw new Error(`denseForward: layer ${li} expects ${inDim} inputs, got ${h.length}`);
    const out = Float32Array.from(bias);
    for (let i = 0; i < inDim; i++) {
      const v = h[i];
      if (v === 0) continue;
      const row = i * outDim;
      for (let j = 0; j < outDim; j++) out[j] += v * kernel[row + j];
    }
    if (li + 1 < net.layers.length) for (let j = 0; j < outDim; j++) out[j] = act(out[j], net.activation);
    h = out;
  });
  return h as Float32Array;
}
