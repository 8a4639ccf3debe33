import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-many-discontinuities',
  section: 'many-discontinuities',
  title: 'A target whose jumps never stop',
  caption:
    'A target that jumps ever more often as x approaches zero. Wider networks follow more of the jumps, but far fewer than their width would suggest.',
  description:
    "A square wave whose steps get narrower toward the left edge, with a network's fit that smooths out the narrow steps.",
  how: 'To be written with the live figure.',
  width: 'outset',
};

export default meta;
