// The training lifecycle every training figure shares, in Chromium: one worker per page
// (the one-page edition's seven training figures share it), started and warmed while a
// figure is still about a screen away (client:ahead: once the reader scrolls, or once the
// loaded page is idle), and background tabs: a hidden page holds every run, showing it lets
// them go, and a run the reader paused stays paused through both.
import { test, expect, type Page } from '@playwright/test';
import { collectErrors } from './figures/ml-helpers';

test.setTimeout(120_000);

/**
 * Makes the page look hidden or shown to its scripts. Headless Chromium never hides a page
 * (no tab switch, window minimising or DevTools command changes document.visibilityState),
 * so the test sets what the page reads, visibilityState and hidden, and fires the event a
 * browser fires when a tab goes to the background or comes back.
 */
async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

const pausedBy = (page: Page, figure: string) => page.evaluate((f) => [...(window as any).__trainingChannels[f].pausedBy].sort(), figure);
const step = async (page: Page, id: string) => Number(await page.locator(`#${id} [data-metric="step"]`).getAttribute('data-value'));

/** The figure in view with the page hidden before it hydrates: its first run starts held. */
async function openHidden(page: Page, path: string, id: string): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(path);
  await setHidden(page, true);
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await expect(page.locator(`#${id}`)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect.poll(() => page.evaluate((f) => (window as any).__trainingChannels?.[f]?.pausedBy ?? null, id.slice(4)), { timeout: 30_000 }).toEqual(['hidden']);
}

// One figure of each lifecycle: PausedTraining (universal approximation), VisibleTraining (pose).
const figures = [
  { id: 'fig-universal-approximation', path: '/continuity/universal-approximation/' },
  { id: 'fig-pose-from-pixels', path: '/continuity/learning-from-pixels/' },
];

for (const { id, path } of figures) {
  const figure = id.slice(4);

  test(`${id}: a hidden page holds the run; showing it lets the run train to the end`, async ({ page }) => {
    const errors = collectErrors(page);
    await openHidden(page, path, id);
    const before = await step(page, id);
    await page.waitForTimeout(1500);
    expect(await step(page, id)).toBe(before);
    expect(await pausedBy(page, figure)).toEqual(['hidden']);
    await expect(page.locator(`#${id}`)).toHaveAttribute('data-status', 'training');
    await setHidden(page, false);
    expect(await pausedBy(page, figure)).toEqual([]);
    // Converged is the worker's word that the run computed to its end.
    await expect(page.locator(`#${id}`)).toHaveAttribute('data-status', 'converged', { timeout: 60_000 });
    expect(errors).toEqual([]);
  });

  test(`${id}: a run the reader paused stays paused when the page is shown again`, async ({ page }) => {
    const errors = collectErrors(page);
    await openHidden(page, path, id);
    const before = await step(page, id);
    await page.locator(`#${id} button`, { hasText: /^Pause$/ }).click();
    expect(await pausedBy(page, figure)).toEqual(['hidden', 'reader']);
    await setHidden(page, false);
    expect(await pausedBy(page, figure)).toEqual(['reader']);
    await page.waitForTimeout(1500);
    expect(await step(page, id)).toBe(before);
    await expect(page.locator(`#${id}`)).toHaveAttribute('data-status', 'paused');
    // Hidden and shown again while paused: still the reader's pause alone.
    await setHidden(page, true);
    await setHidden(page, false);
    expect(await pausedBy(page, figure)).toEqual(['reader']);
    await page.locator(`#${id} button`, { hasText: /^Resume$/ }).click();
    await expect(page.locator(`#${id}`)).toHaveAttribute('data-status', 'converged', { timeout: 60_000 });
    expect(errors).toEqual([]);
  });
}

test('the one-page edition starts one training worker for all its training figures', async ({ page }) => {
  const errors = collectErrors(page);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/continuity/one-page/');
  const training = ['fig-scaling-laws', 'fig-universal-approximation', 'fig-pose-from-pixels', 'fig-latent-interpolation', 'fig-step-approximation', 'fig-many-discontinuities', 'fig-hard-threshold'];
  for (const id of training) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await expect(page.locator(`#${id}`)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await expect(page.locator(`#${id}`)).not.toHaveAttribute('data-status', 'idle', { timeout: 30_000 });
  }
  const channels = await page.evaluate(() => Object.keys((window as any).__trainingChannels).sort());
  expect(channels).toEqual(training.map((id) => id.slice(4)).sort());
  expect(workers).toHaveLength(1);
  expect(workers[0]).toMatch(/train\.worker/);
  expect(errors).toEqual([]);
});

