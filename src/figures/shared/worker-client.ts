/*
 * The page side of training: a TrainingChannel owns one module worker
 * (src/workers/train.worker.ts) for one figure and runs jobs in it. The main thread only
 * passes messages and draws; no training happens here.
 *
 * API (for figure authors):
 *   const channel = createTrainingChannel('my-figure');          // in onMount; no worker yet
 *   const run = channel.start('my-job', params, {
 *     onprogress: (data) => ...,   // at most ~30/s, whatever the job sent (plain data)
 *     onconverged: (data) => ...,  // the job's return value
 *     onstopped: () => ...,        // cancelled (by cancel() or by a newer start())
 *     onerror: (message, nan) => ..., // a job error, NaN loss (nan=true; the run was reset),
 *   });                            // or a worker that failed to start (message says so)
 *   run.pause(); run.resume(); run.cancel(); await run.done;  // 'converged'|'stopped'|'error'
 *   channel.setVisible(false|true) // pauses the current run off screen, resumes it on screen
 *   channel.backend                // Promise<{backend, notice}>: notice is one line when wasm
 *                                  // fell back to cpu; rejects with a one-line message when
 *                                  // the worker failed to start (keep the static picture)
 *   channel.memory()               // Promise<{numTensors, numBytes}> of this worker
 *   channel.dispose()              // in onMount's cleanup: cancels and terminates the worker
 * A new start() cancels the channel's previous run; the worker frees its tensors before the
 * new run begins. The worker is created lazily on the first start() (or `backend` read).
 *
 * Test/benchmark hook: every live channel is listed in window.__trainingChannels[figure],
 * so a Playwright script can await `window.__trainingChannels['step-approximation'].memory()`.
 */
import type { BackendName, FromWorker, ToWorker } from '@/workers/protocol';

export type RunOutcome = 'converged' | 'stopped' | 'error';

export interface RunCallbacks<P = any, F = any> {
  onprogress?: (data: P) => void;
  onconverged?: (data: F) => void;
  onstopped?: () => void;
  onerror?: (message: string, nan: boolean) => void;
}

export interface RunHandle {
  readonly id: number;
  readonly done: Promise<RunOutcome>;
  cancel(): void;
  pause(): void;
  resume(): void;
}

export interface ChannelOptions {
  /** Which backend the worker uses ('auto' = wasm with a cpu fallback). */
  backend?: BackendName | 'auto';
  /** How long to wait for the worker's first reply before giving up (ms). */
  startTimeout?: number;
}

interface ActiveRun {
  callbacks: RunCallbacks;
  settle: (outcome: RunOutcome) => void;
}

let nextRunId = 1;
const WORKER_FAILED = 'The training worker did not start here: showing the static picture.';

export class TrainingChannel {
  readonly figure: string;
  private readonly options: Required<ChannelOptions>;
  private worker: Worker | null = null;
  private failed: string | null = null;
  private readonly runs = new Map<number, ActiveRun>();
  private currentRun: number | null = null;
  private pausedByVisibility = false;
  private readyPromise: Promise<{ backend: BackendName; notice: string }> | null = null;
  private resolveReady: ((v: { backend: BackendName; notice: string }) => void) | null = null;
  private rejectReady: ((message: string) => void) | null = null;
  private readonly memoryRequests = new Map<number, (v: { numTensors: number; numBytes: number }) => void>();
  private nextRequest = 1;

  constructor(figure: string, options: ChannelOptions = {}) {
    this.figure = figure;
    this.options = { backend: options.backend ?? 'auto', startTimeout: options.startTimeout ?? 20_000 };
    const registry = ((globalThis as any).__trainingChannels ??= {});
    registry[figure] = this;
  }

  /** The backend the worker set up, once it is ready. */
  get backend(): Promise<{ backend: BackendName; notice: string }> {
    this.ensureWorker();
    return this.readyPromise!;
  }

  start<P = any, F = any>(job: string, params: unknown, callbacks: RunCallbacks<P, F> = {}): RunHandle {
    if (this.currentRun !== null) this.cancelRun(this.currentRun);
    const id = nextRunId++;
    this.currentRun = id;
    this.pausedByVisibility = false;
    let settle!: (outcome: RunOutcome) => void;
    const done = new Promise<RunOutcome>((resolve) => (settle = resolve));
    const handle: RunHandle = {
      id,
      done,
      cancel: () => this.cancelRun(id),
      pause: () => this.send({ type: 'pause', runId: id }),
      resume: () => this.send({ type: 'resume', runId: id }),
    };
    this.runs.set(id, { callbacks: callbacks as RunCallbacks, settle });
    this.ensureWorker();
    if (this.failed) {
      this.finish(id, 'error', () => callbacks.onerror?.(this.failed!, false));
      return handle;
    }
    this.send({ type: 'start', runId: id, job, params });
    return handle;
  }

  /** Cancel the channel's current run, if any. */
  cancel(): void {
    if (this.currentRun !== null) this.cancelRun(this.currentRun);
  }

