// Build-time TensorFlow.js for static pictures, in Node (there is no tfjs-node here): the
// WebAssembly backend, the one the browser's worker uses, so the static picture is the
// live one; the cpu backend if wasm cannot start. Memoised, so the one-page edition and a
// section page share one setup and one computation.
import * as tf from '@tensorflow/tfjs-core';
// The full package registers the cpu backend and the gradients in Node (its CommonJS build).
import '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { useUntransposedMatMulGradient } from '@/lib/ml/matmul-gradient';

let ready: Promise<void> | null = null;

export function buildTimeTf(): Promise<void> {
  ready ??= (async () => {
    let ok = false;
    try {
      ok = await tf.setBackend('wasm');
    } catch {
      ok = false;
    }
    if (!ok) await tf.setBackend('cpu');
    await tf.ready();
    // As in the worker (src/workers/backend.ts), so the static picture is the live one.
    if (ok) useUntransposedMatMulGradient();
  })();
  return ready;
}

/**
 * Memoises one build-time computation by key (a figure renders on several pages), and runs
 * the computations one after another: Astro renders the one-page edition's figures
 * concurrently, and two trainings interleaving on TensorFlow.js's single engine (or one
 * switching its backend under another) corrupt each other's tensors.
 */
const cache = new Map<string, Promise<unknown>>();
let queue: Promise<unknown> = Promise.resolve();
export function once<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) {
    const run = queue.then(async () => {
      await buildTimeTf();
      return compute();
    });
    queue = run.catch(() => undefined);
    cache.set(key, run);
  }
  return cache.get(key) as Promise<T>;
}
