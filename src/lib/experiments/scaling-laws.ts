// fig-scaling-laws: Kaplan et al. (2020, arXiv:2001.08361) Eqs. 1.1-1.3, L(x) = (x_c/x)^alpha
// for model size N, dataset size D and minimum compute C_min, with the ranges the paper
// fitted, named sizes to mark, the link schema, and the settings of the "run it yourself"
// width sweep. Constants and ranges: facts.md section 1a.
import { powerLaw } from '@/lib/math/power-law';
import type { LinkSchema } from '@/lib/state/link-state';

export type LawName = 'params' | 'data' | 'compute';
export const lawNames: readonly LawName[] = ['params', 'data', 'compute'];

export interface NamedSize {
  label: string;
  x: number;
  /** What the number is and where it comes from (shown on hover / in the caption). */
  note: string;
}

export interface ScalingLaw {
  name: LawName;
  /** Axis title. */
  variable: string;
  symbol: string;
  unit: string;
  alpha: number;
  xc: number;
  /** The range the paper fitted: drawn solid; outside it the line is dashed (extrapolation). */
  fitted: readonly [number, number];
  /** The plotted x range. */
  domain: readonly [number, number];
  /** Where the cursor starts when the reader picks this law. */
  defaultAt: number;
  named: readonly NamedSize[];
}

/** Non-embedding parameters of a GPT-style decoder, N ~ 12 n_layer d_model^2 (Kaplan Sec. 2.1). */
export function nonEmbeddingParams(nLayer: number, dModel: number): number {
  return 12 * nLayer * dModel * dModel;
}

export const laws: Readonly<Record<LawName, ScalingLaw>> = {
  params: {
    name: 'params',
    variable: 'model size N',
    symbol: 'N',
    unit: 'non-embedding parameters',
    alpha: 0.076,
    xc: 8.8e13,
    fitted: [768, 1.5e9],
    domain: [1e2, 1e12],
    defaultAt: 1e9,
    named: [
      // The ends of the range the paper studied (facts.md §1a, Sec. 3).
      { label: 'smallest model studied', x: 768, note: '768 non-embedding parameters, the bottom of the fitted range' },
      { label: 'largest model studied', x: 1.5e9, note: '1.5 × 10⁹ non-embedding parameters, the top of the fitted range' },
      // GPT-3 175B: 96 layers, d_model 12288 (Brown et al. 2020, Table 2.1).
      { label: 'GPT-3', x: nonEmbeddingParams(96, 12288), note: '96 layers × 12288 wide: about 1.7 × 10¹¹ non-embedding parameters, far beyond the fitted range' },
    ],
  },
  data: {
    name: 'data',
    variable: 'dataset size D',
    symbol: 'D',
    unit: 'tokens',
    alpha: 0.095,
    xc: 5.4e13,
    fitted: [22e6, 23e9],
    domain: [1e6, 1e13],
    defaultAt: 2.3e10,
    named: [
      { label: 'WebText2', x: 2.29e10, note: 'the whole training set of the paper: 2.29 × 10¹⁰ tokens' },
      { label: 'GPT-3 tokens', x: 3e11, note: 'GPT-3 was trained on 3 × 10¹¹ tokens (a different mix of text): beyond the fitted range' },
    ],
  },
  compute: {
    name: 'compute',
    variable: 'compute C_min',
    symbol: 'C_min',
    unit: 'PF-days',
    alpha: 0.05,
    xc: 3.1e8,
    // Sec. 1.2: eight orders of magnitude; the paper's Figure 1 axis runs 1e-9 to 1e1 PF-days.
    fitted: [1e-9, 1e1],
    domain: [1e-11, 1e5],
    defaultAt: 1,
    named: [],
  },
};

/** The constant printed in the legend of the paper's Figure 1 for L(C_min) (Eq. 1.3 says 3.1e8). */
export const figure1ComputeConstant = 2.3e8;

/** Kaplan's loss (nats per token) for the given law at x. */
export function kaplanLoss(law: LawName, x: number): number {
  const l = laws[law];
  return powerLaw(x, l.xc, l.alpha);
}

/** True when x lies inside the range the paper fitted (the solid part of the line). */
export function withinFittedRange(law: LawName, x: number): boolean {
  const [a, b] = laws[law].fitted;
  return x >= a && x <= b;
}

/** Samples of the law over its plotted domain, split into before / fitted / after pieces. */
export function lawCurve(law: LawName, samples = 64): { x: number; loss: number; fitted: boolean }[] {
  const l = laws[law];
  const [lo, hi] = l.domain.map(Math.log10);
  const xs = new Set<number>();
  for (let i = 0; i <= samples; i++) xs.add(10 ** (lo + ((hi - lo) * i) / samples));
  xs.add(l.fitted[0]);
  xs.add(l.fitted[1]);
  return [...xs].sort((a, b) => a - b).map((x) => ({ x, loss: kaplanLoss(law, x), fitted: withinFittedRange(law, x) }));
}

/** The link schema (FIGURES.md): `law`, and `at`, the x value at the cursor. */
export const linkSchema = {
  law: { type: 'enum', default: 'params', values: lawNames },
  at: { type: 'number', default: 1e9, min: 1e-12, max: 1e14 },
} satisfies LinkSchema;

/**
 * The cursor for a law: the law's own default when the link gave no `at`, otherwise `at`
 * clamped to the plotted domain (with one sentence when it had to be moved).
 */
export function resolveCursor(law: LawName, at: number | undefined): { at: number; notice: string } {
  const l = laws[law];
  if (at === undefined || !Number.isFinite(at)) return { at: l.defaultAt, notice: '' };
  const [lo, hi] = l.domain;
  if (at < lo || at > hi) {
    const clamped = Math.min(hi, Math.max(lo, at));
    return { at: clamped, notice: `at=${at} is outside the plotted range of ${l.symbol}; using ${clamped}.` };
  }
  return { at, notice: '' };
}

// ---- "Run it yourself": the width sweep --------------------------------------------------

export interface SweepSettings {
  /** Hidden widths of the one-hidden-layer tanh networks, smallest first. */
  widths: readonly number[];
  /** Full-batch Adam steps per width (no early stopping: every width gets the same budget). */
  steps: number;
  learningRate: number;
  /** Training inputs, drawn uniformly from [-1, 1] with the data seed. */
  trainPoints: number;
  /** Held-out test inputs: an even grid on [-1, 1], disjoint from the training draw. */
  testPoints: number;
  /** First-layer weights and biases are drawn from U(-s, s): bends spread over [-1, 1] at many sharpnesses. */
  inputScale: number;
  seed: number;
}

export const sweepSettings: SweepSettings = {
  widths: [2, 4, 8, 16, 32, 64, 128],
  steps: 600,
  learningRate: 0.01,
  trainPoints: 256,
  testPoints: 512,
  inputScale: 8,
  seed: 1,
};

/** A reduced budget for the Node test on the cpu backend (a few seconds). */
export const testSweepSettings: SweepSettings = {
  ...sweepSettings,
  widths: [2, 8, 32, 128],
  steps: 250,
  trainPoints: 128,
  testPoints: 256,
};

/** Trainable numbers in a 1-w-1 network: w input weights, w biases, w output weights, 1 output bias. */
export function sweepParameterCount(width: number): number {
  return 3 * width + 1;
}

/** The task: a smooth target with several wiggles on [-1, 1]. */
export function sweepTarget(x: number): number {
  return Math.sin(2 * Math.PI * x) + 0.5 * Math.sin(5 * Math.PI * x + 1);
}
