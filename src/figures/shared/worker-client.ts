/*
 * The page side of training: ONE module worker per page (src/workers/train.worker.ts), shared
 * by the page's training figures; each figure talks to it through its own TrainingChannel.
 * The main thread only passes messages and draws; no training happens here.
 *
 * API (for figure authors):
 *   const channel = createTrainingChannel('my-figure');  // in onMount
 *   channel.warm()                 // starts the page's worker if it is not running yet and
 *                                  // loads the job named like the figure (or warm('job')), so
 *                                  // that the first start computes at once
 *   const run = channel.start('my-job', params, {
 *     onprogress: (data) => ...,   // at most ~30/s, whatever the job sent (plain data)
 *     onconverged: (data) => ...,  // the job's return value
 *     onstopped: () => ...,        // cancelled (by cancel() or by a newer start())
 *     onerror: (message, nan) => ..., // a job error, NaN loss (nan=true; the run was reset),
 *   });                            // or a worker that failed to start (message says so)
 *   run.pause(); run.resume();     // the reader's pause: only run.resume() undoes it
 *   run.cancel(); await run.done;  // 'converged'|'stopped'|'error'
 *   channel.setVisible(false|true) // the figure left / came back near the screen
 *   channel.backend                // Promise<{backend, notice}>: notice is one line when wasm
 *                                  // fell back to cpu; rejects with a one-line message when
 *                                  // the worker failed to start (keep the static picture)
 *   channel.memory()               // Promise<{numTensors, numBytes}>: the page's worker's
 *   channel.dispose()              // in onMount's cleanup: cancels the figure's run
 * A new start() cancels the channel's previous run; the worker frees its tensors before the
 * new run begins. Runs of different figures take turns in the worker.
 *
 * Pausing has one rule for every reason: a run computes only while nothing holds it. Three
 * things can hold it: the reader (run.pause()), its figure being off screen (setVisible), and
 * the page being hidden (a background tab: document visibilitychange, for every figure at
 * once). Each is let go by its own event, so a run the reader paused stays paused when the
 * figure or the page comes back, and a run held by the page stays held while the figure is
 * off screen.
 *
 * Test/benchmark hook: every live channel is listed in window.__trainingChannels[figure],
 * so a Playwright script can await `window.__trainingChannels['step-approximation'].memory()`
 * or read `.pausedBy` (what holds the figure's run: 'reader', 'offscreen', 'hidden').
 */
import type { BackendName, FromWorker, ToWorker } from '@/workers/protocol';

export type RunOutcome = 'converged' | 'stopped' | 'error';
export type PauseReason = 'reader' | 'offscreen' | 'hidden';

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
  /** How long to wait for the worker's first reply before giving up (ms). */
  startTimeout?: number;
}

type Ready = { backend: BackendName; notice: string };

interface ActiveRun {
  channel: TrainingChannel;
  callbacks: RunCallbacks;
  settle: (outcome: RunOutcome) => void;
}

const WORKER_FAILED = 'The training worker did not start here: showing the static picture.';
let nextRunId = 1;

/** The page's one worker: created on the first channel's need, ended with the last channel. */
class PageWorker {
  worker: Worker | null = null;
  failed: string | null = null;
  readonly ready: Promise<Ready>;
  readonly runs = new Map<number, ActiveRun>();
  readonly channels = new Set<TrainingChannel>();
  hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
  private resolveReady!: (v: Ready) => void;
  private rejectReady!: (message: string) => void;
  private readonly memoryRequests = new Map<number, (v: { numTensors: number; numBytes: number }) => void>();
  private nextRequest = 1;
  private readonly preloaded = new Set<string>();
  private readonly onVisibility = () => {
    this.hidden = document.visibilityState === 'hidden';
    for (const c of this.channels) c.pageHidden(this.hidden);
  };

