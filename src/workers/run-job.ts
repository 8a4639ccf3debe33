// The job runner: starts jobs by name, throttles their progress, honours cancel and pause,
// turns NaN losses and exceptions into messages, and frees every tensor a run created
// (tensors the job registered with ctx.own, plus anything left in the run's engine scope).
// Runs of different channels (one channel per figure) take turns: each computes for about
// yieldInterval ms, then yields at a checkpoint to the next (the event loop's message queue
// is first in, first out, so turns go round), with its engine scope taken off the stack
// meanwhile (./run-scope.ts). Runs of one channel run one after another: a new start cancels
// the channel's run in progress and begins when it has freed its tensors.
// No DOM and no Worker API: train.worker.ts connects it to postMessage, and Vitest drives
// it directly on the cpu backend.
import * as tf from '@tensorflow/tfjs-core';
import { CancelledError, NonFiniteLossError, type Disposable, type JobContext, type JobModule } from './job';
import type { FromWorker, ToWorker } from './protocol';
import { RunScope } from './run-scope';

export type JobLoader = () => Promise<JobModule>;

export interface RunnerOptions {
  jobs: Record<string, JobLoader>;
  post: (message: FromWorker) => void;
  /** Minimum time between progress messages (ms); 33 ms = 30 per second. */
  progressInterval?: number;
  /** Yield to the event loop at most this often (ms): one run's turn. */
  yieldInterval?: number;
  /** Awaited before each run (the worker sets up its backend here). */
  prepare?: () => Promise<void>;
}

interface RunState {
  channel: string;
  cancelled: boolean;
  paused: boolean;
  wake: (() => void) | null;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** A macrotask yield that is not clamped to 4 ms like nested setTimeout. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'undefined') {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });
}

export function createJobRunner({ jobs, post, progressInterval = 33, yieldInterval = 12, prepare }: RunnerOptions) {
  const runs = new Map<number, RunState>();
  /** Per channel, the end of its latest run (the next one starts after it). */
  const lastRun = new Map<string, Promise<void>>();

  function start(runId: number, channel: string, name: string, params: unknown): Promise<void> {
    for (const s of runs.values()) {
      if (s.channel !== channel) continue;
      s.cancelled = true;
      s.wake?.();
    }
    const state: RunState = { channel, cancelled: false, paused: false, wake: null };
    runs.set(runId, state);
    const next = (lastRun.get(channel) ?? Promise.resolve()).then(() => execute(runId, name, params, state));
    lastRun.set(channel, next);
    void next.then(() => {
      if (lastRun.get(channel) === next) lastRun.delete(channel);
    });
    return next;
  }

  /** The job's module, or a one-line reason why there is none. */
  async function load(name: string): Promise<JobModule | string> {
    const loader = Object.prototype.hasOwnProperty.call(jobs, name) ? jobs[name] : undefined;
    if (!loader) return `No training job called “${name}”.`;
    try {
      return await loader();
    } catch (err) {
      return `The training job “${name}” did not load: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  async function execute(runId: number, name: string, params: unknown, state: RunState): Promise<void> {
    // Everything the run awaits before its scope exists; after, it awaits only checkpoints.
    // The job's code loads while the backend starts (a cold worker compiles its WebAssembly
    // meanwhile); no job makes a tensor as its module loads.
    const [, job] = await Promise.all([prepare?.(), load(name)]);
    // A run held from its start (its page hidden, its figure off screen) computes nothing until it is let go.
    while (state.paused && !state.cancelled) await new Promise<void>((resolve) => (state.wake = resolve));
    if (state.cancelled || typeof job === 'string') {
      runs.delete(runId);
      if (state.cancelled) post({ type: 'stopped', runId });
      else post({ type: 'error', runId, message: job as string, nan: false });
      return;
    }
    const owned: Disposable[] = [];
    let lastProgress = -Infinity;
    let lastYield = now();
    // Tensors a job forgets to free are caught by this scope (variables excepted: those
    // must be registered with ctx.own or disposed by the job).
    const scope = new RunScope(`run ${runId}`);

    const ctx: JobContext = {
      runId,
      tf,
      get cancelled() {
        return state.cancelled;
      },
      get concurrentRuns() {
        return runs.size - 1;
      },
      wantsProgress: () => now() - lastProgress >= progressInterval,
      progress(data, force = false) {
        if (state.cancelled) return;
        const t = now();
        if (!force && t - lastProgress < progressInterval) return;
        lastProgress = t;
        post({ type: 'progress', runId, data });
      },
      async checkpoint() {
        if (!state.cancelled && !state.paused && now() - lastYield < yieldInterval) return;
        scope.detach();
        try {
          await yieldToEventLoop();
          while (state.paused && !state.cancelled) await new Promise<void>((resolve) => (state.wake = resolve));
        } finally {
          scope.attach();
        }
        lastYield = now();
        if (state.cancelled) throw new CancelledError();
      },
      checkLoss(loss) {
        if (!Number.isFinite(loss)) throw new NonFiniteLossError(loss);
        return loss;
      },
      own(thing) {
        owned.push(thing);
        return thing;
      },
    };

    try {
      const result = await job.run(params, ctx);
      if (state.cancelled) post({ type: 'stopped', runId });
      else post({ type: 'converged', runId, data: result });
    } catch (err) {
      if (err instanceof CancelledError || state.cancelled) post({ type: 'stopped', runId });
      else if (err instanceof NonFiniteLossError) post({ type: 'error', runId, message: err.message, nan: true });
      else post({ type: 'error', runId, message: err instanceof Error ? err.message : String(err), nan: false });
    } finally {
      for (const thing of owned.reverse()) {
        try {
          thing.dispose();
        } catch {
          /* already disposed */
        }
      }
      scope.end();
      runs.delete(runId);
    }
  }

  function handle(message: ToWorker): Promise<void> | void {
    switch (message.type) {
      case 'start':
        return start(message.runId, message.channel ?? '', message.job, message.params);
      case 'preload':
        // Warm-up: the backend and the job's code, so that its first start computes at once.
        return Promise.all([prepare?.(), load(message.job)]).then(() => undefined);
      case 'cancel': {
        const s = runs.get(message.runId);
        if (s) {
          s.cancelled = true;
          s.wake?.();
        }
        return;
      }
      case 'pause': {
        const s = runs.get(message.runId);
        if (s) s.paused = true;
        return;
      }
      case 'resume': {
        const s = runs.get(message.runId);
        if (s) {
          s.paused = false;
          s.wake?.();
          s.wake = null;
        }
        return;
      }
      case 'memory': {
        const m = tf.memory();
        post({ type: 'memory', requestId: message.requestId, numTensors: m.numTensors, numBytes: m.numBytes, backend: tf.getBackend() });
        return;
      }
      default:
        return;
    }
  }

  return { handle, activeRuns: () => runs.size };
}
