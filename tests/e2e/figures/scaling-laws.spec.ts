// fig-scaling-laws in Chromium: hydrates, the cursor reads Kaplan's laws (2.38 at N = 1e9),
// the law selector, slider and keyboard move it, the sweep trains in the worker and its loss
// falls with size, state links restore, a malformed link is repaired with a notice, reduced
// motion waits for the reader, and nothing logs an error.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const PAGE = '/continuity/introduction/';
const FIG = '#fig-scaling-laws';

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

async function open(page: Page, query = '') {
  await page.goto(PAGE + query);
  const fig = page.locator(FIG);
  await fig.scrollIntoViewIfNeeded();
  await expect(fig).toHaveAttribute('data-ready', 'true');
  return fig;
}

const metric = (page: Page, name: string) => page.locator(`${FIG} [data-metric="${name}"]`);
async function value(page: Page, name: string): Promise<number> {
  return Number(await metric(page, name).getAttribute('data-value'));
}
const round2 = (v: number) => Math.round(v * 100) / 100;

function spearman(xs: number[], ys: number[]): number {
  const rank = (v: number[]) => {
    const order = v.map((x, i) => [x, i]).sort((a, b) => a[0] - b[0]);
    const r: number[] = [];
    order.forEach(([, i], k) => (r[i] = k + 1));
    return r;
  };
  const rx = rank(xs);
  const ry = rank(ys);
  const n = xs.length;
  const d2 = rx.reduce((s, r, i) => s + (r - ry[i]) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

test('the link reads loss 2.38 at N = 1e9, and the sweep trains with loss falling in size', async ({ page }) => {
  const errors = watchErrors(page);
  const fig = await open(page, '?scaling-laws.law=params&scaling-laws.at=1e9');
  expect(await value(page, 'at')).toBe(1e9);
  expect(round2(await value(page, 'loss-at-cursor'))).toBe(2.38);
  await expect(page.locator(`${FIG} .figure-notice`)).toHaveAttribute('data-notice', 'false');

  // The sweep starts by itself when visible and converges.
  await expect(fig).toHaveAttribute('data-status', /training|converged/);
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 60_000 });
  const points = await page.locator(`${FIG} circle.point`).evaluateAll((els) =>
    els.map((e) => [Number((e as SVGElement).dataset.params), Number((e as SVGElement).dataset.loss)]),
  );
  expect(points).toHaveLength(7);
  expect(spearman(points.map((p) => p[0]), points.map((p) => p[1]))).toBeLessThanOrEqual(-0.8);
  expect(await value(page, 'alpha')).toBeGreaterThan(0);
  // The worker freed its tensors when the run ended.
  const memory = await page.evaluate(() => (window as any).__trainingChannels['scaling-laws'].memory());
  expect(memory.numTensors).toBe(0);
  const axe = await new AxeBuilder({ page }).include(FIG).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});

