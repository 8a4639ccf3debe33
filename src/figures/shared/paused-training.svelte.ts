// The run lifecycle of the one-dimensional figures whose Pause keeps the run (universal
// approximation, the step, many discontinuities, hard threshold): the page's training worker
// is warmed when the figure mounts (about a screen before it is seen), the first run starts
// on its own when the figure is first near the screen and the worker is ready (AutoTrain:
// never under reduced motion), runs pause while the figure is off screen or the page is
// hidden, Pause / Resume hold and continue the same run (a run the reader paused stays
// paused whatever else happens: the channel keeps the reasons apart, worker-client.ts), and
// a change of settings restarts the run a moment later (so a slider drag starts one run, not
// one per step). The figure keeps its own data and hears each report through the callbacks
// of start().
import { AutoTrain } from './auto-train';
import { createTrainingChannel, type RunHandle, type TrainingChannel } from './worker-client';
import type { TrainingStatus } from './visible-training.svelte';

/** How long settings must rest before a new run starts, ms. */
const RESTART_DELAY = 120;

export interface RunReports<P, F> {
  onprogress: (data: P) => void;
  onconverged: (data: F) => void;
}

export class PausedTraining {
  status: TrainingStatus = $state('idle');
  /** Why the last run failed, '' when it did not. */
  runNotice = $state('');
  /** Which backend stands in for wasm, or why none could start; '' when wasm runs. */
  backendNotice = $state('');
  private channel: TrainingChannel | null = null;
  private run: RunHandle | null = null;
  private restartTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly auto: AutoTrain;

  /** `train` starts a run with the figure's current settings (it calls start()). */
  constructor(
    private readonly figure: string,
    private readonly train: () => void,
  ) {
    // The first run starts once the worker is ready (see VisibleTraining.autoStart), unless
    // the reader or a link started one meanwhile; a worker that failed says so at mount.
    this.auto = new AutoTrain(() =>
      this.channel?.backend.then(
        () => {
          if (this.status === 'idle') this.train();
        },
        () => undefined,
      ),
    );
  }

  /** Call from onMount; returns the clean-up. */
  mount(): () => void {
    this.channel = createTrainingChannel(this.figure);
    this.channel.warm();
    this.channel.backend.then(
      (b) => (this.backendNotice = b.notice),
      (message: string) => {
        this.status = 'error';
        this.backendNotice = message;
      },
    );
    return () => {
      clearTimeout(this.restartTimer);
      this.channel?.dispose();
      this.channel = null;
    };
  }

  /** FigureShell's onvisible. */
  onvisible(near: boolean): void {
    this.channel?.setVisible(near);
    this.auto.onvisible(near);
  }

  start<P, F>(job: string, params: unknown, reports: RunReports<P, F>): void {
    if (!this.channel) return;
    clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    this.status = 'training';
    this.runNotice = '';
    this.run = this.channel.start<P, F>(job, params, {
      onprogress: reports.onprogress,
      onconverged: (data) => {
        reports.onconverged(data);
        this.status = 'converged';
        this.run = null;
      },
      onstopped: () => undefined,
      onerror: (message, nan) => {
        this.status = 'error';
        this.run = null;
        this.runNotice = nan ? `Training diverged (${message}) Press Train to start again.` : message;
      },
    });
  }

  /**
   * Settings changed: a new run shortly. `mounted` is false before the figure is ready (the
   * link state is being applied). The readouts belong to the old settings until the new run
   * reports, so the status says "training" at once, and the old run is cancelled now: were it
   * to finish while the new one waits, it would show the old settings' result as converged.
   */
  restartSoon(mounted: boolean): void {
    clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    if (!mounted) return;
    this.channel?.cancel();
    this.run = null;
    this.status = 'training';
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      this.train();
    }, RESTART_DELAY);
  }

  /** The worker channel, for a figure's follow-up jobs (null before mount and after). */
  get worker(): TrainingChannel | null {
    return this.channel;
  }

  /** Stops the current run (the reader began something that makes it moot, e.g. drawing). */
  cancel(): void {
    clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    this.channel?.cancel();
    this.run = null;
    if (this.status === 'training' || this.status === 'paused') this.status = 'idle';
  }

  /** The Train / Pause / Resume button. */
  pauseOrTrain(): void {
    if (this.status === 'training' && this.run) {
      this.run.pause();
      this.status = 'paused';
    } else if (this.status === 'training' && this.restartTimer !== undefined) {
      // Paused before the new settings' run began: it begins on Resume.
      clearTimeout(this.restartTimer);
      this.restartTimer = undefined;
      this.status = 'paused';
    } else if (this.status === 'paused' && this.run) {
      this.run.resume();
      this.status = 'training';
    } else this.train();
  }

  get buttonLabel(): string {
    return this.status === 'training' ? 'Pause' : this.status === 'paused' ? 'Resume' : 'Train';
  }
}
