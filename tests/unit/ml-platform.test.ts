// The training platform on the cpu backend: seeding is bitwise reproducible, the runner
// frees every tensor after convergence, cancel and NaN, honours pause, throttles progress,
// and lets the runs of several figures (channels) share one worker: they take turns, a start
// cancels only its own channel's run, and each run's leftovers are freed with that run only.
import { describe, expect, test, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createMlp } from '@/lib/ml/mlp';
import { createTrainer } from '@/lib/ml/trainer';
import { plateauDetector } from '@/lib/ml/plateau';
import { seededRandom } from '@/lib/ml/seeded-random';
import { createJobRunner } from '@/workers/run-job';
import type { JobContext } from '@/workers/job';
import type { FromWorker } from '@/workers/protocol';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

function data(n: number) {
  const xs = new Float32Array(n).map((_, i) => -1 + (2 * i) / (n - 1));
  const ys = xs.map((x) => Math.sin(3 * x));
  return { xs, ys };
}

function losses(seed: number, steps: number): number[] {
  const { xs, ys } = data(64);
  const model = createMlp({ sizes: [1, 16, 1], activation: 'tanh', seed });
  const trainer = createTrainer(model, xs, ys, { learningRate: 0.01 });
  const out: number[] = [];
  for (let i = 0; i < steps; i++) out.push(trainer.step());
  trainer.dispose();
  model.dispose();
  return out;
}

/** A job that trains a small net; `nanAt` poisons the loss at that step, `steps` caps it. */
async function testJob(params: { seed: number; steps: number; nanAt?: number }, ctx: JobContext) {
  const { xs, ys } = data(64);
  const model = ctx.own(createMlp({ sizes: [1, 8, 1], activation: 'relu', seed: params.seed }));
  const trainer = ctx.own(createTrainer(model, xs, ys, { learningRate: 0.01 }));
  const grid = ctx.tf.linspace(-1, 1, 11).reshape([11, 1]) as tf.Tensor2D; // left for the scope to free
  let loss = 0;
  for (let step = 1; step <= params.steps; step++) {
    loss = ctx.checkLoss(step === params.nanAt ? Number.NaN : trainer.step());
    if (ctx.wantsProgress()) ctx.progress({ step, loss, predictions: trainer.predictAt(grid) });
    await ctx.checkpoint();
  }
  return { loss };
}

function harness() {
  const messages: FromWorker[] = [];
  const runner = createJobRunner({ jobs: { test: async () => ({ run: testJob }) }, post: (m) => messages.push(m), yieldInterval: 0 });
  return { messages, runner };
}

describe('seeding', () => {
  test('two runs with the same seed give bitwise-equal losses', () => {
    const a = losses(7, 30);
    const b = losses(7, 30);
    expect(a.every((v, i) => Object.is(v, b[i]))).toBe(true);
    expect(a[29]).toBeLessThan(a[0]);
  });
  test('a different seed gives a different run', () => {
    expect(losses(7, 5)[0]).not.toBe(losses(8, 5)[0]);
  });
  test('seededRandom repeats and stays in [0, 1)', () => {
    const r1 = seededRandom(42), r2 = seededRandom(42);
    for (let i = 0; i < 1000; i++) {
      const v = r1();
      expect(v).toBe(r2());
      expect(v >= 0 && v < 1).toBe(true);
    }
  });
});

describe('plateau detector', () => {
  test('a falling loss is not converged; a flat one is', () => {
    const d = plateauDetector({ window: 10, tolerance: 0.01 });
    let done = false;
    for (let s = 1; s <= 100; s++) done ||= d.push(s, Math.exp(-s / 10));
    expect(done).toBe(false);
    const flat = plateauDetector({ window: 10, tolerance: 0.01 });
    let at = 0;
    for (let s = 1; s <= 100 && !at; s++) if (flat.push(s, 1)) at = s;
    expect(at).toBe(20);
  });
});

