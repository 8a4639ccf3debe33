import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-rigid-transforms',
  section: 'other-transformations',
  title: 'Translation, scaling and reflection on a pixel grid',
  caption:
    'A flat shape moved, scaled or mirrored on a pixel grid; the picture jumps whenever an edge crosses a pixel centre.',
  description:
    "A shape on a pixel grid and a plot of image change against the transform's parameter.",
  how: 'To be written with the live figure.',
  width: 'outset',
};

export default meta;
