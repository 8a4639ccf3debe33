// The gradient of a matrix product, with every product untransposed. TensorFlow.js's own
// gradient of y = a b is dy b^T and a^T dy, written as products with a transposed operand;
// its wasm backend runs only untransposed products in XNNPACK and the others in a plain
// triple loop (tfjs-backend-wasm, batch_mat_mul_impl.cc), about ten times slower: for the
// autoencoder and the scaling-law sweep, half of every training step. Here the transposes are made
// first (a cheap copy) and each product runs in XNNPACK. Same products, so the same gradient
// to rounding (tests/unit/ml-training.test.ts). Models trained with src/lib/ml/trainer.ts do
// not use the tape at all; this speeds up those that minimise through it (tf.train.adam).
import * as tf from '@tensorflow/tfjs-core';

/** x with its last two axes swapped. */
function swapLast(x: tf.Tensor): tf.Tensor {
  const perm = x.shape.map((_, i) => i);
  const r = perm.length;
  [perm[r - 2], perm[r - 1]] = [perm[r - 1], perm[r - 2]];
  return tf.transpose(x, perm);
}

/**
 * Registers the untransposed gradient of BatchMatMul for every backend (TensorFlow.js keeps
 * one gradient registry). Idempotent. The training worker calls it when it runs on wasm.
 */
export function useUntransposedMatMulGradient(): void {
  tf.registerGradient({
    kernelName: tf.BatchMatMul,
    inputsToSave: ['a', 'b'],
    gradFunc: (dy, saved, attrs) => {
      const [a, b] = saved;
      const dy0 = dy as tf.Tensor;
      const { transposeA, transposeB } = attrs as unknown as tf.BatchMatMulAttrs;
      if (!transposeA && !transposeB) {
        // y = a b
        return { a: () => tf.matMul(dy0, swapLast(b)), b: () => tf.matMul(swapLast(a), dy0) };
      }
      if (!transposeA && transposeB) {
        // y = a b^T
        return { a: () => tf.matMul(dy0, b), b: () => tf.matMul(swapLast(dy0), a) };
      }
      if (transposeA && !transposeB) {
        // y = a^T b
        return { a: () => tf.matMul(b, swapLast(dy0)), b: () => tf.matMul(a, dy0) };
      }
      // y = a^T b^T
      return { a: () => tf.matMul(swapLast(b), swapLast(dy0)), b: () => tf.matMul(swapLast(dy0), swapLast(a)) };
    },
  });
}
