// Root-mean-square error of a fit sampled on an even grid, restricted to a window [from, to]:
//   sqrt( mean over grid points x_i in the window of (f(x_i) - g(x_i))^2 ),
// a Riemann estimate of sqrt( (1/(to - from)) * integral over the window of (f - g)^2 ).

export function windowedRmsError(
  xs: ArrayLike<number>,
  fit: ArrayLike<number>,
  target: ArrayLike<number>,
  from = -Infinity,
  to = Infinity,
): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] < from || xs[i] > to) continue;
    const e = fit[i] - target[i];
    sum += e * e;
    n++;
  }
  if (n === 0) throw new RangeError(`No grid point lies in [${from}, ${to}].`);
  return Math.sqrt(sum / n);
}
