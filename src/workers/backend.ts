// Backend setup for the training worker: WebAssembly (single-threaded, SIMD when the
// browser has it) by default, its binaries served from our own origin through Vite `?url`
// imports (hashed files under /_astro/); the plain JavaScript cpu backend when wasm fails.
// The threaded wasm build is never used (it needs cross-origin isolation and brings no
// speed-up for these sizes on two cores).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// tfjs-core alone registers no gradients; training needs them.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { useUntransposedMatMulGradient } from '@/lib/ml/matmul-gradient';
import type { BackendName } from './protocol';

export interface BackendChoice {
  backend: BackendName;
  /** One line for the figure when the backend is not the one asked for. */
  notice: string;
}

async function setupWasm(): Promise<void> {
  const [{ setWasmPaths }, plain, simd] = await Promise.all([
    import('@tensorflow/tfjs-backend-wasm'),
    import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url'),
    import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url'),
  ]);
  // Never the threaded build: the flag keeps tfjs from choosing it even on a cross-origin
  // isolated page, and its map entry (required by setWasmPaths) is never fetched.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths({
    'tfjs-backend-wasm.wasm': plain.default,
    'tfjs-backend-wasm-simd.wasm': simd.default,
    'tfjs-backend-wasm-threaded-simd.wasm': simd.default,
  });
}

async function setupWebgl(): Promise<void> {
  await import('@tensorflow/tfjs-backend-webgl');
}

/** Sets the tf backend; 'auto' means wasm, falling back to cpu with a notice. */
export async function chooseBackend(wanted: BackendName | 'auto'): Promise<BackendChoice> {
  const first: BackendName = wanted === 'auto' ? 'wasm' : wanted;
  try {
    if (first === 'wasm') await setupWasm();
    if (first === 'webgl') await setupWebgl();
    if (await withTimeout(tf.setBackend(first), 10_000)) {
      await tf.ready();
      // Models trained through the tape take their matrix products' gradients untransposed,
      // the form wasm runs in XNNPACK (see matmul-gradient.ts).
      if (first === 'wasm') useUntransposedMatMulGradient();
      return { backend: first, notice: '' };
    }
  } catch (err) {
    console.warn(`TensorFlow.js backend ${first} failed; using cpu.`, err);
  }
  await tf.setBackend('cpu');
  await tf.ready();
  const what = first === 'wasm' ? 'WebAssembly' : first === 'webgl' ? 'WebGL' : first;
  return { backend: 'cpu', notice: `${what} is not available here: training on the slower JavaScript backend.` };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | false> {
  return Promise.race([p, new Promise<false>((resolve) => setTimeout(() => resolve(false), ms))]);
}
