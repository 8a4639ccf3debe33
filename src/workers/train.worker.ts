/*
 * The training worker: a module Web Worker that runs src/lib/ml on TensorFlow.js 4.22.
 *
 * API (for figure authors):
 *   - A JOB is a file src/workers/jobs/<name>.ts exporting
 *       export async function run(params, ctx: JobContext): Promise<finalData>
 *     registered with one line in src/workers/jobs/index.ts. It builds its model with
 *     src/lib/ml (createMlp, createTrainer, seededRandom, plateauDetector...), trains, and
 *     per step calls
 *       ctx.checkLoss(loss)      // NaN/Infinity -> the run stops, tensors freed, 'error' {nan: true}
 *       await ctx.checkpoint()   // yields ~every 12 ms so cancel/pause are heard and other
 *                                // figures' runs take their turn; waits while paused; throws
 *                                // when cancelled (let it propagate). While holding tensors,
 *                                // await nothing else.
 *       if (ctx.wantsProgress()) ctx.progress({ step, loss, predictions })  // <= 30/s, plain data
 *     and returns its final data (sent as 'converged'). Register every variable, model,
 *     optimiser or long-lived tensor with ctx.own(x): it is disposed when the run ends,
 *     however it ends. Temporary tensors left behind are freed by the run's engine scope.
 *   - Messages (src/workers/protocol.ts): page -> worker: init {backend}, preload {job},
 *     start {runId, channel, job, params}, cancel, pause, resume {runId}, memory {requestId};
 *     worker -> page: ready {backend, notice}, progress / converged {runId, data}, stopped
 *     {runId}, error {runId, message, nan}, memory {numTensors, numBytes}.
 *   - One worker per page, shared by its training figures (worker-client.ts starts it when
 *     the first of them comes within about a screen of the viewport, and preloads that
 *     figure's job). Each figure is a channel: a start cancels the channel's run in progress
 *     and begins once it has freed its tensors; runs of different channels take turns of about
 *     12 ms (run-job.ts), each in its own engine scope (run-scope.ts). Why one: a page starts
 *     one TF.js instance and compiles the WebAssembly once, however many figures it has (the
 *     one-page edition has seven that train), and a figure that arrives finds it warm. The
 *     cost: two figures training at once share one core (the other one keeps the page
 *     responsive), and a crash of the worker stops every figure's run (each says so).
 *   - Backend: wasm (single-threaded, binaries from our origin), cpu when wasm fails (the
 *     'ready' message carries a one-line notice then). `init {backend: 'cpu'|'webgl'}`
 *     before the first start picks another backend (the benchmark uses it).
 */
import { chooseBackend } from './backend';
import { createJobRunner } from './run-job';
import { jobs } from './jobs';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToWorker>) => void): void;
};

const post = (message: FromWorker) => scope.postMessage(message);
let backendReady: Promise<void> | null = null;
const runner = createJobRunner({ jobs, post, prepare: () => setup('auto') });

function setup(wanted: 'auto' | 'wasm' | 'cpu' | 'webgl'): Promise<void> {
  backendReady ??= chooseBackend(wanted).then(
    (choice) => post({ type: 'ready', backend: choice.backend, notice: choice.notice }),
    (err) => post({ type: 'error', runId: null, message: `No TensorFlow.js backend: ${String(err)}`, nan: false }),
  );
  return backendReady;
}

scope.addEventListener('message', (e) => {
  const message = e.data;
  if (message.type === 'init') {
    void setup(message.backend);
    return;
  }
  // A start waits for the backend (the runner calls prepare); a cancel arriving meanwhile still counts.
  void runner.handle(message);
});