test('a training figure hydrates and warms the worker while still a screen away', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('/continuity/universal-approximation/');
  const fig = page.locator('#fig-universal-approximation');
  // Park the figure's top half a screen below the viewport's bottom edge.
  const top = await fig.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const viewport = page.viewportSize()!.height;
  await page.evaluate((y) => window.scrollTo(0, y), Math.max(0, top - 1.5 * viewport));
  const distance = await fig.evaluate((el) => el.getBoundingClientRect().top - window.innerHeight);
  expect(distance).toBeGreaterThan(0.3 * viewport);
  await expect(fig).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect.poll(() => workers.length, { timeout: 10_000 }).toBe(1);
  // Not yet near enough to train (FigureShell starts it within 300 px), yet the backend is up.
  await expect(fig).toHaveAttribute('data-status', 'idle');
  const ready = await page.evaluate(async () => (await (window as any).__trainingChannels['universal-approximation'].backend).backend);
  expect(ready).toBe('wasm');
});

test('a training figure within a screen of the first view hydrates once the page has loaded, before the reader scrolls', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  // When the figure became ready, on the page's clock.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const fig = document.getElementById('fig-pose-from-pixels')!;
      new MutationObserver(() => {
        if (fig.dataset.ready === 'true') (window as any).__readyAt ??= performance.now();
      }).observe(fig, { attributes: true });
    });
  });
  await page.goto('/continuity/learning-from-pixels/');
  const fig = page.locator('#fig-pose-from-pixels');
  const viewport = page.viewportSize()!.height;
  const top = await fig.evaluate((el) => el.getBoundingClientRect().top);
  // Below the first view, within the next screen: near, not in view.
  expect(top).toBeGreaterThan(viewport);
  expect(top).toBeLessThan(2 * viewport);
  await expect(fig).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect.poll(() => workers.length, { timeout: 10_000 }).toBe(1);
  // Not while the page loaded (its first screen keeps the main thread), and without a scroll.
  const { readyAt, loadEnd, scrollY } = await page.evaluate(() => ({
    readyAt: (window as any).__readyAt as number,
    loadEnd: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    scrollY: window.scrollY,
  }));
  expect(loadEnd).toBeGreaterThan(0);
  expect(readyAt).toBeGreaterThanOrEqual(loadEnd);
  expect(scrollY).toBe(0);
  expect(await fig.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(viewport);
});

test('new settings cancel the run in progress at once; Pause before the new run begins holds it until Resume', async ({ page }) => {
  const errors = collectErrors(page);
  const id = 'fig-universal-approximation';
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/continuity/universal-approximation/');
  const fig = page.locator(`#${id}`);
  await fig.scrollIntoViewIfNeeded();
  await expect(fig).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(fig).toHaveAttribute('data-status', 'idle');
  // Train, then Pause, in one task: a run the reader holds.
  const press = (labels: string[]) =>
    page.evaluate(
      ([fid, names]) => {
        for (const name of names) [...document.querySelectorAll<HTMLButtonElement>(`#${fid} button`)].find((b) => b.textContent === name)!.click();
      },
      [id, labels] as const,
    );
  await press(['Train', 'Train']);
  await expect(fig).toHaveAttribute('data-status', 'paused');
  const before = await step(page, id);
  // Reset (the settings change: a new run in 120 ms), and Pause before it begins.
  await press(['Reset', 'Resume']);
  await expect(fig).toHaveAttribute('data-status', 'paused');
  await page.waitForTimeout(600);
  await expect(fig).toHaveAttribute('data-status', 'paused');
  expect(await step(page, id)).toBe(before);
  // No run is left in the worker: the reader's paused run was cancelled by the change.
  await expect.poll(() => page.evaluate(async (f) => (await (window as any).__trainingChannels[f].memory()).numTensors, 'universal-approximation')).toBe(0);
  await fig.locator('button', { hasText: /^Resume$/ }).click();
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 60_000 });
  expect(errors).toEqual([]);
});

// A figure hydrated ahead comes near before its worker has compiled its WebAssembly: its
// first run starts (and it says "training") only once the worker is ready.
for (const { id, path } of [
  { id: 'fig-pose-from-pixels', path: '/continuity/learning-from-pixels/' },
  { id: 'fig-many-discontinuities', path: '/continuity/many-discontinuities/' },
]) {
  test(`${id}: the first run starts on its own once the worker is ready`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    // When the worker said 'ready', and when the figure first said 'training', on the page's clock.
    await page.addInitScript((fid) => {
      const t = ((window as any).__t = {} as Record<string, number>);
      const Base = window.Worker;
      window.Worker = class extends Base {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          this.addEventListener('message', (e) => {
            if (e.data?.type === 'ready') t.ready ??= performance.now();
          });
        }
      };
      document.addEventListener('DOMContentLoaded', () => {
        const fig = document.getElementById(fid)!;
        new MutationObserver(() => {
          if (fig.dataset.status === 'training') t.training ??= performance.now();
        }).observe(fig, { attributes: true });
      });
    }, id);
    await page.goto(path);
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await expect(page.locator(`#${id}`)).toHaveAttribute('data-status', /training|converged/, { timeout: 30_000 });
    const t = await page.evaluate(() => (window as any).__t);
    expect(t.ready).toBeGreaterThan(0);
    expect(t.training).toBeGreaterThanOrEqual(t.ready);
    expect(errors).toEqual([]);
  });
}
