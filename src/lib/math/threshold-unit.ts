// One threshold unit on the line, y(x) = s((w x + b) / T), s(z) = 1 / (1 + e^-z) the logistic
// function; as the temperature T -> 0 it becomes the hard step H(w x + b). Its mean squared
// error on data (x_i, y_i), L = (1/n) sum (y(x_i) - y_i)^2, and the exact gradient
//   dL/dw = (2/n) sum (y(x_i) - y_i) s'(z_i) x_i / T,  dL/db = (2/n) sum (y(x_i) - y_i) s'(z_i) / T,
// with z_i = (w x_i + b) / T and s'(z) = s(z) s(-z), computed without cancellation, in double
// precision (so a tiny gradient shows its true size e^-|z| instead of rounding to zero early).
// T = 0 is the hard step itself: output H(w x + b) (H(0) = 1) and gradient 0 (a.e. exact).

export interface UnitParams {
  w: number;
  b: number;
}

export interface UnitEvaluation {
  loss: number;
  gradW: number;
  gradB: number;
  /** sqrt(gradW^2 + gradB^2). */
  gradNorm: number;
}

/** The logistic function, stable for large |z|. */
export function logistic(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export function thresholdUnit({ w, b }: UnitParams, temperature: number, x: number): number {
  const a = w * x + b;
  if (temperature === 0) return a >= 0 ? 1 : 0;
  return logistic(a / temperature);
}

export function evaluateThresholdUnit(
  params: UnitParams,
  temperature: number,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
): UnitEvaluation {
  const n = xs.length;
  let loss = 0;
  let gradW = 0;
  let gradB = 0;
  for (let i = 0; i < n; i++) {
    const a = params.w * xs[i] + params.b;
    if (temperature === 0) {
      const e = (a >= 0 ? 1 : 0) - ys[i];
      loss += e * e;
      continue;
    }
    const z = a / temperature;
    const s = logistic(z);
    const slope = s * logistic(-z);
    const e = s - ys[i];
    loss += e * e;
    const g = (2 * e * slope) / temperature;
    gradW += g * xs[i];
    gradB += g;
  }
  gradW /= n;
  gradB /= n;
  return { loss: loss / n, gradW, gradB, gradNorm: Math.hypot(gradW, gradB) };
}
