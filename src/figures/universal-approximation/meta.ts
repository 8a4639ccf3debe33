import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-universal-approximation',
  section: 'universal-approximation',
  title: 'A network approximates a continuous target',
  caption:
    'A network with one hidden layer learns a continuous curve on [-1, 1] (dashed: the target; solid: the network). Pick a target or draw one, change the number of hidden units, and watch the worst-case error. Below, the same target fitted at every width from 1 to 256: the worst-case error falls as the layer widens.',
  description:
    "A line plot of a target curve on the interval from -1 to 1 with the network's fit drawn over it, the worst-case and RMS errors as numbers, and a second log-log plot of the worst-case error against the number of hidden units, falling as the width grows.",
  how:
    'The network is f(x) = Σ c_j s(w_j x + b_j) + d with one hidden layer of 1 to 256 units and activation s (ReLU, tanh or sigmoid), its weights drawn from a seeded uniform distribution (He or Glorot limits). It trains in a Web Worker with TensorFlow.js (WebAssembly backend): full-batch Adam, learning rate 0.03, on the mean squared error over 257 evenly spaced points of the target (the piecewise-linear curve through them). Training stops when the loss improves by less than 1% over 200 steps, or at 1500 steps. The worst-case (sup) and RMS errors are measured on 1025 points. The width sweep trains a fresh network for 1500 steps at each width with the same seed. A drawn target is resampled onto the grid; gaps are bridged by straight lines and heights clamped to [-1, 1]. A link records a preset target, not a drawing. The picture shown before the figure runs was trained the same way at build time (default settings).',
  width: 'outset',
};

export default meta;
