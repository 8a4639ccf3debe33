import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-step-approximation',
  section: 'in-practice',
  title: 'Approximating a step',
  caption:
    'A network learns the unit step (dashed), shown whole and close to the jump; the shaded area is its error, and the band marks where the fit climbs from 0.1 to 0.9. Widen the network: the RMS error and the transition shrink, paid for with larger weights, but the worst-case error stays at one half, because a continuous curve must pass through the middle of the jump. Below, the same for a picture made of rectangles: the error gathers along the edges.',
  description:
    "Two line plots of the unit step and a network's fit, one over the interval from -1 to 1 and one close to the jump, with the error shaded and the transition band marked; below, three small heatmaps of a picture of rectangles: the target, the network's fit and the error, which is largest along the rectangles' edges. Readouts give the worst-case error, the RMS error, the transition width and the weight norm.",
  how:
    'The step fit is a ReLU network with one hidden layer (2 to 256 units), seeded uniform initial weights (He limits), trained in a Web Worker with TensorFlow.js (WebAssembly backend) by full-batch Adam (learning rate 0.01) on the mean squared error at 256 evenly spaced points of [-1, 1], none exactly at the jump; it stops when the loss improves by less than 0.5% over 250 steps, or at 1500 steps. The RMS error is measured on 2001 points; the worst-case error also counts the value at the jump itself, where the fit must be off by at least one half from one side or the other; the transition width is read on 2501 points of [-0.25, 0.25]; the weight norm is the Euclidean norm of all weights and biases. The picture is a 24 × 24 grid of a few rectangles, fitted after the step by a network with two hidden ReLU layers of half the width, for 600 Adam steps. The picture shown before the figure runs was trained the same way at build time (default settings).',
  width: 'outset',
};

export default meta;
