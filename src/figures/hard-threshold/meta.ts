import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-hard-threshold',
  section: 'discontinuous-approximators',
  title: 'A hard threshold has no gradient',
  caption:
    'A unit with a step activation represents the step exactly, but gradient descent gets no signal from it. A sigmoid with a temperature interpolates between the two; a search without gradients finds the step.',
  description:
    'Loss and gradient size against training steps for several temperatures, beside a gradient-free search reaching zero loss.',
  how: 'To be written with the live figure.',
  width: 'outset',
};

export default meta;
