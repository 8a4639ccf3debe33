// The training step is the same mathematics as before, faster: Adam in one loop equals
// tf.train.adam bit for bit, backpropagation by hand equals TensorFlow.js's tape to
// rounding, whole runs of every model shape the figures train follow the tape-and-tf.train.adam
// reference to rounding (on the cpu backend and on wasm, the browser's), and a step runs
// far fewer kernels, every matrix product untransposed (the only form wasm runs in XNNPACK).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { createAdam } from '@/lib/ml/adam';
import { createAdamMinimizer } from '@/lib/ml/adam-minimizer';
import { useUntransposedMatMulGradient } from '@/lib/ml/matmul-gradient';
import { createMlp, type Mlp } from '@/lib/ml/mlp';
import { createTrainer } from '@/lib/ml/trainer';
import { createMseBatch, mseGradient } from '@/lib/ml/mse-gradient';
import { seededRandom } from '@/lib/ml/seeded-random';
import type { Activation } from '@/lib/ml/activation';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});
afterAll(async () => {
  await tf.setBackend('cpu');
});

function data(n: number, inDim: number, outDim: number, seed = 3) {
  const r = seededRandom(seed);
  const xs = Float32Array.from({ length: n * inDim }, () => 2 * r() - 1);
  const ys = Float32Array.from({ length: n * outDim }, (_, i) => Math.sin(3 * xs[Math.floor(i / outDim) * inDim]) + 0.1 * (i % outDim));
  return { xs, ys };
}

/** The model's layers as tf.Variables (kernel [fanIn, fanOut], bias [fanOut]). */
function variablesOf(model: Mlp): tf.Variable[] {
  return model.layers.flatMap((l) => [
    tf.variable(tf.tensor2d(model.parameters.slice(l.offset, l.offset + l.fanIn * l.fanOut), [l.fanIn, l.fanOut])),
    tf.variable(tf.tensor1d(model.parameters.slice(l.offset + l.fanIn * l.fanOut, l.offset + l.fanIn * l.fanOut + l.fanOut))),
  ]);
}

/** The tape-based forward pass and loss the trainer used before: tf.mean(tf.square(f(x) - y)). */
function referenceLoss(vars: tf.Variable[], activation: Activation, x: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar {
  let h: tf.Tensor = x;
  for (let i = 0; i < vars.length; i += 2) {
    h = tf.add(tf.matMul(h as tf.Tensor2D, vars[i] as tf.Tensor2D), vars[i + 1]);
    if (i + 2 < vars.length) h = activation === 'relu' ? tf.relu(h) : activation === 'tanh' ? tf.tanh(h) : tf.sigmoid(h);
  }
  return tf.mean(tf.square(tf.sub(h, y))) as tf.Scalar;
}

/** Losses of `steps` steps of the old trainer (tf.train.adam.minimize on the tape) and of the new one. */
function bothRuns(sizes: number[], activation: Activation, n: number, steps: number, learningRate = 0.01) {
  const { xs, ys } = data(n, sizes[0], sizes.at(-1)!);
  const model = createMlp({ sizes, activation, seed: 5 });
  const vars = variablesOf(model);
  const x = tf.tensor2d(xs, [n, sizes[0]]);
  const y = tf.tensor2d(ys, [n, sizes.at(-1)!]);
  const optimizer = tf.train.adam(learningRate);
  const trainer = createTrainer(model, xs, ys, { learningRate });
  const reference: number[] = [];
  const fast: number[] = [];
  for (let i = 0; i < steps; i++) {
    const cost = optimizer.minimize(() => referenceLoss(vars, activation, x, y), true, vars)!;
    reference.push(cost.dataSync()[0]);
    cost.dispose();
    fast.push(trainer.step());
  }
  const referenceParams = Float32Array.from(vars.flatMap((v) => Array.from(v.dataSync())));
  const drift = Math.max(...referenceParams.map((v, i) => Math.abs(v - model.parameters[i])));
  trainer.dispose();
  optimizer.dispose();
  tf.dispose([...vars, x, y]);
  return { reference, fast, drift };
}

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-12);

describe('Adam over a flat vector', () => {
  test('equals tf.train.adam bit for bit for the same gradients', () => {
    const r = seededRandom(11);
    const size = 257;
    const start = Float32Array.from({ length: size }, () => 2 * r() - 1);
    const theta = Float32Array.from(start);
    const v = tf.variable(tf.tensor1d(start), true, 'adam-bitwise');
    const optimizer = tf.train.adam(0.03);
    const adam = createAdam(size, { learningRate: 0.03 });
    for (let step = 0; step < 25; step++) {
      // Gradients of all sizes and signs, some exactly zero.
      const g = Float32Array.from({ length: size }, (_, i) => (i % 17 === 0 ? 0 : (2 * r() - 1) * 10 ** (3 * r() - 2)));
      const gt = tf.tensor1d(g);
      optimizer.applyGradients([{ name: 'adam-bitwise', tensor: gt }]);
      gt.dispose();
      adam.update(theta, g);
    }
    const expected = v.dataSync();
    let differing = 0;
    for (let i = 0; i < size; i++) if (!Object.is(expected[i], theta[i])) differing++;
    expect(differing).toBe(0);
    expect(adam.iterations).toBe(25);
    expect(Math.max(...theta.map((t, i) => Math.abs(t - start[i])))).toBeGreaterThan(0.1);
    optimizer.dispose();
    v.dispose();
  });

  test('refuses vectors of the wrong length', () => {
    expect(() => createAdam(3, { learningRate: 0.1 }).update(new Float32Array(3), new Float32Array(4))).toThrow(/expected 3/);
  });
});

