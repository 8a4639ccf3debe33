import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-rigid-transforms',
  section: 'other-transformations',
  title: 'Translation, scaling and reflection on a pixel grid',
  caption:
    'A letter F slides, grows, or is mirrored in a turning mirror, as the slider t moves. The first tile shows the shape itself, the second the same scene on a pixel grid. The first plot shows, along the whole motion, the largest change of any one pixel over a step of 0.002 in t; the second shows the worst such change w(δ) over any step of size δ, on log-log axes, for the three kinds of pixel. **Point-sampled:** pixels flip whole whenever an edge crosses a pixel centre, so w stays at 1 however small the step. **Area-averaged:** w falls in proportion to δ, the mark of a continuous picture. **At 8 bits** it falls until it meets one grey level, 1/255, and stays there.',
  description:
    'Two square tiles and two plots. The first tile shows a letter F moving on a light background (for the reflection, the original F, a dashed mirror line and the mirror image); the second shows the same scene on a grid of square pixels. The first plot shows how much the pixel picture changes per small step along the motion: for point-sampled pixels, a row of full-height spikes separated by flat zero; for area-averaged pixels, a low, continuously varying line. The second plot, with logarithmic axes, shows the largest change for step sizes from one hundred-thousandth to one tenth: flat at 1 for point-sampled pixels, a straight falling line for area-averaged pixels, and a line that levels off at one 8-bit grey level for quantised pixels.',
  how:
    'The scene is the window [−1, 1]², with a 10-vertex letter F. Translation moves it along a slanted line, from (−0.5, −0.15) to (0.5, 0.15); scaling multiplies its size from 0.4 to 2 about a point just off its centre; reflection keeps a small F on the left and shows its mirror image in a line through a pivot that turns from 25° one side of vertical to 25° the other. The pixel pictures come from the same exact rasteriser as the cube figure: point-sampled pixels test the centre against the polygon; area-averaged pixels hold the exact covered fraction, computed by clipping the polygon to every pixel; 8-bit pixels round that to the nearest of 256 levels. Changes are measured in the sup norm, the largest change of any one pixel. The jump plot samples 500 values of t with δ equal to their spacing, so every change along the motion lands in exactly one sample. w(δ) is found by a grid search with golden-section refinement, plus, for point-sampled and 8-bit pixels, the moments where a pixel changes value, located by bisection to 1e-10 and measured across. The default plots are computed at build time; other settings are computed in the browser in slices of a few milliseconds.',
  width: 'outset',
};

export default meta;
