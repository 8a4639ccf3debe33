// Convergence by plateau: training has converged when the best loss of the last `window`
// steps improved on the best loss before them by less than a relative `tolerance`, or the
// loss fell below `floor`. (A loss that still falls by 1% per window is not converged.)

export interface PlateauOptions {
  window: number;
  tolerance: number;
  floor?: number;
}

export interface PlateauDetector {
  /** Feed the loss after a step; returns true once the loss has plateaued. */
  push(step: number, loss: number): boolean;
}

export function plateauDetector({ window, tolerance, floor = 0 }: PlateauOptions): PlateauDetector {
  let bestBefore = Number.POSITIVE_INFINITY;
  let bestInWindow = Number.POSITIVE_INFINITY;
  let windowStart = 0;
  return {
    push(step, loss) {
      if (loss <= floor) return true;
      bestInWindow = Math.min(bestInWindow, loss);
      if (step - windowStart < window) return false;
      const improved = bestBefore - bestInWindow > tolerance * bestBefore;
      const done = Number.isFinite(bestBefore) && !improved;
      bestBefore = Math.min(bestBefore, bestInWindow);
      bestInWindow = Number.POSITIVE_INFINITY;
      windowStart = step;
      return done;
    },
  };
}
