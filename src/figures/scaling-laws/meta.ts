import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-scaling-laws',
  section: 'introduction',
  title: 'Scaling laws, and a sweep you can run',
  caption:
    'Left: the three power laws Kaplan et al. (2020) fitted to the test loss of language models, L = (x_c/x)^α, for model size N (non-embedding parameters), dataset size D (tokens) and compute C_min (PF-days). ' +
    'Each line is solid over the range the paper measured and dashed beyond it, where it is only an extrapolation. Move the cursor (hover, drag, or focus the plot and use the arrow keys) to read the loss. ' +
    'The dots mark sizes for reference (the smallest and largest models the paper studied; GPT-3 and its training tokens, from Brown et al. 2020); GPT-3’s is not a measured loss, only where the line would put it. ' +
    'The compute law uses C_c = 3.1 × 10⁸ PF-days from the paper’s Eq. 1.3; the legend of its Figure 1 prints 2.3 × 10⁸, which would lower the loss at 1 PF-day from 2.66 to 2.62. ' +
    'Right: the same kind of plot for seven tiny networks (widths 2 to 128) trained in your browser to fit one smooth curve. Their test loss also falls roughly along a straight line, with a much steeper exponent (α about 1.2 to 1.3 for seeds 1 to 3, against 0.076 for the language models) and points that wobble from seed to seed. Nothing in that task is a skill beyond fitting the curve more closely: a loss falling as a power of size is what better fitting looks like here, so a straight scaling curve is not, on its own, a sign of anything more.',
  description:
    'Two log-log plots. The first shows one of three straight, falling lines: language-model test loss as a power law in model size, dataset size or compute, solid over the measured range and dashed where extrapolated, with a movable crosshair and reference markers for the ends of the studied range and for GPT-3. ' +
    'At one billion non-embedding parameters the model-size law gives a loss of 2.38 nats per token. ' +
    'The second plot fills in as seven small networks of widths 2 to 128 finish training: their test error falls with parameter count, and a fitted straight line reports its exponent.',
  how:
    'The left panel evaluates Kaplan et al.’s Eqs. 1.1–1.3 exactly: L(N) = (8.8 × 10¹³/N)^0.076, L(D) = (5.4 × 10¹³/D)^0.095 and L(C_min) = (3.1 × 10⁸/C_min)^0.050, in nats per token; the solid ranges are 768 to 1.5 × 10⁹ parameters, 2.2 × 10⁷ to 2.3 × 10¹⁰ tokens and the 10⁻⁹ to 10¹ PF-days of the paper’s Figure 1. ' +
    'Model sizes count non-embedding parameters, N ≈ 12 · layers · width² (GPT-3: 96 layers of width 12288, about 1.7 × 10¹¹). ' +
    'The right panel trains, in a Web Worker with TensorFlow.js, one-hidden-layer tanh networks of widths 2, 4, 8, 16, 32, 64 and 128 (7 to 385 parameters) to fit y = sin 2πx + ½ sin(5πx + 1) from 256 random points on [−1, 1]: 600 full-batch Adam steps at learning rate 0.01, first-layer weights and biases drawn from [−8, 8] (the narrower networks’ units are the first units of the wider ones), output weights by Glorot’s rule, all from one seed. ' +
    'The seven networks train at the same time, packed side by side into one network whose output weights are masked so that each output reads only its own units; since the loss is the sum of their errors and Adam updates each weight on its own, this is the same as training them one after another, only faster. ' +
    'Each dot is the mean squared error on 512 held-out points; the line is a least-squares fit of log loss against log parameters, and α is minus its slope. The picture shown before the figure runs was trained the same way at build time (default settings).',
  width: 'outset',
};

export default meta;
