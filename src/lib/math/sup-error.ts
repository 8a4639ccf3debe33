// The worst-case (sup-norm) error of a fit on sample points: max_i |f(x_i) - g(x_i)|.
// Measured on a dense grid it is a lower bound on the true sup over the interval.

export function supError(fit: ArrayLike<number>, target: ArrayLike<number>): number {
  if (fit.length !== target.length) throw new Error('supError: fit and target differ in length.');
  let worst = 0;
  for (let i = 0; i < fit.length; i++) worst = Math.max(worst, Math.abs(fit[i] - target[i]));
  return worst;
}
