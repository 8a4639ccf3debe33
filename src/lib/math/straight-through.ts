// The straight-through estimator (Bengio, Léonard & Courville 2013) for one hard threshold unit
// H(w x + b): the forward pass uses the step itself, so the loss is the hard unit's mean squared
// error L = (1/n) sum (H(z_i) - y_i)^2; the backward pass pretends the step's derivative is 1,
// giving the surrogate gradient
//   g_w = (2/n) sum (H(z_i) - y_i) x_i,  g_b = (2/n) sum (H(z_i) - y_i),
// which is not the gradient of L (that is 0 almost everywhere) but points the right way.
import type { UnitEvaluation, UnitParams } from './threshold-unit';

export function straightThroughEvaluation({ w, b }: UnitParams, xs: ArrayLike<number>, ys: ArrayLike<number>): UnitEvaluation {
  const n = xs.length;
  let loss = 0;
  let gradW = 0;
  let gradB = 0;
  for (let i = 0; i < n; i++) {
    const e = (w * xs[i] + b >= 0 ? 1 : 0) - ys[i];
    loss += e * e;
    gradW += 2 * e * xs[i];
    gradB += 2 * e;
  }
  gradW /= n;
  gradB /= n;
  return { loss: loss / n, gradW, gradB, gradNorm: Math.hypot(gradW, gradB) };
}
