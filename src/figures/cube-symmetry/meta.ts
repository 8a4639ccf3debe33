import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-cube-symmetry',
  section: 'rotating-cube',
  title: 'The 24 rotations that look the same',
  caption:
    'The 24 rotations of the cube that leave its picture unchanged; paint the faces and only one remains.',
  description:
    'Twenty-four small pictures of the same cube, identical, each produced by a different rotation.',
  how: 'To be written with the live figure.',
  width: 'outset',
};

export default meta;
