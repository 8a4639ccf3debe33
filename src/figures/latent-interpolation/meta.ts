import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-latent-interpolation',
  section: 'interpolation',
  title: 'Moving, cross-fading, or interpolating a latent code',
  caption:
    'Three ways from one picture of a square to another: the **true motion**, a **cross-fade** of the two pictures, and the path of a small **autoencoder** trained in your browser on the square at 64 positions, decoded from points on the straight line between the codes of the two end pictures. *Fade-likeness* near 1 means its frames sit close to the cross-fade, *motion-likeness* near 1 close to the true motion. Try latent sizes 1 and 8, and endpoints near and far apart. This is a small analogue of a GAN walking through its latent space, not a GAN: one object, one direction of motion, a few thousand weights. It can show that a network trained only to rebuild pictures need not learn to move the object between them; it cannot show what a large generator trained on real scenes does.',
  description:
    'Three rows of nine small 16 by 16 pictures from the chosen start position to the chosen end position. Top row: a square moving from left to right. Middle row: the first picture fading out while the last fades in. Bottom row: what the trained autoencoder decodes along the way; depending on latent size and endpoints it may move the square, fade between the two ends, or jump.',
  how:
    'Pictures: a square of side 4 pixels centred at x pixels from the left and halfway down a 16 by 16 grid, each pixel the exact covered fraction (polygon clipping). Training set: 64 positions evenly from x = 2 to 14. Autoencoder: encoder 256 → 64 ReLU → latent (1 to 8, linear), decoder latent → 64 ReLU → 256 (linear), seeded initial weights, 800 full-batch Adam steps at learning rate 0.003 on the mean squared reconstruction error, in a Web Worker (TensorFlow.js, WebAssembly backend); the worker streams the weights and the page encodes and decodes the endpoints itself. Rows at t = k/8, k = 0..8: true motion = the square at (1 − t)·from + t·to; cross-fade = (1 − t)·A + t·B for the end pictures A, B; latent = D((1 − t)·E(A) + t·E(B)). For each of the 7 in-between latent frames, *d_fade* is its root-mean-square pixel distance to the nearest cross-fade (exact, by projecting onto the segment AB) and *d_motion* to the nearest of 81 true frames from A to B; averaging over frames, fade-likeness = d_motion / (d_fade + d_motion) and motion-likeness = 1 − fade-likeness. The exact cross-fade scores fade-likeness 1, the exact motion motion-likeness 1; a path far from both scores about ½ each, and the two mean distances say how far. The GAN comparison follows the interpolation films of Radford et al. (2015) and Karras et al. (2019).',
  width: 'outset',
};

export default meta;
