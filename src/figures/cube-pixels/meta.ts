import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-cube-pixels',
  section: 'rotating-cube',
  title: 'A rotating cube on a pixel grid',
  caption:
    'Left, the cube; right, the same view on an N by N grid; below, that picture unrolled into one vector of N² numbers. Drag the cube (or use the arrow keys) and the grid snaps from pattern to pattern while the cube turns smoothly. The spiky plot is the largest change of any pixel when φ grows by a step δ, over a quarter turn (the plain cube repeats every 90°). Shrink δ: with point-sampled pixels the spikes get rarer but stay full height. The log-log plot gives the worst such change for each step size, w(δ): flat for point-sampled pixels, a line of slope one for exactly area-averaged pixels (continuous, but steeper as N grows), and flat again at one grey level once those values are stored in 8 bits.',
  description:
    'A grey shaded cube on black, beside its picture on a coarse grid of square pixels, and a one-row strip of the same pixel values. A plot against the angle φ shows isolated vertical spikes where the picture changes for a small turn. A log-log plot of the worst change against step size shows three curves: a flat line near 0.85 for point-sampled pixels, a straight line falling with slope one for area-averaged pixels, and a flat line at 1/255 for 8-bit pixels at small steps.',
  how:
    'Every pixel value comes from an exact rasteriser written for this essay, not from the graphics card. The cube (side 1) is seen through a pinhole camera 4.5 units away with a 28° field of view; the faces that face the camera are projected to polygons and shaded by a fixed light (grey level 0.22 + 0.72 × the cosine to the light; background 0). A **point-sampled** pixel takes the grey at its centre; an **area-averaged** pixel holds the exact covered fraction of its square times the grey, found by clipping each face polygon to the pixel (Sutherland–Hodgman); **8-bit** rounds that to one of 256 levels. The change ‖I(φ+δ) − I(φ)‖ is the largest change of any one pixel (the sup norm). The spike plot samples φ every 0.25° over 90°. w(δ) is the largest change over pairs of φ at most δ apart at the current θ and roll: a 45-point grid refined by golden-section search, plus, for point-sampled and 8-bit pixels, the places where a pixel’s value switches (an edge crossing a pixel centre, or a grey value crossing a rounding threshold), located by bisection to 10⁻¹⁰ degrees and measured straddling each. The WebGL view uses the same camera matrices; after you stop, it also renders the grid without anti-aliasing and reports how many pixels agree with the exact point-sampled picture.',
  width: 'outset',
};

export default meta;
