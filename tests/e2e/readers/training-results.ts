// The figures whose result comes from training, and the readouts that carry the sentence
// beside each: without JavaScript (and so in print and in text readers) they must already be
// numbers, from the default run trained at build time. Ranges are the claims the captions make.
import type { Page } from '@playwright/test';

export interface TrainedReadout {
  figure: string;
  metric: string;
  /** The claim on the number, when the caption states one: [low, high]. */
  range?: [number, number];
}

export const trainedReadouts: TrainedReadout[] = [
  { figure: 'fig-universal-approximation', metric: 'sup-error' },
  { figure: 'fig-universal-approximation', metric: 'rms-error' },
  // "the worst-case error falls as the layer widens": from width 1 (about 0.7) to 256 (well under 0.05).
  { figure: 'fig-universal-approximation', metric: 'sweep-sup-error-narrowest', range: [0.1, 2] },
  { figure: 'fig-universal-approximation', metric: 'sweep-sup-error-widest', range: [0, 0.05] },
  // "the worst-case error stays at one half"
  { figure: 'fig-step-approximation', metric: 'sup-error', range: [0.5, 0.6] },
  { figure: 'fig-step-approximation', metric: 'rms-error' },
  { figure: 'fig-step-approximation', metric: 'transition-width' },
  { figure: 'fig-many-discontinuities', metric: 'jumps-resolved', range: [0, 3] },
  { figure: 'fig-many-discontinuities', metric: 'rms-error-near-zero', range: [0.4, 0.6] },
  { figure: 'fig-hard-threshold', metric: 'gradient-norm', range: [0, 1e-9] },
  { figure: 'fig-hard-threshold', metric: 'search-loss', range: [0, 0] },
  // "α about 1.2 to 1.3"
  { figure: 'fig-scaling-laws', metric: 'alpha', range: [1.2, 1.3] },
  { figure: 'fig-pose-from-pixels', metric: 'seam-error' },
  { figure: 'fig-pose-from-pixels', metric: 'bulk-error' },
  // "At the default latent size, 8, the path cross-fades (fade-likeness about 0.7)"
  { figure: 'fig-latent-interpolation', metric: 'fade-likeness', range: [0.6, 0.8] },
  { figure: 'fig-latent-interpolation', metric: 'motion-likeness' },
  { figure: 'fig-latent-interpolation', metric: 'largest-step' },
];

/** The figures' verdicts, read as words. */
export const trainedVerdicts = [{ figure: 'fig-latent-interpolation', metric: 'verdict', value: 'cross-fades' }];

/** Each trained readout on the page: its raw value and the text a reader sees (label and value). */
export async function readTrained(page: Page): Promise<{ figure: string; metric: string; value: string | null; shown: string }[]> {
  return page.evaluate(
    (wanted) =>
      wanted.map(({ figure, metric }) => {
        const el = document.querySelector(`#${figure} [data-metric="${metric}"]`);
        return { figure, metric, value: el?.getAttribute('data-value') ?? null, shown: el?.closest('.metric')?.textContent?.trim() ?? '' };
      }),
    [...trainedReadouts, ...trainedVerdicts].map(({ figure, metric }) => ({ figure, metric })),
  );
}
