import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-cube-symmetry',
  section: 'rotating-cube',
  title: 'The 24 rotations that look the same',
  caption:
    'The first picture is the cube at the orientation set by φ and θ. The other 23 show it after one of its symmetry rotations as well (the label names the rotation): different orientations, as the marked corner shows, yet pixel for pixel the same picture. So the picture cannot tell which of 24 orientations produced it. Paint each face its own colour and only the first remains identical. In a face-on view (θ = 0) painting leaves 4, because quarter turns about the viewing axis hide nothing.',
  description:
    'Twenty-four small pictures of the same grey cube, identical pixel for pixel, each labelled with a rotation such as “120° about a body diagonal” and with a dot marking where one corner of the cube ended up. With the faces painted in six colours, the pictures differ and only the first matches.',
  how:
    'The cube’s rotation group is built by multiplying a quarter turn about one axis and a quarter turn about another until no new rotation appears: 24 of them (the identity, 9 turns about face axes, 8 about body diagonals, 6 about edge axes). For each rotation g the figure draws the cube at orientation R·g (R from φ and θ) on a 32 × 32 grid with exact area-averaged pixels, and counts a picture as identical when no pixel differs from the first by more than 10⁻⁹. The grey of a face depends only on its direction in space, so a plain cube looks the same after any of its rotations; painted faces carry their colour with them.',
  width: 'outset',
};

export default meta;