describe('the drop-in minimiser for tape-trained models', () => {
  test('trains a width-sweep-like model exactly as tf.train.adam does', () => {
    const r = seededRandom(4);
    const n = 64;
    const x = tf.tensor2d(Float32Array.from({ length: n }, () => 2 * r() - 1), [1, n]);
    const y = tf.tensor2d(Float32Array.from({ length: n }, () => r()), [1, n]);
    const init = [12, 12, 12].map((k) => Float32Array.from({ length: k }, () => 2 * r() - 1));
    const run = (optimizer: { minimize: (f: () => tf.Scalar, c: boolean, v: tf.Variable[]) => tf.Scalar | null; dispose(): void }) => {
      const vars = init.map((a) => tf.variable(tf.tensor2d(a, [12, 1])));
      const losses: number[] = [];
      for (let i = 0; i < 40; i++) {
        const cost = optimizer.minimize(() => tf.mean(tf.square(tf.sub(tf.sum(tf.mul(tf.relu(tf.add(tf.mul(vars[0], x), vars[1])), vars[2]), 0, true), y))) as tf.Scalar, true, vars)!;
        losses.push(cost.dataSync()[0]);
        cost.dispose();
      }
      const final = vars.flatMap((v) => Array.from(v.dataSync()));
      tf.dispose(vars);
      optimizer.dispose();
      return { losses, final };
    };
    const reference = run(tf.train.adam(0.02));
    const flat = run(createAdamMinimizer(0.02));
    expect(reference.losses.at(-1)!).toBeLessThan(0.5 * reference.losses[0]);
    expect(flat.losses.every((l, i) => Object.is(l, reference.losses[i]))).toBe(true);
    expect(flat.final.every((v, i) => Object.is(v, reference.final[i]))).toBe(true);
    tf.dispose([x, y]);
  });

  test('keeps to one list of variables', () => {
    const a = tf.variable(tf.scalar(1));
    const b = tf.variable(tf.scalar(2));
    const m = createAdamMinimizer(0.1);
    m.minimize(() => tf.square(a) as tf.Scalar, false, [a]);
    expect(() => m.minimize(() => tf.square(b) as tf.Scalar, false, [b])).toThrow(/one list of variables/);
    tf.dispose([a, b]);
  });
});

describe('backpropagation by hand', () => {
  test.each([
    ['relu', [1, 16, 8, 1]],
    ['tanh', [3, 12, 2]],
    ['sigmoid', [2, 7, 5, 3]],
  ] as const)('%s %j: equals the tape gradient of the mean squared error', (activation, sizes) => {
    const n = 40;
    const { xs, ys } = data(n, sizes[0], sizes.at(-1)!);
    const model = createMlp({ sizes: [...sizes], activation, seed: 9 });
    const batch = createMseBatch(xs, ys, sizes[0], sizes.at(-1)!);
    const gradient = new Float32Array(model.parameterCount());
    const loss = mseGradient(model, batch, gradient, true);
    const vars = variablesOf(model);
    const { value, grads } = tf.variableGrads(() => referenceLoss(vars, activation, batch.x, batch.y), vars);
    const tape = Float32Array.from(vars.flatMap((v) => Array.from(grads[v.name].dataSync())));
    const largest = Math.max(...tape.map(Math.abs));
    expect(largest).toBeGreaterThan(1e-3);
    expect(Math.max(...tape.map((g, i) => Math.abs(g - gradient[i])))).toBeLessThan(1e-5 * largest);
    expect(relative(loss, value.dataSync()[0])).toBeLessThan(1e-6);
    tf.dispose([value, ...Object.values(grads), ...vars]);
    batch.dispose();
  });
});

