import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-step-approximation',
  section: 'in-practice',
  title: 'Approximating a step',
  caption:
    'A network fits a unit step and a picture made of a few rectangles. The worst-case error stays at half the jump; the average error and the width of the transition shrink.',
  description:
    'A step function with a steep but continuous fit, and a heatmap of a fitted picture of rectangles.',
  how: 'To be written with the live figure.',
  width: 'outset',
};

export default meta;
