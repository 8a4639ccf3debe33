import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-many-discontinuities',
  section: 'many-discontinuities',
  title: 'A target whose jumps never stop',
  caption:
    'The target is the parity of ⌊1/x⌋: 1 on (1/2, 1], 0 on (1/3, 1/2], 1 on (1/4, 1/3], and so on, jumping at every 1/k, infinitely often near x = 0 (hatched where the pieces get thinner than the drawing). Networks with one hidden layer of 4 to 128 ReLU units all train on the same 256 points; the slider picks which fit to draw. A red tick marks a jump the fit follows. Below, jumps followed against width: sixteen times the width buys at most a jump or two, far below the one jump per unit a zigzag of that width could draw, and on (0, 0.1] the error stays near 0.5, what the constant 1/2 would score.',
  description:
    'Top: a square wave on (0, 1] whose pieces shrink toward the left edge, drawn as a thin grey line that turns into a solid hatched block near zero, with the blue fit of the chosen network. The fit follows the one to three widest pieces near x = 1, then wanders around one half toward the left, missing the narrower pieces. Bottom: the number of jumps followed against the hidden width on a log scale, a nearly flat line between 0 and about 3, beside a dashed line rising one jump per unit.',
  how:
    'Six networks, one hidden layer of 4, 8, 16, 32, 64 or 128 ReLU units and a linear output, fit the target on 256 evenly spaced points of (0, 1] (input rescaled to [-1, 1]) by full-batch Adam (learning rate 0.02) on the mean squared error, each initialised from the seed. They train side by side in one TensorFlow.js program in a Web Worker (no parameter is shared, so each follows the path it would follow alone) until every loss improves by less than 1% over 200 steps, or for 1000 steps (training twice as long, 2000 steps at learning rate 0.01, added at most one jump per width in our runs with seeds 1 to 3). A jump at x = 1/k counts as followed when, at the middle of both pieces beside it, the fit is within 0.3 of the target (on the correct side of 1/2 with a margin), so it must cross 1/2 between them; the first 39 jumps are counted. The RMS errors are measured on 1000 even points of (0, 1] and of (0, 0.1]. A width-w layer can make w kinks, enough for a zigzag through the middles of w + 1 pieces, that is w jumps; the dashed line shows that count. Piece k has length 1/(k(k+1)), so each narrow piece adds almost nothing to the average error the training reduces: the networks spend their units on the wide pieces.',
  width: 'outset',
};

export default meta;
