// The gradient of the mean squared error
//   L(theta) = 1/(n k) sum_i ||f_theta(x_i) - y_i||^2      (n points, k outputs each)
// of a dense network (./dense-network.ts) with respect to its flat parameter vector, by
// backpropagation written out layer by layer, instead of through TensorFlow.js's tape
// (tf.variableGrads). Same derivatives, computed with a third of the kernels: the tape adds
// broadcasting reductions, casts and identities around every operation, and its matMul
// gradients use transposed operands, which the wasm backend runs outside XNNPACK (about ten
// times slower). Here every product has untransposed operands:
//   dZ_l = dA_l * s_l'(A_{l+1})             (elementwise; A_{l+1} = s_l(Z_l) is layer l's output)
//   [dW_l; db_l] = [A_l^T; 1] dZ_l          (one product gives the kernel's and the bias's gradient,
//                                            already in the layout of `parameters`)
//   dA_{l-1} = dZ_l W_l^T                   (W_l^T transposed in JavaScript, a few thousand numbers)
// and the last layer's dA = (2 / (n k)) (f(x) - y), the scale applied as the gradient is read.
import * as tf from '@tensorflow/tfjs-core';
import { forwardActivations, type DenseNetwork, type LayerActivation } from './dense-network';

/** The training data of a full-batch fit, as tensors made once per run. */
export interface MseBatch {
  readonly n: number;
  readonly x: tf.Tensor2D;
  readonly y: tf.Tensor2D;
  /** [x^T; 1], shape [inDim + 1, n]: the first layer's gradient in one product. */
  readonly xAugT: tf.Tensor2D;
  /** A row of n ones, to append to the other layers' transposed inputs. */
  readonly ones: tf.Tensor2D;
  dispose(): void;
}

/** `xs`: n rows of inDim numbers; `ys`: n rows of outDim numbers (row-major). */
export function createMseBatch(xs: Float32Array, ys: Float32Array, inDim: number, outDim: number): MseBatch {
  const n = xs.length / inDim;
  if (!Number.isInteger(n) || ys.length !== n * outDim) throw new Error(`Training data: ${xs.length} inputs and ${ys.length} targets do not make rows of ${inDim} and ${outDim}.`);
  const x = tf.tensor2d(xs, [n, inDim]);
  const y = tf.tensor2d(ys, [n, outDim]);
  const ones = tf.ones([1, n]) as tf.Tensor2D;
  const xAugT = tf.tidy(() => tf.concat([tf.transpose(x), ones], 0) as tf.Tensor2D);
  return {
    n,
    x,
    y,
    xAugT,
    ones,
    dispose() {
      for (const t of [x, y, ones, xAugT]) t.dispose();
    },
  };
}

/** dA * s'(out), written as TensorFlow.js's own gradients of relu, tanh and sigmoid. */
function throughActivation(dA: tf.Tensor2D, out: tf.Tensor2D, activation: LayerActivation): tf.Tensor2D {
  if (activation === 'linear') return dA;
  if (activation === 'relu') return tf.mul(dA, tf.step(out));
  if (activation === 'tanh') return tf.mul(tf.sub(1, tf.square(out)), dA);
  return tf.mul(dA, tf.mul(out, tf.sub(1, out)));
}

/** W^T of layer l, shape [fanOut, fanIn], transposed in JavaScript. */
function transposedKernel(net: DenseNetwork, l: number): tf.Tensor2D {
  const { fanIn, fanOut, offset } = net.layers[l];
  const p = net.parameters;
  const t = new Float32Array(fanIn * fanOut);
  for (let r = 0; r < fanIn; r++) for (let c = 0; c < fanOut; c++) t[c * fanIn + r] = p[offset + r * fanOut + c];
  return tf.tensor2d(t, [fanOut, fanIn]);
}

/** Mean of the squares of a residual read back from the backend (double-precision sum). */
function meanSquare(residual: tf.Tensor): number {
  const r = residual.dataSync();
  let s = 0;
  for (let i = 0; i < r.length; i++) s += r[i] * r[i];
  return s / r.length;
}

/**
 * Writes dL/dtheta into `gradient` (length net.parameterCount(), the layout of
 * net.parameters). Returns L at the current parameters when `withLoss`, else NaN (reading
 * the loss back costs a little; a run of steps reads it only at the end).
 */
export function mseGradient(net: DenseNetwork, batch: MseBatch, gradient: Float32Array, withLoss: boolean): number {
  const L = net.layers.length;
  const k = net.layers[L - 1].fanOut;
  const scale = 2 / (batch.n * k);
  let loss = Number.NaN;
  const grads: tf.Tensor[] = [];
  tf.tidy(() => {
    const acts = forwardActivations(net, batch.x);
    const residual = tf.sub(acts[L], batch.y) as tf.Tensor2D;
    if (withLoss) loss = meanSquare(residual);
    let dA = residual;
    for (let l = L - 1; l >= 0; l--) {
      const dZ = throughActivation(dA, acts[l + 1], net.layers[l].activation);
      const inputT = l === 0 ? batch.xAugT : tf.concat([tf.transpose(acts[l]), batch.ones], 0);
      grads[l] = tf.keep(tf.matMul(inputT, dZ));
      if (l > 0) dA = tf.matMul(dZ, transposedKernel(net, l));
    }
  });
  net.layers.forEach((layer, l) => {
    const g = grads[l].dataSync();
    for (let i = 0; i < g.length; i++) gradient[layer.offset + i] = g[i] * scale;
    grads[l].dispose();
  });
  return loss;
}

/** L at the current parameters, without a gradient. */
export function mseLoss(net: DenseNetwork, batch: MseBatch): number {
  return tf.tidy(() => {
    const residual = tf.sub(net.predict(batch.x), batch.y);
    return meanSquare(residual);
  });
}
