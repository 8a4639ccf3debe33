import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-pose-from-pixels',
  section: 'learning-from-pixels',
  title: 'Learning an angle from pixels',
  caption:
    'A small network reads 16 by 16 pictures of a turning square and predicts its angle; dots are its predictions over a sweep of 360 angles, the shaded bands the 5 degrees either side of the seam, where the true answer jumps from 90 back to 0. With the **raw angle** as target, the network has to cross from 90 to 0 somewhere, and being continuous it does so over a stretch of pictures: the error piles up at the seam. Switch the target to **(cos 4a, sin 4a)**, which has no seam, and the pile-up goes away. The network is the same in both cases; only the way the answer is written down changes.',
  description:
    'Top: six 16 by 16 pictures of a square at 0, 20, 40, 60, 80 and 89 degrees. Left plot: the predicted angle against the true angle from 0 to 90 degrees, beside the dashed diagonal of correct answers, with shaded bands near 0 and 90 degrees. Right plot: the error of each prediction against the true angle. With the raw-angle target the predictions follow the diagonal except near the seam, where they swing across and the error rises to tens of degrees; with the circle target they follow it everywhere.',
  how:
    'Pictures: a square of half-side 0.625 in a window of side 2, turned about its centre, drawn on a 16 by 16 grid where each pixel holds the exact fraction it covers (polygon clipping, no sampling). Training set: 90 angles, (i + ½) degrees; test sweep: 360 angles, a quarter degree apart. Network: 256 inputs, two hidden layers of 32 ReLU units, 1 output (raw angle divided by 90) or 2 outputs (cos 4a, sin 4a, decoded with atan2), seeded initial weights. Training: 200 full-batch Adam steps, learning rate 0.01, mean squared error on the encoded target, in a Web Worker (TensorFlow.js, WebAssembly backend). Errors are measured on the circle mod 90 degrees (predicting 89.5 for 0.5 is an error of 1 degree); *seam error* is the mean over true angles within 5 degrees of 0 or 90, *bulk error* the mean over the rest. The picture shown before the figure runs was trained the same way at build time. The continuous encoding follows Zhou et al. (2019), *On the continuity of rotation representations in neural networks*.',
  width: 'outset',
};

export default meta;
