// The worst-case error of a continuous fit f to a function with a jump at c from `left` to
// `right`: the larger of the sup on a grid and max(|f(c) - left|, |f(c) - right|), the error
// f must make just left or right of c (f is continuous at c, the target is not).
import { supError } from './sup-error';

export function stepSupError(
  fit: ArrayLike<number>,
  target: ArrayLike<number>,
  fitAtJump: number,
  left: number,
  right: number,
): number {
  return Math.max(supError(fit, target), Math.abs(fitAtJump - left), Math.abs(fitAtJump - right));
}
