// Where the camera's image plane lands in a square SVG picture: src/lib/geometry projects
// points to normalised device coordinates [-1, 1]² with y up; a picture of side `size`
// (SVG units) has its origin at the top left and y down. Two d3 linear scales, shared by
// the cube figures' exact (vector) pictures.
import { scaleLinear } from 'd3';

/** NDC point [x, y] (y up, each in [-1, 1]) -> [x, y] in a `size` x `size` picture (y down). */
export function imagePlaneToView(size: number): (p: readonly [number, number]) => [number, number] {
  const x = scaleLinear([-1, 1], [0, size]);
  const y = scaleLinear([1, -1], [0, size]);
  return (p) => [x(p[0]), y(p[1])];
}
