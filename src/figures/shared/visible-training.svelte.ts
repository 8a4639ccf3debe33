// The run lifecycle of the figures that train while they are on screen (scaling laws, pose
// from pixels, latent interpolation): the page's training worker is warmed when the figure
// mounts (it hydrates about a screen before it is seen), the first run starts on its own when
// the figure first comes near the screen and the worker is ready (never when the reader
// prefers reduced motion: then they press Train); a run pauses while its figure is off
// screen or the page is hidden and resumes when it is back, unless the reader paused it,
// which only the reader undoes (the channel keeps these apart: worker-client.ts). The figure
// keeps its own data: it hears each report through onprogress / onconverged.
import { prefersReducedMotion } from './motion';
import { createTrainingChannel, type RunHandle, type TrainingChannel } from './worker-client';

export type TrainingStatus = 'idle' | 'training' | 'converged' | 'paused' | 'error';

export interface VisibleTrainingOptions<P, F> {
  /** The figure's name (its worker channel, and the benchmark's hook). */
  figure: string;
  /** The worker job (src/workers/jobs). */
  job: string;
  /** The settings of a run the figure starts on its own. */
  params: () => unknown;
  /** Called as each run starts (the figure clears what the old run showed). */
  onstart?: () => void;
  onprogress: (data: P) => void;
  onconverged: (data: F) => void;
  /** The one-line notice when the loss became NaN (the worker stopped and freed the run). */
  nanNotice: string;
}

export class VisibleTraining<P, F> {
  status: TrainingStatus = $state('idle');
  /** The reader paused the run (a pause the figure leaving the screen does not undo). */
  userPaused = $state(false);
  /** A run was started since the figure mounted (or since stop()). */
  started = $state(false);
  /** Why a run failed, or which backend stands in for wasm: one line, '' when all is well. */
  notice = $state('');
  /** False under reduced motion: nothing starts without the reader. */
  autoplay = false;
  private channel: TrainingChannel | null = null;
  private run: RunHandle | null = null;
  private visible = false;

  constructor(private readonly options: VisibleTrainingOptions<P, F>) {}

  /** Call from onMount; returns the clean-up. */
  mount(): () => void {
    this.autoplay = !prefersReducedMotion();
    this.channel = createTrainingChannel(this.options.figure);
    this.channel.warm(this.options.job);
    this.autoStart();
    return () => {
      this.run?.cancel();
      this.run = null;
      this.channel?.dispose();
      this.channel = null;
    };
  }

  /** FigureShell's onvisible. */
  onvisible(near: boolean): void {
    this.visible = near;
    if (!this.channel) return;
    this.channel.setVisible(near);
    if (!this.started) {
      this.autoStart();
      return;
    }
    if (this.userPaused) return;
    if (this.status === 'training' && !near) this.status = 'paused';
    else if (this.status === 'paused' && near) this.status = 'training';
  }

  /**
   * The first run the figure starts on its own: once its worker is ready (a figure hydrated
   * ahead starts as it comes near, often before the worker has compiled its WebAssembly; it
   * says "training" only when it can), if it is still near and the reader has started none.
   * A worker that failed starts it too, so that the run reports why.
   */
  private autoStart(): void {
    const channel = this.channel;
    if (!channel || !this.visible || !this.autoplay) return;
    const go = () => {
      if (this.channel === channel && !this.started && this.visible) this.start();
    };
    channel.backend.then(go, go);
  }

  /** A new run (the old one, if any, is cancelled and freed first). */
  start(params: unknown = this.options.params()): void {
    const channel = this.channel;
    if (!channel) return;
    const { job, onprogress, onconverged, nanNotice, onstart } = this.options;
    onstart?.();
    this.started = true;
    this.userPaused = false;
    this.notice = '';
    this.status = this.visible ? 'training' : 'paused';
    this.run = channel.start<P, F>(job, params, {
      onprogress,
      onconverged: (data) => {
        onconverged(data);
        this.status = 'converged';
      },
      onerror: (message, nan) => {
        this.status = 'error';
        this.notice = nan ? nanNotice : message;
      },
    });
    channel.backend.then(
      (b) => {
        if (b.notice) this.notice = b.notice;
      },
      (message) => {
        this.status = 'error';
        this.notice = String(message);
      },
    );
  }

  /** The reader's pause or resume of the current run; false when there is none to toggle. */
  togglePause(): boolean {
    if (!this.run) return false;
    if (this.status === 'training') {
      this.run.pause();
      this.userPaused = true;
      this.status = 'paused';
      return true;
    }
    if (this.status === 'paused' && this.userPaused) {
      this.run.resume();
      this.userPaused = false;
      this.status = this.visible ? 'training' : 'paused';
      return true;
    }
    return false;
  }

  /** The Train / Pause / Resume button's words. */
  get buttonLabel(): string {
    if (this.status === 'training') return 'Pause';
    if (this.status === 'paused' && this.userPaused) return 'Resume';
    return this.started ? 'Train again' : 'Train';
  }

  /** Cancels any run and goes back to before the first one (Reset under reduced motion). */
  stop(): void {
    this.run?.cancel();
    this.run = null;
    this.started = false;
    this.userPaused = false;
    this.notice = '';
    this.status = 'idle';
  }
}
