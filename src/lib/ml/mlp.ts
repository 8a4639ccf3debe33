// A fully connected network y = W_L s(... s(W_1 x + b_1) ...) + b_L (a multilayer
// perceptron, linear output) with seeded initial weights: layer i is initialised from
// subSeed(seed, i), so one seed fixes the whole network. Its parameters live in one flat
// vector (./dense-network.ts).
import { createDenseNetwork, type DenseNetwork, type LayerActivation, type LayerSpec } from './dense-network';
import type { Activation } from './activation';
import { initialLayer } from './layer-init';
import { subSeed } from './seeded-random';

export interface MlpSpec {
  /** Layer sizes from input to output, e.g. [1, 64, 1] for one hidden layer of 64 units. */
  sizes: readonly number[];
  activation: Activation;
  seed: number;
}

export interface Mlp extends DenseNetwork {
  readonly spec: MlpSpec;
}

export function createMlp(spec: MlpSpec): Mlp {
  const { sizes, activation, seed } = spec;
  if (sizes.length < 2) throw new Error('An MLP needs at least an input and an output size.');
  const layers = sizes.slice(0, -1).map((fanIn, i): LayerSpec => {
    const fanOut = sizes[i + 1];
    const kind: LayerActivation = i + 2 === sizes.length ? 'linear' : activation;
    return { fanIn, fanOut, activation: kind, ...initialLayer(fanIn, fanOut, kind, subSeed(seed, i)) };
  });
  return Object.assign(createDenseNetwork(layers), { spec });
}
