import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-latent-interpolation',
  section: 'interpolation',
  title: 'Moving, cross-fading, or interpolating a latent code',
  caption:
    "Three ways from one picture to another: the true motion, a cross-fade of pixels, and a small autoencoder's latent interpolation.",
  description:
    'Three rows of in-between frames of a moving object.',
  how: 'To be written with the live figure.',
  width: 'outset',
};

export default meta;
