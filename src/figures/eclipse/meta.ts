import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-eclipse',
  section: 'occlusion',
  title: 'An eclipse, in area and in pixels',
  caption:
    'The moon slides across the sun. Move the time slider, or press Play: the visible area of the sun (blue) falls and recovers smoothly, while the number of pixel centres that still see the sun (orange, as a fraction of the sun’s pixels) moves in whole steps. The second plot magnifies a short stretch around the current time: up close the area curve is almost a straight line, while the staircase still climbs in whole-pixel steps. The area-averaged tile adds up to exactly the smooth curve.',
  description:
    'Four square tiles and two plots. The tiles show the sun partly hidden by the moon, the same scene on a square pixel grid where each pixel is either fully lit or dark according to its centre, the same grid where each pixel is shaded by how much of it shows the sun, and a daylight colour that dims with the visible area. The plots show, against time, the visible fraction of the sun as a smooth V-shaped curve and the fraction of lit pixels as a staircase that follows it in small jumps; the second plot zooms into a short stretch of time around the current moment.',
  how:
    'The visible area is the sun’s area minus the lens-shaped overlap of two disks, from the closed-form circle–circle intersection formula, so the smooth curve is exact rather than sampled. The sun has radius 1; the moon, sized by the slider in sun radii, moves on a straight line 0.04 sun radii above the sun’s centre, from just before first contact (t = 0) to just after last contact (t = 1). The N × N grid covers the sun’s bounding square. **Point-sampled:** a pixel is lit when its centre lies inside the sun and outside the moon. The moments when the moon’s edge passes a pixel centre are roots of a quadratic, so the staircase is drawn with its steps exactly where they happen, not where a sampler happened to look. **Area-averaged:** each pixel holds the exact fraction of its square covered by the sun minus the moon, integrated along the region’s boundary (straight pixel edges and circular arcs) with Green’s theorem, without sampling. The daylight colour mixes a night blue and a day blue in proportion to the visible area. Unit tests check the formula against a 2000 × 2000 supersampled estimate (to 1e-3) and against the summed pixel coverage (to 1e-12), that the area changes at most in proportion to the time step, and that the pixel count still jumps by a whole pixel across a step of 1e-9.',
  width: 'outset',
};

export default meta;
