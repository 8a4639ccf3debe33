// fig-scaling-laws: the curves reproduce Kaplan et al.'s fits (facts.md sample values), the
// power-law fit recovers a known exponent from noisy synthetic data, and the live width
// sweep (the worker's job, run here on the cpu backend with a reduced budget) gives a test
// loss that falls with width; at the figure's own settings (seed 1) it falls roughly along a
// straight line with alpha about 1.26, the caption's "much steeper exponent" than 0.076.
import { beforeAll, describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { powerLaw } from '@/lib/math/power-law';
import { fitPowerLaw } from '@/lib/math/power-law-fit';
import { spearmanRankCorrelation } from '@/lib/math/rank-correlation';
import { seededRandom } from '@/lib/ml/seeded-random';
import {
  figure1ComputeConstant,
  kaplanLoss,
  lawCurve,
  laws,
  linkSchema,
  resolveCursor,
  sweepParameterCount,
  testSweepSettings,
  withinFittedRange,
} from '@/lib/experiments/scaling-laws';
import { sweepData } from '@/lib/experiments/scaling-sweep';
import { decodeLinkState } from '@/lib/state/link-state';
import { createJobRunner } from '@/workers/run-job';
import type { FromWorker } from '@/workers/protocol';
import type { SweepProgress, SweepResult } from '@/workers/jobs/scaling-laws';

const round2 = (v: number) => Math.round(v * 100) / 100;

describe('Kaplan et al. 2020, Eqs. 1.1-1.3', () => {
  test('power law evaluates (x_c/x)^alpha', () => {
    expect(powerLaw(1, 2, 1)).toBeCloseTo(2, 12);
    expect(powerLaw(8, 2, 0.5)).toBeCloseTo(0.5, 12);
    expect(powerLaw(0, 1, 1)).toBeNaN();
  });

  test('L(N) matches the sample values of facts.md to 2 decimals', () => {
    expect(round2(kaplanLoss('params', 1e5))).toBe(4.78);
    expect(round2(kaplanLoss('params', 1e7))).toBe(3.37);
    expect(round2(kaplanLoss('params', 1e9))).toBe(2.38);
    expect(round2(kaplanLoss('params', 1.5e9))).toBe(2.3);
  });

  test('L(D = 2.3e10) = 2.09', () => {
    expect(round2(kaplanLoss('data', 2.3e10))).toBe(2.09);
  });

  test('L(C_min) at 1 PF-day: Eq. 1.3 gives 2.658, the Figure 1 legend constant 2.619', () => {
    expect(kaplanLoss('compute', 1)).toBeCloseTo(2.658, 3);
    expect(powerLaw(1, figure1ComputeConstant, laws.compute.alpha)).toBeCloseTo(2.619, 3);
  });

  test('doubling N multiplies the loss by 2^-0.076 (about 0.95)', () => {
    expect(kaplanLoss('params', 2e8) / kaplanLoss('params', 1e8)).toBeCloseTo(0.9487, 4);
  });

  test('the constants are the paper’s', () => {
    expect([laws.params.alpha, laws.params.xc]).toEqual([0.076, 8.8e13]);
    expect([laws.data.alpha, laws.data.xc]).toEqual([0.095, 5.4e13]);
    expect([laws.compute.alpha, laws.compute.xc]).toEqual([0.05, 3.1e8]);
  });

  test('fitted ranges: solid inside, dashed outside; GPT-3 is an extrapolation, the largest model studied is not', () => {
    expect(laws.params.fitted).toEqual([768, 1.5e9]);
    expect(laws.data.fitted).toEqual([22e6, 23e9]);
    const gpt3 = laws.params.named.find((m) => m.label === 'GPT-3')!;
    const gpt2 = laws.params.named.find((m) => m.label === 'largest model studied')!;
    expect(gpt3.x).toBeCloseTo(1.74e11, -9);
    expect(withinFittedRange('params', gpt3.x)).toBe(false);
    expect(withinFittedRange('params', gpt2.x)).toBe(true);
    const curve = lawCurve('params');
    expect(curve.some((p) => !p.fitted && p.x < 768)).toBe(true);
    expect(curve.some((p) => !p.fitted && p.x > 1.5e9)).toBe(true);
    // The loss falls monotonically along every curve.
    for (const law of ['params', 'data', 'compute'] as const) {
      const c = lawCurve(law);
      for (let i = 1; i < c.length; i++) expect(c[i].loss).toBeLessThan(c[i - 1].loss);
    }
  });

  test('link state: the e2e link reads 1e9; the cursor follows the law and is clamped', () => {
    const decoded = decodeLinkState('scaling-laws', linkSchema, '?scaling-laws.law=params&scaling-laws.at=1e9');
    expect(decoded.values).toEqual({ law: 'params', at: 1e9 });
    expect(decoded.notices).toEqual([]);
    expect(resolveCursor('compute', undefined).at).toBe(1);
    const clamped = resolveCursor('compute', 1e9);
    expect(clamped.at).toBe(laws.compute.domain[1]);
    expect(clamped.notice).not.toBe('');
  });
});

describe('least-squares power-law fit', () => {
  test('recovers a known exponent and constant from noisy synthetic data', () => {
    const rand = seededRandom(42);
    const alpha = 0.37;
    const xc = 3e4;
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i < 40; i++) {
      const x = 10 ** (1 + (4 * i) / 39);
      // Multiplicative noise, about +-5%.
      const noise = Math.exp(0.05 * (rand() + rand() + rand() - 1.5) * 2);
      xs.push(x);
      ys.push(powerLaw(x, xc, alpha) * noise);
    }
    const fit = fitPowerLaw(xs, ys)!;
    expect(fit.alpha).toBeGreaterThan(alpha - 0.01);
    expect(fit.alpha).toBeLessThan(alpha + 0.01);
    expect(Math.abs(Math.log10(fit.xc / xc))).toBeLessThan(0.1);
    expect(fit.r2).toBeGreaterThan(0.99);
    expect(fit.slope).toBeCloseTo(-fit.alpha, 12);
  });

  test('is exact on exact data and refuses degenerate input', () => {
    const xs = [1, 10, 100, 1000];
    const fit = fitPowerLaw(xs, xs.map((x) => powerLaw(x, 5e3, 0.5)))!;
    expect(fit.alpha).toBeCloseTo(0.5, 10);
    expect(fit.xc).toBeCloseTo(5e3, 6);
    expect(fit.r2).toBeCloseTo(1, 12);
    expect(fitPowerLaw([5, 5], [1, 2])).toBeNull();
    expect(fitPowerLaw([1], [1])).toBeNull();
  });

  test('Spearman correlation: -1 for a falling sequence, ties handled', () => {
    expect(spearmanRankCorrelation([1, 2, 3, 4], [9, 5, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearmanRankCorrelation([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
    expect(spearmanRankCorrelation([1, 2, 3], [1, 1, 2])).toBeCloseTo(0.866, 3);
  });
});

describe('the live width sweep (cpu backend, reduced budget)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  test('the sweep data is seeded and held out', () => {
    const a = sweepData(testSweepSettings, 3);
    const b = sweepData(testSweepSettings, 3);
    expect(Array.from(a.trainX)).toEqual(Array.from(b.trainX));
    expect(Array.from(sweepData(testSweepSettings, 4).trainX)).not.toEqual(Array.from(a.trainX));
    const train = new Set(a.trainX);
    expect(Array.from(a.testX).some((x) => train.has(x))).toBe(false);
  });

  test('test loss falls with width (Spearman <= -0.8), progress streams, tensors are freed', async () => {
    const before = tf.memory().numTensors;
    const messages: FromWorker[] = [];
    const runner = createJobRunner({
      jobs: { 'scaling-laws': () => import('@/workers/jobs/scaling-laws') },
      post: (m) => messages.push(m),
      yieldInterval: 50,
    });
    await runner.handle({ type: 'start', runId: 1, job: 'scaling-laws', params: { settings: testSweepSettings } });
    const done = messages.find((m) => m.type === 'converged');
    expect(done, JSON.stringify(messages.filter((m) => m.type === 'error'))).toBeDefined();
    const result = (done as { data: SweepResult }).data;
    expect(result.points.map((p) => p.width)).toEqual([...testSweepSettings.widths]);
    expect(result.points.map((p) => p.params)).toEqual(testSweepSettings.widths.map(sweepParameterCount));
    const params = result.points.map((p) => p.params);
    const loss = result.points.map((p) => p.testLoss);
    const rho = spearmanRankCorrelation(params, loss);
    console.info(`sweep: ${result.points.map((p) => `w=${p.width} test=${p.testLoss.toExponential(2)}`).join('; ')}; rho=${rho}; ${result.msPerStep.toFixed(2)} ms/step, total ${result.totalMs.toFixed(0)} ms`);
    expect(rho).toBeLessThanOrEqual(-0.8);
    const fit = fitPowerLaw(params, loss)!;
    console.info(`sweep power law: alpha ${fit.alpha.toFixed(2)}, r2 ${fit.r2.toFixed(3)}`);
    expect(fit.alpha).toBeGreaterThan(0);
    expect(fit.r2).toBeGreaterThan(0.8);
    // Training lowered every width's test loss from where it started (the first message).
    const progress = messages.filter((m) => m.type === 'progress').map((m) => m.data as SweepProgress);
    expect(progress[0].step).toBe(0);
    progress[0].points.forEach((p, i) => expect(loss[i]).toBeLessThan(p.testLoss));
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('the sweep at the figure’s own settings (seed 1, cpu backend)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  test('its test loss falls roughly along a straight line on log-log axes, about 16 times as steep as the language models’', async () => {
    const messages: FromWorker[] = [];
    const runner = createJobRunner({ jobs: { 'scaling-laws': () => import('@/workers/jobs/scaling-laws') }, post: (m) => messages.push(m), yieldInterval: 1000 });
    await runner.handle({ type: 'start', runId: 1, job: 'scaling-laws', params: {} });
    const result = (messages.find((m) => m.type === 'converged') as { data: SweepResult }).data;
    const fit = fitPowerLaw(result.points.map((p) => p.params), result.points.map((p) => p.testLoss))!;
    console.info(`figure's sweep, seed 1: alpha ${fit.alpha.toFixed(3)}, r2 ${fit.r2.toFixed(3)}; ${result.points.map((p) => `w=${p.width} ${p.testLoss.toExponential(2)}`).join('; ')}`);
    // The caption: alpha about 1.2 to 1.3 (seeds 1 to 3), against 0.076 for model size.
    expect(fit.alpha).toBeGreaterThan(1.15);
    expect(fit.alpha).toBeLessThan(1.35);
    expect(fit.alpha / laws.params.alpha).toBeGreaterThan(15);
    expect(fit.r2).toBeGreaterThan(0.9);
  }, 400_000); // about 10 s of cpu time; a loaded shared machine takes several times longer
});

describe('packed training is training the networks one by one', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  test('a width trained alone ends where it ends in the packed sweep', async () => {
    const settings = { ...testSweepSettings, steps: 60 };
    async function sweep(widths: number[]) {
      const messages: FromWorker[] = [];
      const runner = createJobRunner({ jobs: { s: () => import('@/workers/jobs/scaling-laws') }, post: (m) => messages.push(m), yieldInterval: 50 });
      await runner.handle({ type: 'start', runId: 1, job: 's', params: { settings: { ...settings, widths } } });
      return (messages.find((m) => m.type === 'converged') as { data: SweepResult }).data.points;
    }
    const packed = await sweep([2, 8, 32]);
    const alone = await sweep([8]);
    expect(alone[0].testLoss).toBeCloseTo(packed[1].testLoss, 5);
    expect(alone[0].trainLoss).toBeCloseTo(packed[1].trainLoss, 5);
  });
});
