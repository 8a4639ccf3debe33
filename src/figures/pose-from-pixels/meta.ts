import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-pose-from-pixels',
  section: 'learning-from-pixels',
  title: 'Learning an angle from pixels',
  caption:
    'A network reads 16 by 16 pictures of a turning square and predicts its angle. With the raw angle as target, the error piles up at the seam where the true answer jumps.',
  description:
    'Predicted angle against true angle for a sweep of images, with an error curve below.',
  how: 'To be written with the live figure.',
  width: 'outset',
};

export default meta;