  /** Pause the current run while the figure is off screen; resume it when it returns. */
  setVisible(visible: boolean): void {
    const id = this.currentRun;
    if (id === null || !this.runs.has(id)) return;
    if (!visible && !this.pausedByVisibility) {
      this.pausedByVisibility = true;
      this.send({ type: 'pause', runId: id });
    } else if (visible && this.pausedByVisibility) {
      this.pausedByVisibility = false;
      this.send({ type: 'resume', runId: id });
    }
  }

  /** Live tensors in this figure's worker (tests and the benchmark). */
  memory(): Promise<{ numTensors: number; numBytes: number }> {
    this.ensureWorker();
    if (this.failed || !this.worker) return Promise.reject(new Error(this.failed ?? WORKER_FAILED));
    const requestId = this.nextRequest++;
    return new Promise((resolve) => {
      this.memoryRequests.set(requestId, resolve);
      this.send({ type: 'memory', requestId });
    });
  }

  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
    for (const id of [...this.runs.keys()]) this.finish(id, 'stopped', () => undefined);
    const registry = (globalThis as any).__trainingChannels;
    if (registry?.[this.figure] === this) delete registry[this.figure];
  }

  private cancelRun(id: number): void {
    if (!this.runs.has(id)) return;
    this.send({ type: 'cancel', runId: id });
    // The worker confirms with 'stopped'; the callbacks of a cancelled run stay quiet
    // except for onstopped, so a late progress message never draws an old run.
    const run = this.runs.get(id)!;
    run.callbacks = { onstopped: run.callbacks.onstopped };
    if (this.currentRun === id) this.currentRun = null;
  }

  private send(message: ToWorker): void {
    if (this.worker && !this.failed) this.worker.postMessage(message);
  }

  private finish(id: number, outcome: RunOutcome, notify: () => void): void {
    const run = this.runs.get(id);
    if (!run) return;
    this.runs.delete(id);
    if (this.currentRun === id) this.currentRun = null;
    notify();
    run.settle(outcome);
  }

  private fail(message: string): void {
    if (this.failed) return;
    this.failed = message;
    this.rejectReady?.(message);
    this.worker?.terminate();
    for (const [id, run] of [...this.runs]) this.finish(id, 'error', () => run.callbacks.onerror?.(message, false));
  }

  private ensureWorker(): void {
    if (this.worker || this.failed) {
      if (!this.readyPromise) {
        this.readyPromise = Promise.reject(this.failed ?? WORKER_FAILED);
        this.readyPromise.catch(() => undefined);
      }
      return;
    }
    this.readyPromise = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.readyPromise.catch(() => undefined);
    let worker: Worker;
    try {
      worker = new Worker(new URL('../../workers/train.worker.ts', import.meta.url), { type: 'module', name: `train-${this.figure}` });
    } catch {
      this.fail(WORKER_FAILED);
      return;
    }
    this.worker = worker;
    let answered = false;
    const timer = setTimeout(() => {
      if (!answered) this.fail('The training worker did not answer: showing the static picture.');
    }, this.options.startTimeout);
    worker.addEventListener('error', (e) => {
      e.preventDefault?.();
      if (!answered) {
        clearTimeout(timer);
        this.fail(WORKER_FAILED);
      } else if (this.currentRun !== null) {
        const id = this.currentRun;
        const run = this.runs.get(id);
        this.finish(id, 'error', () => run?.callbacks.onerror?.(`The training worker failed: ${e.message || 'unknown error'}.`, false));
      }
    });
    worker.addEventListener('messageerror', () => undefined);
    worker.addEventListener('message', (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (!answered) {
        answered = true;
        clearTimeout(timer);
      }
      switch (m.type) {
        case 'ready':
          this.resolveReady?.({ backend: m.backend, notice: m.notice });
          return;
        case 'progress':
          this.runs.get(m.runId)?.callbacks.onprogress?.(m.data);
          return;
        case 'converged': {
          const run = this.runs.get(m.runId);
          this.finish(m.runId, 'converged', () => run?.callbacks.onconverged?.(m.data));
          return;
        }
        case 'stopped': {
          const run = this.runs.get(m.runId);
          this.finish(m.runId, 'stopped', () => run?.callbacks.onstopped?.());
          return;
        }
        case 'error': {
          if (m.runId === null) {
            this.fail(m.message);
            return;
          }
          const run = this.runs.get(m.runId);
          this.finish(m.runId, 'error', () => run?.callbacks.onerror?.(m.message, m.nan));
          return;
        }
        case 'memory':
          this.memoryRequests.get(m.requestId)?.({ numTensors: m.numTensors, numBytes: m.numBytes });
          this.memoryRequests.delete(m.requestId);
          return;
      }
    });
    worker.postMessage({ type: 'init', backend: this.options.backend } satisfies ToWorker);
  }
}

export function createTrainingChannel(figure: string, options?: ChannelOptions): TrainingChannel {
  return new TrainingChannel(figure, options);
}
