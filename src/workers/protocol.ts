// The messages between the page (src/figures/shared/worker-client.ts) and the training
// worker (src/workers/train.worker.ts). Plain data only: numbers, strings, arrays,
// typed arrays, plain objects.

export type BackendName = 'wasm' | 'cpu' | 'webgl';

/** Page -> worker. */
export type ToWorker =
  /** Optional first message: which backend to use ('auto' = wasm, falling back to cpu). */
  | { type: 'init'; backend: BackendName | 'auto' }
  /**
   * `channel`: the figure the run belongs to. A start cancels the channel's run in progress;
   * runs of different channels take turns. Default '' (one channel).
   */
  | { type: 'start'; runId: number; job: string; params: unknown; channel?: string }
  /** Warm-up: set up the backend and load the job's code before the first start. */
  | { type: 'preload'; job: string }
  | { type: 'cancel'; runId: number }
  | { type: 'pause'; runId: number }
  | { type: 'resume'; runId: number }
  /** Ask for tf.memory() (tests and the benchmark check that tensors are freed). */
  | { type: 'memory'; requestId: number };

/** Worker -> page. */
export type FromWorker =
  /** The backend is set up; `notice` is one line when it fell back (e.g. no WebAssembly). */
  | { type: 'ready'; backend: BackendName; notice: string }
  | { type: 'progress'; runId: number; data: unknown }
  | { type: 'converged'; runId: number; data: unknown }
  | { type: 'stopped'; runId: number }
  /** `nan`: the loss became NaN or infinite; the run was stopped and its tensors freed. */
  | { type: 'error'; runId: number | null; message: string; nan: boolean }
  | { type: 'memory'; requestId: number; numTensors: number; numBytes: number; backend: string };
