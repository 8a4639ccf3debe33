import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-cube-pixels',
  section: 'rotating-cube',
  title: 'A rotating cube on a pixel grid',
  caption:
    'A cube, its picture on an N by N grid, the picture flattened into one long vector, and how much that vector changes for a tiny turn.',
  description:
    'A shaded cube, the same view as a coarse grid of pixels, a strip of pixel values, and a spiky plot of image change against angle.',
  how: 'To be written with the live figure.',
  width: 'outset',
};

export default meta;
