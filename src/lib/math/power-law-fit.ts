// Ordinary least squares on log L = a + b log x (natural logs), the straight line a power
// law draws on log-log axes. Returned in Kaplan's form L = (x_c / x)^alpha with alpha = -b
// and x_c = exp(a / alpha), and as L = A x^b with A = e^a; R^2 is measured in log space.

export interface PowerLawFit {
  /** Exponent in L = (x_c/x)^alpha; positive when the loss falls with x. */
  alpha: number;
  /** Scale x_c in L = (x_c/x)^alpha (NaN when alpha is 0). */
  xc: number;
  /** Slope b of log L against log x (b = -alpha). */
  slope: number;
  /** Intercept a of log L against log x. */
  intercept: number;
  /** Prefactor A = e^a in L = A x^b. */
  prefactor: number;
  /** Coefficient of determination of the log-log line. */
  r2: number;
  /** Number of points used. */
  n: number;
}

/** Fits a power law to points with x > 0 and y > 0 (others are skipped); needs two distinct x. */
export function fitPowerLaw(xs: readonly number[], ys: readonly number[]): PowerLawFit | null {
  const lx: number[] = [];
  const ly: number[] = [];
  const m = Math.min(xs.length, ys.length);
  for (let i = 0; i < m; i++) {
    if (xs[i] > 0 && ys[i] > 0 && Number.isFinite(xs[i]) && Number.isFinite(ys[i])) {
      lx.push(Math.log(xs[i]));
      ly.push(Math.log(ys[i]));
    }
  }
  const n = lx.length;
  if (n < 2) return null;
  const mx = lx.reduce((s, v) => s + v, 0) / n;
  const my = ly.reduce((s, v) => s + v, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = lx[i] - mx;
    const dy = ly[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let sse = 0;
  for (let i = 0; i < n; i++) {
    const r = ly[i] - (intercept + slope * lx[i]);
    sse += r * r;
  }
  const r2 = syy === 0 ? 1 : 1 - sse / syy;
  const alpha = -slope;
  const xc = alpha === 0 ? Number.NaN : Math.exp(intercept / alpha);
  return { alpha, xc, slope, intercept, prefactor: Math.exp(intercept), r2, n };
}
