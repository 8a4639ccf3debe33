// Seeded initial weights for one dense layer, drawn uniformly from [-l, l] with
// l = sqrt(6 / fanIn) for ReLU (He et al. 2015) and l = sqrt(6 / (fanIn + fanOut)) for
// tanh/sigmoid/linear (Glorot & Bengio 2010). Hidden-layer biases are drawn from the same
// range (for a 1D input this spreads the units' kinks -b/w over the domain instead of
// stacking them all at x = 0); the output layer's bias starts at zero. Plain arrays, so
// the same seed gives the same numbers on every backend.
import { seededRandom } from './seeded-random';
import type { Activation } from './activation';

export interface LayerInit {
  /** Row-major fanIn x fanOut kernel. */
  kernel: Float32Array;
  bias: Float32Array;
}

export function initialLayer(fanIn: number, fanOut: number, activation: Activation | 'linear', seed: number): LayerInit {
  const limit = activation === 'relu' ? Math.sqrt(6 / fanIn) : Math.sqrt(6 / (fanIn + fanOut));
  const rand = seededRandom(seed);
  const kernel = new Float32Array(fanIn * fanOut);
  for (let i = 0; i < kernel.length; i++) kernel[i] = (2 * rand() - 1) * limit;
  const bias = new Float32Array(fanOut);
  if (activation !== 'linear') for (let i = 0; i < fanOut; i++) bias[i] = (2 * rand() - 1) * limit;
  return { kernel, bias };
}
