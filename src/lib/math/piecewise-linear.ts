// The piecewise-linear interpolant through samples y_i at evenly spaced x_i on [a, b]:
// between neighbours, g(x) = y_i + (y_{i+1} - y_i)(x - x_i)/(x_{i+1} - x_i). Continuous.

export function piecewiseLinear(samples: ArrayLike<number>, a: number, b: number): (x: number) => number {
  const n = samples.length;
  return (x: number) => {
    const t = ((Math.min(b, Math.max(a, x)) - a) / (b - a)) * (n - 1);
    const i = Math.min(n - 2, Math.floor(t));
    const f = t - i;
    return samples[i] * (1 - f) + samples[i + 1] * f;
  };
}
