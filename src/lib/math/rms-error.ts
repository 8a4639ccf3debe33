// The root-mean-square error of a fit on sample points: sqrt((1/n) sum_i (f(x_i) - g(x_i))^2).
// On an even grid it approximates the L2 error over the interval divided by sqrt(its length).

export function rmsError(fit: ArrayLike<number>, target: ArrayLike<number>): number {
  if (fit.length !== target.length) throw new Error('rmsError: fit and target differ in length.');
  let sum = 0;
  for (let i = 0; i < fit.length; i++) sum += (fit[i] - target[i]) ** 2;
  return Math.sqrt(sum / fit.length);
}
