// The error between two angles measured on the circle of period p (90 degrees for a square):
// min(|a - b| mod p, p - |a - b| mod p). Predicting 89.5 for a true 0.5 is an error of 1
// degree, not 89: the two pictures are almost the same.
import { SQUARE_PERIOD } from './angle-encoding';

export function circularError(predicted: number, truth: number, period = SQUARE_PERIOD): number {
  const d = Math.abs(predicted - truth) % period;
  return Math.min(d, period - d);
}