test('law selector, slider and keyboard move the cursor; the state link restores it', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  expect(round2(await value(page, 'loss-at-cursor'))).toBe(2.38);

  await page.getByRole('radio', { name: 'data D' }).check();
  await expect(metric(page, 'at')).toHaveAttribute('data-value', '23000000000');
  expect(round2(await value(page, 'loss-at-cursor'))).toBe(2.09);

  // Keyboard on the plot: about a tenth of a decade to the right, and the loss follows L(D).
  const plot = page.getByRole('slider', { name: /Cursor on dataset size/ });
  const before = await value(page, 'loss-at-cursor');
  await plot.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => value(page, 'at')).toBeGreaterThan(2.3e10);
  const moved = await value(page, 'at');
  expect(Math.log10(moved / 2.3e10)).toBeCloseTo(0.1, 1);
  expect((await value(page, 'loss-at-cursor')) / before).toBeCloseTo((moved / 2.3e10) ** -0.095, 6);
  await page.keyboard.press('PageDown');
  await expect.poll(() => value(page, 'at')).toBeLessThan(moved / 5);

  // The range input (log scale) sets the cursor too.
  await page.getByRole('radio', { name: 'compute C_min' }).check();
  await expect(metric(page, 'at')).toHaveAttribute('data-value', '1');
  await page.locator(`${FIG} .at-control input[type=range]`).fill('-2');
  await expect(metric(page, 'at')).toHaveAttribute('data-value', '0.01');
  expect(await value(page, 'loss-at-cursor')).toBeCloseTo((3.1e8 / 0.01) ** 0.05, 6);

  // The address bar follows; opening it restores the same state.
  await expect.poll(() => page.url()).toContain('scaling-laws.at=0.01');
  const url = page.url();
  expect(url).toContain('scaling-laws.law=compute');
  const other = await page.context().newPage();
  await other.goto(url);
  await other.locator(FIG).scrollIntoViewIfNeeded();
  await expect(other.locator(FIG)).toHaveAttribute('data-ready', 'true');
  await expect(other.getByRole('radio', { name: 'compute C_min' })).toBeChecked();
  await expect(other.locator(`${FIG} [data-metric="at"]`)).toHaveAttribute('data-value', '0.01');

  // Reset returns to the defaults.
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('radio', { name: 'model size N' })).toBeChecked();
  expect(round2(await value(page, 'loss-at-cursor'))).toBe(2.38);
  expect(errors).toEqual([]);
});

test('a malformed link is repaired with a notice and the figure still works', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '?scaling-laws.law=bogus&scaling-laws.at=abc');
  const notice = page.locator(`${FIG} .figure-notice`);
  await expect(notice).toHaveAttribute('data-notice', 'true');
  await expect(notice).toContainText('repaired');
  await expect(page.getByRole('radio', { name: 'model size N' })).toBeChecked();
  expect(round2(await value(page, 'loss-at-cursor'))).toBe(2.38);
  await page.getByRole('radio', { name: 'data D' }).check();
  expect(round2(await value(page, 'loss-at-cursor'))).toBe(2.09);

  // An out-of-range cursor for the chosen law is clamped to the plotted range.
  await open(page, '?scaling-laws.law=compute&scaling-laws.at=1e9');
  await expect(notice).toContainText('outside');
  expect(await value(page, 'at')).toBe(1e5);
  expect(errors).toEqual([]);
});

test('with reduced motion the sweep waits for the reader', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const fig = await open(page);
  await page.waitForTimeout(500);
  await expect(fig).toHaveAttribute('data-status', 'idle');
  // Meanwhile the sweep trained at build time is shown, finished (solid points), with its α.
  await expect(fig.getByText('trained at build time')).toBeVisible();
  await expect(page.locator(`${FIG} circle.point:not(.training)`)).toHaveCount(7);
  expect(await value(page, 'alpha')).toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Run sweep' }).click();
  // The live sweep takes over at its first progress.
  await expect(fig.getByText('7 networks, trained here')).toBeVisible();
  await expect(page.locator(`${FIG} circle.point`)).toHaveCount(7);
  await page.getByRole('button', { name: 'Pause sweep' }).click();
  await expect(fig).toHaveAttribute('data-status', 'paused');
  await page.getByRole('button', { name: 'Resume sweep' }).click();
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 60_000 });
  const first = await page.locator(`${FIG} circle.point`).evaluateAll((els) => els.map((e) => (e as SVGElement).dataset.loss));

  // A new seed trains again from other starting weights and data: other numbers.
  await page.getByRole('button', { name: 'New seed' }).click();
  await expect(page.locator(`${FIG} .seed`)).toHaveText('seed 2');
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 60_000 });
  const second = await page.locator(`${FIG} circle.point`).evaluateAll((els) => els.map((e) => (e as SVGElement).dataset.loss));
  expect(second).toHaveLength(7);
  expect(second).not.toEqual(first);
  expect(errors).toEqual([]);
  await context.close();
});