  constructor(startTimeout: number) {
    this.ready = new Promise<Ready>((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.ready.catch(() => undefined);
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this.onVisibility);
    let worker: Worker;
    try {
      worker = new Worker(new URL('../../workers/train.worker.ts', import.meta.url), { type: 'module', name: 'train' });
    } catch {
      this.fail(WORKER_FAILED);
      return;
    }
    this.worker = worker;
    let answered = false;
    const timer = setTimeout(() => {
      if (!answered) this.fail('The training worker did not answer: showing the static picture.');
    }, startTimeout);
    worker.addEventListener('error', (e) => {
      e.preventDefault?.();
      if (!answered) {
        clearTimeout(timer);
        this.fail(WORKER_FAILED);
        return;
      }
      // Which run threw is unknown (jobs' own errors arrive as messages): every run ends.
      const message = `The training worker failed: ${e.message || 'unknown error'}.`;
      for (const [id, run] of [...this.runs]) this.finish(id, 'error', () => run.callbacks.onerror?.(message, false));
    });
    worker.addEventListener('messageerror', () => undefined);
    worker.addEventListener('message', (e: MessageEvent<FromWorker>) => {
      if (!answered) {
        answered = true;
        clearTimeout(timer);
      }
      this.receive(e.data);
    });
    this.post({ type: 'init', backend: 'auto' });
  }

  post(message: ToWorker): void {
    if (this.worker && !this.failed) this.worker.postMessage(message);
  }

  preload(job: string): void {
    if (this.preloaded.has(job)) return;
    this.preloaded.add(job);
    this.post({ type: 'preload', job });
  }

  memory(): Promise<{ numTensors: number; numBytes: number }> {
    if (this.failed || !this.worker) return Promise.reject(new Error(this.failed ?? WORKER_FAILED));
    const requestId = this.nextRequest++;
    return new Promise((resolve) => {
      this.memoryRequests.set(requestId, resolve);
      this.post({ type: 'memory', requestId });
    });
  }

  finish(id: number, outcome: RunOutcome, notify: () => void): void {
    const run = this.runs.get(id);
    if (!run) return;
    this.runs.delete(id);
    run.channel.ended(id);
    notify();
    run.settle(outcome);
  }

  /** A channel is gone; the last one ends the worker. */
  leave(channel: TrainingChannel): void {
    this.channels.delete(channel);
    if (this.channels.size > 0) return;
    this.worker?.terminate();
    this.worker = null;
    this.failed ??= 'The training worker was stopped.';
    for (const id of [...this.runs.keys()]) this.finish(id, 'stopped', () => undefined);
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.onVisibility);
    if (pageWorker === this) pageWorker = null;
  }

  private fail(message: string): void {
    if (this.failed) return;
    this.failed = message;
    this.rejectReady(message);
    this.worker?.terminate();
    for (const [id, run] of [...this.runs]) this.finish(id, 'error', () => run.callbacks.onerror?.(message, false));
  }

  private receive(m: FromWorker): void {
    switch (m.type) {
      case 'ready':
        this.resolveReady({ backend: m.backend, notice: m.notice });
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
  }
}

let pageWorker: PageWorker | null = null;

export class TrainingChannel {
  readonly figure: string;
  private readonly startTimeout: number;
  private worker: PageWorker | null = null;
  private currentRun: number | null = null;
  /** What holds the current run (empty: it computes). */
  private readonly holds = new Set<PauseReason>();
  /** Whether the worker has been told the current run is paused. */
  private told = false;
  private offscreen = false;

  constructor(figure: string, options: ChannelOptions = {}) {
    this.figure = figure;
    this.startTimeout = options.startTimeout ?? 20_000;
    const registry = ((globalThis as any).__trainingChannels ??= {});
    registry[figure] = this;
  }

  /** The backend the page's worker set up, once it is ready (starts the worker). */
  get backend(): Promise<Ready> {
    return this.connect().ready;
  }

