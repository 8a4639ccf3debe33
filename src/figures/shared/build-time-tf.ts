// Build-time TensorFlow.js for static pictures: the cpu backend in Node (there is no
// tfjs-node here). Memoised, so the one-page edition and a section page share one setup.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';

let ready: Promise<void> | null = null;

export function buildTimeTf(): Promise<void> {
  ready ??= tf.setBackend('cpu').then(() => tf.ready());
  return ready;
}

/** Memoises one build-time computation by key (a figure renders on several pages). */
const cache = new Map<string, Promise<unknown>>();
export function once<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as Promise<T>;
}
