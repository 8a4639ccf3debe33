// How a network's output stands for an angle of a square, whose picture repeats every 90
// degrees. 'angle': one number, the angle mod 90 scaled to [0, 1) (it jumps from 1 back to 0
// at the seam). 'circle': (cos 4a, sin 4a), a point on the unit circle that goes once round
// per 90 degrees and has no seam; decoded with atan2 (Zhou et al. 2019, on continuous
// rotation representations).

export type AngleEncoding = 'angle' | 'circle';

export const ANGLE_ENCODINGS: readonly AngleEncoding[] = ['angle', 'circle'];

/** The symmetry period of a square under rotation about the view axis, degrees. */
export const SQUARE_PERIOD = 90;

/** Number of output units an encoding needs. */
export function encodingSize(encoding: AngleEncoding): number {
  return encoding === 'angle' ? 1 : 2;
}

/** The angle mod `period`, in [0, period). */
export function wrapAngle(deg: number, period = SQUARE_PERIOD): number {
  const r = deg % period;
  return r < 0 ? r + period : r;
}

/** The target a network is trained to output for angle `deg` (degrees). */
export function encodeAngle(deg: number, encoding: AngleEncoding, period = SQUARE_PERIOD): number[] {
  const a = wrapAngle(deg, period);
  if (encoding === 'angle') return [a / period];
  const phase = (2 * Math.PI * a) / period;
  return [Math.cos(phase), Math.sin(phase)];
}

/** The angle in [0, period) that an output stands for. */
export function decodeAngle(output: ArrayLike<number>, encoding: AngleEncoding, period = SQUARE_PERIOD): number {
  if (encoding === 'angle') return wrapAngle(output[0] * period, period);
  const phase = Math.atan2(output[1], output[0]);
  return wrapAngle((phase * period) / (2 * Math.PI), period);
}
