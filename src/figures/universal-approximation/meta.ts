import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-universal-approximation',
  section: 'universal-approximation',
  title: 'A network approximates a continuous target',
  caption:
    'A one-hidden-layer network fits a continuous target on [-1, 1]. Widen it and the worst-case error falls.',
  description:
    "A smooth target curve and a network's fit drawn over it, with the worst-case error against hidden width.",
  how: 'To be written with the live figure.',
  width: 'outset',
};

export default meta;
