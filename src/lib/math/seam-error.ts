// Where the error of a learned angle lives: the mean circular error over true angles within
// `seamWidth` degrees of the seam (0 = 90 for a square), and the mean over all other angles.
//   seamError = mean{ e(a) : dist(a, seam) < w },  bulkError = mean{ e(a) : dist(a, seam) >= w }
// with e(a) = circularError(predicted(a), a) and dist(a, seam) = min(a mod p, p - a mod p).
import { SQUARE_PERIOD, wrapAngle } from './angle-encoding';
import { circularError } from './circular-error';

export interface SeamBulkError {
  seamError: number;
  bulkError: number;
  /** Per-angle circular errors, in the order of the inputs. */
  errors: number[];
}

/** Distance in degrees from `deg` to the seam at 0 = period. */
export function distanceToSeam(deg: number, period = SQUARE_PERIOD): number {
  const a = wrapAngle(deg, period);
  return Math.min(a, period - a);
}

export function seamBulkError(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
  seamWidth = 5,
  period = SQUARE_PERIOD,
): SeamBulkError {
  if (truth.length !== predicted.length) throw new Error('seamBulkError: truth and predicted differ in length');
  let seamSum = 0;
  let seamCount = 0;
  let bulkSum = 0;
  let bulkCount = 0;
  const errors: number[] = [];
  for (let i = 0; i < truth.length; i++) {
    const e = circularError(predicted[i], truth[i], period);
    errors.push(e);
    if (distanceToSeam(truth[i], period) < seamWidth) {
      seamSum += e;
      seamCount++;
    } else {
      bulkSum += e;
      bulkCount++;
    }
  }
  return {
    seamError: seamCount ? seamSum / seamCount : Number.NaN,
    bulkError: bulkCount ? bulkSum / bulkCount : Number.NaN,
    errors,
  };
}
