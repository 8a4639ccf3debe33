// What a training job is: a function (params, ctx) -> final data, run by run-job.ts inside
// the worker (and directly in Vitest). See the API notes at the top of train.worker.ts.
import type * as tf from '@tensorflow/tfjs-core';

export interface Disposable {
  dispose(): void;
}

export interface JobContext {
  readonly runId: number;
  /**
   * Send progress (plain data) to the page. Throttled to at most ~30 messages a second:
   * extra calls are dropped. Pass `true` as `force` to send anyway (e.g. a sweep point).
   */
  progress(data: unknown, force?: boolean): void;
  /** True when a progress message would be sent now: compute expensive payloads only then. */
  wantsProgress(): boolean;
  /**
   * Yield to the worker's event loop when more than ~12 ms passed since the last yield, so
   * cancel and pause messages are heard and other figures' runs take their turn. Waits while
   * paused; throws a CancelledError when the run was cancelled. Call it once per training
   * step (it is cheap). It is the only thing a job may await while it holds tensors: other
   * runs compute only while this one waits here.
   */
  checkpoint(): Promise<void>;
  /** Throws a NonFiniteLossError when `loss` is NaN or infinite. Returns the loss. */
  checkLoss(loss: number): number;
  /** Register tensors, variables, models or optimisers to dispose when the run ends, however it ends. */
  own<T extends Disposable>(thing: T): T;
  /** True once the run was cancelled (checkpoint throws too). */
  readonly cancelled: boolean;
  /** How many other runs (other figures') share this worker now. */
  readonly concurrentRuns: number;
  /** The tf namespace the worker set up (same module as an import of @tensorflow/tfjs-core). */
  readonly tf: typeof tf;
}

export type JobFunction = (params: any, ctx: JobContext) => Promise<unknown>;

export interface JobModule {
  run: JobFunction;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export class NonFiniteLossError extends Error {
  constructor(loss: number) {
    super(`The loss became ${loss}; training stopped and was reset.`);
    this.name = 'NonFiniteLossError';
  }
}
