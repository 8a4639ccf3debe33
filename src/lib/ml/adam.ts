// Adam (Kingma & Ba 2015, Algorithm 1) over one flat parameter vector, in plain TypeScript.
// A step of tf.train.adam costs about fourteen tensor operations per variable, each paying
// TensorFlow.js's fixed per-operation overhead; the update itself is a few flops per number,
// so one loop over a Float32Array is several times faster for our models (a few thousand to
// a few tens of thousands of parameters).
//
// The arithmetic is TensorFlow.js's, operation for operation, in float32 (Math.fround after
// each operation, as its float32 kernels round): for the same gradient the update equals
// tf.train.adam's bit for bit (tests/unit/ml-training.test.ts checks it on the cpu backend).
// Per parameter, with g the gradient and t the step:
//   m <- beta1 m + (1 - beta1) g            v <- beta2 v + (1 - beta2) g^2
//   theta <- theta - lr (m / (1 - beta1^t)) / (sqrt(v / (1 - beta2^t)) + epsilon)
// where beta^t is accumulated by repeated float32 multiplication, as TensorFlow.js does.

export interface AdamOptions {
  learningRate: number;
  beta1?: number;
  beta2?: number;
  /** TensorFlow.js's default on its float32 backends (wasm, cpu) is 1e-7. */
  epsilon?: number;
}

export interface Adam {
  /** Steps taken so far. */
  readonly iterations: number;
  /**
   * One Adam update of `parameters` in place, from `gradient` (the same length, the gradient
   * of the loss at `parameters`). Throws when the lengths differ from the optimiser's size.
   */
  update(parameters: Float32Array, gradient: Float32Array): void;
}

/** An Adam optimiser for a parameter vector of `size` numbers (moments start at zero). */
export function createAdam(size: number, { learningRate, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-7 }: AdamOptions): Adam {
  const f = Math.fround;
  const m = new Float32Array(size);
  const v = new Float32Array(size);
  const b1 = f(beta1);
  const b2 = f(beta2);
  const oneMinusB1 = f(1 - beta1);
  const oneMinusB2 = f(1 - beta2);
  const eps = f(epsilon);
  const negLr = f(-learningRate);
  let accB1 = b1;
  let accB2 = b2;
  let iterations = 0;
  return {
    get iterations() {
      return iterations;
    },
    update(theta, g) {
      if (theta.length !== size || g.length !== size) throw new Error(`Adam: expected ${size} parameters and gradients, got ${theta.length} and ${g.length}.`);
      const c1 = f(1 - accB1);
      const c2 = f(1 - accB2);
      for (let i = 0; i < size; i++) {
        const gi = g[i];
        const mi = f(f(m[i] * b1) + f(gi * oneMinusB1));
        const vi = f(f(v[i] * b2) + f(f(gi * gi) * oneMinusB2));
        m[i] = mi;
        v[i] = vi;
        const step = f(f(f(mi / c1) / f(f(Math.sqrt(f(vi / c2))) + eps)) * negLr);
        theta[i] = f(step + theta[i]);
      }
      accB1 = f(accB1 * b1);
      accB2 = f(accB2 * b2);
      iterations++;
    },
  };
}
