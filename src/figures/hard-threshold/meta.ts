import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-hard-threshold',
  section: 'discontinuous-approximators',
  title: 'A hard threshold gives gradient descent nothing to follow',
  caption:
    'One unit, a sigmoid of (w x + b)/T, learns a unit step from 32 points by plain gradient descent; the slider sets the temperature T. Left: the data, the target (dashed), the trained unit (blue) and the step found by a search that uses no gradient (green). Right: loss and gradient size against steps, for your T (blue) and for four fixed temperatures (grey). While the soft edge of the sigmoid still reaches the nearest data points, the gradient points the way; at **T = 0.001** it is about 10⁻¹² and the loss does not move, although a step unit could fit the data exactly. The search reaches zero loss in a few dozen tries.',
  description:
    'Left panel: 32 data points on [-1, 1], zero left of x = 0.3 and one right of it, with the target step, the unit trained by gradient descent at the chosen temperature, and the step found by a gradient-free search, which lands on the target. Right panels: loss and gradient size against training step on logarithmic axes. At temperature 1 the loss falls steadily; at 0.1 and 0.01 it falls fast; at 0.001 the loss stays flat at its starting value and the gradient stays near 10 to the minus 12. The search curve drops to zero loss within a few dozen proposals.',
  how:
    'The model is one unit y = s((w x + b)/T), s the logistic function, with two parameters w and b; its loss is the mean squared error on 32 evenly spaced points of [-1, 1] labelled by the unit step at x = 0.3. Training is plain full-batch gradient descent (learning rate 1, up to 1000 steps, stopping early at loss 0.001), computed in double precision in a Web Worker; the gradient is exact, not estimated. Each seed starts the unit with its threshold -b/w midway between two data points on the left of the target (so several points are misclassified) and w = ±1. At temperature T the gradient from a data point at distance d from the threshold is about e^(-d/T)/T; the nearest points are 1/32 away, so at T = 0.001 it is of order e^-31, about 10⁻¹², and a step moves the parameters by that much: no progress, though not an exact zero. At T = 0 (the hard step) it is exactly zero wherever it exists. An optimiser that rescales the gradient (Adam, sign descent) could still amplify such a tiny but nonzero signal; plain gradient descent cannot. Surrogate gradients such as the straight-through estimator get around this for hard-threshold networks. The search is a (1+1) evolution strategy on the hard unit H(±(x - threshold)): each proposal moves the threshold by a random normal step (size adapted by the 1/5 success rule) or, one time in five, draws a fresh random threshold and orientation, and is kept when the loss (the fraction misclassified) does not get worse. Same seed, same runs.',
  width: 'outset',
};

export default meta;
