// Per-step training time, measured inside the page's training worker (the `bench-mlp` job) in
// headless Chromium: ms per full-batch Adam step on 256 points, per backend and size, and the
// PROBE: the 1-64-64-1 step on wasm, which every other timing of a run is also divided by, so
// that runs on different machines or under different load can be compared (ratios).

/** A quiet page whose worker runs the step jobs (reduced motion: no figure trains meanwhile). */
async function stepPage(browser, base) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto(`${base}/continuity/universal-approximation/`, { waitUntil: 'load' });
  await page.locator('#fig-universal-approximation').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.__trainingChannels?.['universal-approximation'], undefined, { timeout: 30_000 });
  return { page, close: () => ctx.close() };
}

/** One measurement: ms per step (NaN when that backend is not available). */
async function msPerStep(page, sizes, backend, steps) {
  const result = await page.evaluate(
    ([s, b, n]) =>
      new Promise((resolve) => {
        const ch = window.__trainingChannels['universal-approximation'];
        ch.start('bench-mlp', { sizes: s, backend: b, steps: n }, {
          onconverged: (d) => resolve(d),
          onerror: (m) => resolve({ error: m }),
          onstopped: () => resolve({ error: 'stopped' }),
        });
      }),
    [sizes, backend, steps],
  );
  return result.error || result.backend !== backend ? NaN : result.msPerStep;
}

const median = (xs) => {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)] : NaN;
};

/** The probe: ms per 1-64-64-1 step on 256 points on wasm, median of `runs` (200 steps each). */
export async function measureProbe(browser, base, runs = 3) {
  const { page, close } = await stepPage(browser, base);
  try {
    const samples = [];
    for (let r = 0; r < runs; r++) samples.push(await msPerStep(page, [1, 64, 64, 1], 'wasm', 200));
    return median(samples);
  } finally {
    await close();
  }
}

/** ms per step for three sizes on each backend (medians of `runs`). */
export async function measureStepTimes(browser, base, runs) {
  const { page, close } = await stepPage(browser, base);
  const out = {};
  try {
    for (const sizes of [[1, 16, 16, 1], [1, 64, 64, 1], [1, 256, 256, 1]]) {
      for (const backend of ['wasm', 'cpu', 'webgl']) {
        const samples = [];
        for (let r = 0; r < runs; r++) {
          const ms = await msPerStep(page, sizes, backend, sizes[1] >= 256 ? 40 : 150);
          if (!Number.isFinite(ms)) break;
          samples.push(ms);
        }
        out[`${sizes.join('-')} ${backend}`] = median(samples);
      }
    }
  } finally {
    await close();
  }
  return out;
}
