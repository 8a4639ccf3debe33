// Per-step training time per TensorFlow.js backend, measured inside the figures' worker
// (the `bench-mlp` job) in headless Chromium: ms per full-batch Adam step on 256 points.
export async function measureStepTimes(browser, base, runs) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto(`${base}/continuity/universal-approximation/`, { waitUntil: 'load' });
  await page.locator('#fig-universal-approximation').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.__trainingChannels?.['universal-approximation'], undefined, { timeout: 30_000 });
  const out = {};
  for (const sizes of [[1, 16, 16, 1], [1, 64, 64, 1], [1, 256, 256, 1]]) {
    for (const backend of ['wasm', 'cpu', 'webgl']) {
      const samples = [];
      for (let r = 0; r < runs; r++) {
        const result = await page.evaluate(
          ([s, b]) =>
            new Promise((resolve) => {
              const ch = window.__trainingChannels['universal-approximation'];
              ch.start('bench-mlp', { sizes: s, backend: b, steps: s[1] >= 256 ? 40 : 150 }, {
                onconverged: (d) => resolve(d),
                onerror: (m) => resolve({ error: m }),
                onstopped: () => resolve({ error: 'stopped' }),
              });
            }),
          [sizes, backend],
        );
        if (result.error || result.backend !== backend) break;
        samples.push(result.msPerStep);
      }
      out[`${sizes.join('-')} ${backend}`] = samples.length ? samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] : NaN;
    }
  }
  await ctx.close();
  return out;
}
