// When a training figure's first run starts: on its own once the figure is first near the
// screen (its lifecycle then waits for the worker to be ready), never on its own when the
// reader prefers reduced motion (then the reader presses Train). Pausing off screen is the
// training channel's business (worker-client.ts).
import { prefersReducedMotion } from './motion';

export class AutoTrain {
  private seen = false;
  constructor(private readonly startFirst: () => void) {}

  /** FigureShell's onvisible: starts the first run once (unless reduced motion). */
  onvisible(visible: boolean): void {
    if (!visible || this.seen) return;
    this.seen = true;
    if (!prefersReducedMotion()) this.startFirst();
  }
}