  /** What holds the current run now (tests read it); empty when it computes or there is none. */
  get pausedBy(): PauseReason[] {
    return this.currentRun === null ? [] : [...this.holds];
  }

  /** Starts the page's worker ahead of need and loads `job`'s code (default: the figure's own job). */
  warm(job: string = this.figure): void {
    this.connect().preload(job);
  }

  start<P = any, F = any>(job: string, params: unknown, callbacks: RunCallbacks<P, F> = {}): RunHandle {
    if (this.currentRun !== null) this.cancelRun(this.currentRun);
    const worker = this.connect();
    const id = nextRunId++;
    this.currentRun = id;
    this.holds.clear();
    if (this.offscreen) this.holds.add('offscreen');
    if (worker.hidden) this.holds.add('hidden');
    this.told = false;
    let settle!: (outcome: RunOutcome) => void;
    const done = new Promise<RunOutcome>((resolve) => (settle = resolve));
    const handle: RunHandle = {
      id,
      done,
      cancel: () => this.cancelRun(id),
      pause: () => this.hold(id, 'reader', true),
      resume: () => this.hold(id, 'reader', false),
    };
    worker.runs.set(id, { channel: this, callbacks: callbacks as RunCallbacks, settle });
    if (worker.failed) {
      worker.finish(id, 'error', () => callbacks.onerror?.(worker.failed!, false));
      return handle;
    }
    worker.post({ type: 'start', runId: id, channel: this.figure, job, params });
    this.tell();
    return handle;
  }

  /** Cancel the channel's current run, if any. */
  cancel(): void {
    if (this.currentRun !== null) this.cancelRun(this.currentRun);
  }

  /** The figure came near the screen or left it: its run computes only while it is near. */
  setVisible(visible: boolean): void {
    this.offscreen = !visible;
    if (this.currentRun !== null) this.hold(this.currentRun, 'offscreen', !visible);
  }

  /** Live tensors in the page's worker (tests and the benchmark). */
  memory(): Promise<{ numTensors: number; numBytes: number }> {
    return this.connect().memory();
  }

  dispose(): void {
    this.cancel();
    this.worker?.leave(this);
    this.worker = null;
    const registry = (globalThis as any).__trainingChannels;
    if (registry?.[this.figure] === this) delete registry[this.figure];
  }

  /** The page's worker says the page was hidden or shown. */
  pageHidden(hidden: boolean): void {
    if (this.currentRun !== null) this.hold(this.currentRun, 'hidden', hidden);
  }

  /** The page's worker says run `id` ended. */
  ended(id: number): void {
    if (this.currentRun === id) this.currentRun = null;
  }

  private connect(): PageWorker {
    if (!this.worker) {
      pageWorker ??= new PageWorker(this.startTimeout);
      this.worker = pageWorker;
      this.worker.channels.add(this);
    }
    return this.worker;
  }

  private hold(id: number, reason: PauseReason, on: boolean): void {
    if (id !== this.currentRun) return;
    if (on) this.holds.add(reason);
    else this.holds.delete(reason);
    this.tell();
  }

  /** Tells the worker when the run goes from computing to held or back. */
  private tell(): void {
    const id = this.currentRun;
    const paused = this.holds.size > 0;
    if (id === null || paused === this.told) return;
    this.told = paused;
    this.worker?.post({ type: paused ? 'pause' : 'resume', runId: id });
  }

  private cancelRun(id: number): void {
    const run = this.worker?.runs.get(id);
    if (!run) return;
    this.worker!.post({ type: 'cancel', runId: id });
    // The worker confirms with 'stopped'; the callbacks of a cancelled run stay quiet
    // except for onstopped, so a late progress message never draws an old run.
    run.callbacks = { onstopped: run.callbacks.onstopped };
    if (this.currentRun === id) this.currentRun = null;
  }
}

export function createTrainingChannel(figure: string, options?: ChannelOptions): TrainingChannel {
  return new TrainingChannel(figure, options);
}