describe('every model shape trains as before', () => {
  // The figures' shapes: universal approximation (1-w-1, three activations), the step (1-w-1,
  // 2-h-h-1), pose from pixels (256-32-32-2), and the benchmark's probe (1-64-64-1).
  test.each([
    ['relu', [1, 64, 64, 1], 256, 150],
    ['relu', [1, 32, 1], 256, 150],
    ['tanh', [1, 32, 1], 256, 150],
    ['sigmoid', [1, 32, 1], 256, 150],
    ['relu', [2, 16, 16, 1], 144, 150],
    ['relu', [256, 32, 32, 2], 90, 60],
  ] as const)('%s %j on %i points: %i steps follow the reference (cpu)', (activation, sizes, n, steps) => {
    const { reference, fast, drift } = bothRuns([...sizes], activation, n, steps);
    expect(reference.at(-1)!).toBeLessThan(0.5 * reference[0]);
    expect(Math.max(...reference.map((l, i) => relative(l, fast[i])))).toBeLessThan(1e-3);
    expect(relative(reference.at(-1)!, fast.at(-1)!)).toBeLessThan(1e-4);
    expect(drift).toBeLessThan(1e-3);
  });

  test('and on the wasm backend, which the worker uses', async () => {
    expect(await tf.setBackend('wasm')).toBe(true);
    try {
      const { reference, fast, drift } = bothRuns([1, 64, 64, 1], 'relu', 256, 150);
      expect(Math.max(...reference.map((l, i) => relative(l, fast[i])))).toBeLessThan(1e-3);
      expect(relative(reference.at(-1)!, fast.at(-1)!)).toBeLessThan(1e-4);
      expect(drift).toBeLessThan(1e-3);
    } finally {
      await tf.setBackend('cpu');
    }
  });
});

describe('what a step costs', () => {
  async function kernelsOfStep(step: () => unknown) {
    step();
    const profile = await tf.profile(() => {
      step();
    });
    return { kernels: profile.kernels, newTensors: profile.newTensors };
  }

  test('a 1-64-64-1 step runs under a third of the kernels, all products untransposed, and leaves no tensor', async () => {
    const sizes = [1, 64, 64, 1];
    const n = 256;
    const { xs, ys } = data(n, 1, 1);
    const model = createMlp({ sizes, activation: 'relu', seed: 1 });
    const trainer = createTrainer(model, xs, ys, { learningRate: 0.01 });
    const vars = variablesOf(model);
    const x = tf.tensor2d(xs, [n, 1]);
    const y = tf.tensor2d(ys, [n, 1]);
    const optimizer = tf.train.adam(0.01);
    const before = await kernelsOfStep(() => optimizer.minimize(() => referenceLoss(vars, 'relu', x, y), false, vars));
    const now = await kernelsOfStep(() => trainer.step());
    expect(before.kernels.length).toBeGreaterThan(100);
    expect(now.kernels.length).toBeLessThan(before.kernels.length / 3);
    const products = now.kernels.filter((k) => k.name === 'BatchMatMul' || k.name === '_FusedMatMul');
    expect(products.length).toBe(3 + 5);
    for (const k of products) {
      const [a, b] = k.inputShapes;
      // Untransposed: a's columns are b's rows, and the result has a's rows and b's columns.
      expect(a.at(-1)).toBe(b.at(-2));
      expect(k.outputShapes[0].at(-2)).toBe(a.at(-2));
      expect(k.outputShapes[0].at(-1)).toBe(b.at(-1));
    }
    expect(now.newTensors).toBe(0);
    trainer.dispose();
    optimizer.dispose();
    tf.dispose([...vars, x, y]);
  });
});

// Last: it replaces the tape's gradient for the rest of this file.
describe('the untransposed gradient of a matrix product', () => {
  test('gives the default gradient for all four transpositions, with untransposed products only', async () => {
    const r = seededRandom(8);
    const a = tf.tensor2d(Float32Array.from({ length: 5 * 7 }, () => 2 * r() - 1), [5, 7]);
    const b = tf.tensor2d(Float32Array.from({ length: 7 * 3 }, () => 2 * r() - 1), [7, 3]);
    const cases = [
      [a, b, false, false],
      [a, tf.transpose(b), false, true],
      [tf.transpose(a), b, true, false],
      [tf.transpose(a), tf.transpose(b), true, true],
    ] as const;
    const gradsOf = () =>
      cases.map(([p, q, ta, tb]) =>
        tf.grads((u: tf.Tensor, v: tf.Tensor) => tf.sum(tf.sin(tf.matMul(u as tf.Tensor2D, v as tf.Tensor2D, ta, tb))))([p, q]).map((g) => Array.from(g.dataSync())),
      );
    const before = gradsOf();
    useUntransposedMatMulGradient();
    const after = gradsOf();
    for (let c = 0; c < cases.length; c++)
      for (let k = 0; k < 2; k++) {
        expect(after[c][k].length).toBe(before[c][k].length);
        expect(Math.max(...after[c][k].map((g, i) => Math.abs(g - before[c][k][i])))).toBeLessThan(1e-6);
      }
    for (const [p, q, ta, tb] of cases) {
      const { kernels } = await tf.profile(() => {
        tf.grads((u: tf.Tensor, v: tf.Tensor) => tf.sum(tf.matMul(u as tf.Tensor2D, v as tf.Tensor2D, ta, tb)))([p, q]);
      });
      const products = kernels.filter((k) => k.name === 'BatchMatMul');
      expect(products.length).toBe(3);
      // The forward product may be transposed (the caller wrote it so); the two in the gradient never are.
      for (const k of products.slice(1)) expect(k.inputShapes[0].at(-1)).toBe(k.inputShapes[1].at(-2));
    }
  });
});
