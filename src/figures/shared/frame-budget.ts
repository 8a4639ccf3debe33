// Runs long computations (generators from src/lib that yield after each small unit of work)
// a few milliseconds per animation frame, so dragging stays smooth while sweeps fill in.
// Starting a task under a key that is already running cancels the old one.
export interface BudgetRunner {
  /** Higher priority runs first (default 0). */
  run<R>(key: string, gen: Generator<unknown, R>, done: (result: R) => void, priority?: number): void;
  cancel(key?: string): void;
  busy(): boolean;
  /** Runs the queued work for up to `ms` milliseconds now (called from the figure's frame). */
  step(ms: number): void;
}

export function budgetRunner(onIdleChange?: (busy: boolean) => void, budgetMs: () => number = () => 4): BudgetRunner {
  type Task = { gen: Generator<unknown, unknown>; done: (r: unknown) => void; priority: number };
  const tasks = new Map<string, Task>();
  let raf = 0;
  let measured = 0;
  let wasBusy = false;

  const notify = () => {
    const b = tasks.size > 0;
    if (b !== wasBusy) {
      wasBusy = b;
      onIdleChange?.(b);
    }
  };

  function step(ms: number) {
    const end = performance.now() + ms;
    while (tasks.size && performance.now() < end) {
      let key = '';
      let task: Task | undefined;
      for (const [k, t] of tasks) if (!task || t.priority > task.priority) [key, task] = [k, t];
      if (!task) break;
      const r = task.gen.next();
      if (r.done) {
        tasks.delete(key);
        task.done(r.value);
      }
    }
    notify();
  }

  function schedule() {
    if (raf || typeof requestAnimationFrame === 'undefined') return;
    raf = requestAnimationFrame(() => {
      raf = 0;
      const t = performance.now();
      step(budgetMs());
      performance.measure?.('figure:sweep-step', { start: t, end: performance.now() });
      if (++measured % 500 === 0) performance.clearMeasures?.('figure:sweep-step');
      if (tasks.size) schedule();
    });
  }

  return {
    run(key, gen, done, priority = 0) {
      tasks.delete(key);
      tasks.set(key, { gen, done: done as (r: unknown) => void, priority });
      notify();
      schedule();
    },
    cancel(key) {
      if (key === undefined) tasks.clear();
      else tasks.delete(key);
      notify();
    },
    busy: () => tasks.size > 0,
    step,
  };
}
