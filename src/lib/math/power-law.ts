// A power law in the form Kaplan et al. (2020) write their fits: L(x) = (x_c / x)^alpha,
// with alpha > 0 so that the loss falls as x grows (Eqs. 1.1-1.3 of arXiv:2001.08361).

/** L(x) = (x_c / x)^alpha. Returns NaN for x <= 0. */
export function powerLaw(x: number, xc: number, alpha: number): number {
  if (!(x > 0)) return Number.NaN;
  // Computed through logs so that x_c ~ 1e14 and x ~ 1e-9 do not lose precision.
  return Math.exp(alpha * (Math.log(xc) - Math.log(x)));
}
