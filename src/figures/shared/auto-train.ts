// When a training figure trains: on its own once it is near the screen (never on its own
// when the reader prefers reduced motion: then the reader presses Train), paused while it is
// off screen. A small state holder the figure calls from FigureShell's onvisible.
import { prefersReducedMotion } from './motion';
import type { TrainingChannel } from './worker-client';

export class AutoTrain {
  private seen = false;
  visible = false;
  constructor(
    private readonly channel: () => TrainingChannel | null,
    private readonly startFirst: () => void,
  ) {}

  /** FigureShell's onvisible: starts the first run once (unless reduced motion), pauses/resumes after. */
  onvisible(visible: boolean): void {
    this.visible = visible;
    if (visible && !this.seen) {
      this.seen = true;
      if (!prefersReducedMotion()) this.startFirst();
      return;
    }
    this.channel()?.setVisible(visible);
  }
}
