// Runs a generator in slices of a few milliseconds between macrotasks, so a long computation
// (a jump profile, a modulus of continuity) never holds the main thread for long. Returns a
// cancel function; `done` receives the generator's return value.
export function runSliced<R>(gen: Generator<unknown, R>, done: (result: R) => void, budgetMs = 8): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    if (cancelled) return;
    const end = performance.now() + budgetMs;
    for (;;) {
      const r = gen.next();
      if (r.done) {
        done(r.value);
        return;
      }
      if (performance.now() > end) break;
    }
    timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, 0);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}

/** Runs several generators one after another, collecting their results in order. */
export function* sequence<R>(gens: Generator<unknown, R>[]): Generator<unknown, R[]> {
  const out: R[] = [];
  for (const g of gens) out.push(yield* g);
  return out;
}