describe('job runner', () => {
  test('convergence: tensors back to baseline, final data sent', async () => {
    const { messages, runner } = harness();
    const baseline = tf.memory().numTensors;
    await runner.handle({ type: 'start', runId: 1, job: 'test', params: { seed: 1, steps: 40 } });
    expect(messages.at(-1)?.type).toBe('converged');
    expect(messages.some((m) => m.type === 'progress')).toBe(true);
    expect(tf.memory().numTensors).toBe(baseline);
  });

  test('cancel: the run stops and frees its tensors', async () => {
    const { messages, runner } = harness();
    const baseline = tf.memory().numTensors;
    const done = runner.handle({ type: 'start', runId: 2, job: 'test', params: { seed: 1, steps: 100000 } });
    await new Promise((r) => setTimeout(r, 50));
    expect(tf.memory().numTensors).toBeGreaterThan(baseline);
    runner.handle({ type: 'cancel', runId: 2 });
    await done;
    expect(messages.at(-1)).toEqual({ type: 'stopped', runId: 2 });
    expect(tf.memory().numTensors).toBe(baseline);
  });

  test('a new start cancels the old run first', async () => {
    const { messages, runner } = harness();
    const baseline = tf.memory().numTensors;
    const first = runner.handle({ type: 'start', runId: 3, job: 'test', params: { seed: 1, steps: 100000 } });
    await new Promise((r) => setTimeout(r, 20));
    const second = runner.handle({ type: 'start', runId: 4, job: 'test', params: { seed: 1, steps: 20 } });
    await Promise.all([first, second]);
    const ends = messages.filter((m) => m.type !== 'progress');
    expect(ends).toEqual([{ type: 'stopped', runId: 3 }, expect.objectContaining({ type: 'converged', runId: 4 })]);
    expect(tf.memory().numTensors).toBe(baseline);
  });

  test('NaN loss: stops, frees, says so', async () => {
    const { messages, runner } = harness();
    const baseline = tf.memory().numTensors;
    await runner.handle({ type: 'start', runId: 5, job: 'test', params: { seed: 1, steps: 100, nanAt: 10 } });
    const last = messages.at(-1);
    expect(last?.type).toBe('error');
    expect(last && 'nan' in last && last.nan).toBe(true);
    expect(tf.memory().numTensors).toBe(baseline);
  });

  test('pause holds the run; resume lets it finish', async () => {
    const { messages, runner } = harness();
    const done = runner.handle({ type: 'start', runId: 6, job: 'test', params: { seed: 1, steps: 300 } });
    runner.handle({ type: 'pause', runId: 6 });
    await new Promise((r) => setTimeout(r, 100));
    const countWhilePaused = messages.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(messages.length).toBe(countWhilePaused);
    expect(messages.some((m) => m.type === 'converged')).toBe(false);
    runner.handle({ type: 'resume', runId: 6 });
    await done;
    expect(messages.at(-1)?.type).toBe('converged');
  });

  test('a run paused as it starts computes nothing until resumed', async () => {
    const { messages, runner } = harness();
    const done = runner.handle({ type: 'start', runId: 9, job: 'test', params: { seed: 1, steps: 30 } });
    runner.handle({ type: 'pause', runId: 9 });
    await new Promise((r) => setTimeout(r, 150));
    expect(messages).toEqual([]);
    runner.handle({ type: 'resume', runId: 9 });
    await done;
    expect(messages.some((m) => m.type === 'progress')).toBe(true);
    expect(messages.at(-1)?.type).toBe('converged');
  });

  test('progress is throttled to about 30 per second', async () => {
    const { messages, runner } = harness();
    const t0 = performance.now();
    await runner.handle({ type: 'start', runId: 7, job: 'test', params: { seed: 1, steps: 400 } });
    const seconds = (performance.now() - t0) / 1000;
    const progress = messages.filter((m) => m.type === 'progress').length;
    expect(progress).toBeLessThanOrEqual(Math.ceil(seconds * 30) + 1);
  });

  test('runs of two channels take turns and both finish, freeing everything', async () => {
    const trace: number[] = [];
    const messages: FromWorker[] = [];
    /** Records which run computes each step. */
    const countJob = async (params: { steps: number }, ctx: JobContext) => {
      const kept = ctx.tf.ones([8]); // left for the run's scope
      for (let i = 0; i < params.steps; i++) {
        trace.push(ctx.runId);
        ctx.tf.tidy(() => ctx.tf.sum(kept));
        await ctx.checkpoint();
      }
      return { steps: params.steps };
    };
    const runner = createJobRunner({ jobs: { count: async () => ({ run: countJob }) }, post: (m) => messages.push(m), yieldInterval: 0 });
    const baseline = tf.memory().numTensors;
    await Promise.all([
      runner.handle({ type: 'start', runId: 20, channel: 'a', job: 'count', params: { steps: 30 } }),
      runner.handle({ type: 'start', runId: 21, channel: 'b', job: 'count', params: { steps: 30 } }),
    ]);
    expect(messages.filter((m) => m.type === 'converged').map((m) => ('runId' in m ? m.runId : 0)).sort()).toEqual([20, 21]);
    expect(trace.filter((id) => id === 20).length).toBe(30);
    // They alternate step by step, not one run after the other.
    const switches = trace.slice(1).filter((id, i) => id !== trace[i]).length;
    expect(switches).toBeGreaterThan(50);
    expect(tf.memory().numTensors).toBe(baseline);
  });

  test("one run's end frees its own leftovers, never another run's", async () => {
    const messages: FromWorker[] = [];
    /**
     * Leaves a tensor to its scope while another run is alive, and keeps using it for `after`
     * steps once that run has ended (it lives until then: a fixed number of steps was a race
     * with the other run's start).
     */
    const holder = async (params: { after: number }, ctx: JobContext) => {
      let late: tf.Tensor | null = null;
      let after = 0;
      for (let i = 0; i < 100_000 && after < params.after; i++) {
        if (!late && ctx.concurrentRuns > 0) late = ctx.tf.ones([4]);
        if (late) ctx.tf.tidy(() => ctx.tf.sum(late!));
        if (late && ctx.concurrentRuns === 0) after++;
        await ctx.checkpoint();
      }
      return { used: late !== null };
    };
    const short = async (params: { steps: number }, ctx: JobContext) => {
      ctx.tf.zeros([3]); // its own leftover
      for (let i = 0; i < params.steps; i++) await ctx.checkpoint();
      return {};
    };
    const runner = createJobRunner({ jobs: { holder: async () => ({ run: holder }), short: async () => ({ run: short }) }, post: (m) => messages.push(m), yieldInterval: 0 });
    const baseline = tf.memory().numTensors;
    const long = runner.handle({ type: 'start', runId: 22, channel: 'a', job: 'holder', params: { after: 20 } });
    await new Promise((r) => setTimeout(r, 5));
    await runner.handle({ type: 'start', runId: 23, channel: 'b', job: 'short', params: { steps: 10 } });
    expect(messages.filter((m) => m.type === 'converged').map((m) => ('runId' in m ? m.runId : 0))).toEqual([23]);
    await long;
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(messages.at(-1)).toEqual({ type: 'converged', runId: 22, data: { used: true } });
    expect(tf.memory().numTensors).toBe(baseline);
  });

  test("a start cancels its own channel's run only", async () => {
    const { messages, runner } = harness();
    const a = runner.handle({ type: 'start', runId: 24, channel: 'a', job: 'test', params: { seed: 1, steps: 100000 } });
    const b = runner.handle({ type: 'start', runId: 25, channel: 'b', job: 'test', params: { seed: 1, steps: 80 } });
    await new Promise((r) => setTimeout(r, 20));
    const a2 = runner.handle({ type: 'start', runId: 26, channel: 'a', job: 'test', params: { seed: 1, steps: 20 } });
    await Promise.all([a, b, a2]);
    const ends = messages.filter((m) => m.type !== 'progress').map((m) => [m.type, 'runId' in m ? m.runId : 0]);
    expect(ends).toContainEqual(['stopped', 24]);
    expect(ends).toContainEqual(['converged', 25]);
    expect(ends).toContainEqual(['converged', 26]);
    expect(ends.findIndex(([, id]) => id === 24)).toBeLessThan(ends.findIndex(([, id]) => id === 26));
  });

  test('preload loads the job before a start, and an unknown one quietly', async () => {
    let loads = 0;
    const runner = createJobRunner({ jobs: { test: async () => (loads++, { run: testJob }) }, post: () => undefined });
    await runner.handle({ type: 'preload', job: 'test' });
    await runner.handle({ type: 'preload', job: 'nope' });
    expect(loads).toBe(1);
  });

  test('an unknown job is an error, not a crash', async () => {
    const { messages, runner } = harness();
    await runner.handle({ type: 'start', runId: 8, job: 'nope', params: {} });
    expect(messages).toEqual([expect.objectContaining({ type: 'error', runId: 8, nan: false })]);
  });
});
