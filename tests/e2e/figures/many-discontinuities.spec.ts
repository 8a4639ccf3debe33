import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { collectErrors, liveTensors, metric } from './ml-helpers';

const FIG = 'fig-many-discontinuities';
const NAME = 'many-discontinuities';
const PAGE = '/continuity/many-discontinuities/';

test.describe.configure({ timeout: 180_000 });

async function setWidthIndex(page: import('@playwright/test').Page, index: number, width: number) {
  const fig = page.locator(`figure#${FIG}`);
  await fig.locator('input[type=range]').fill(String(index));
  await expect(fig.locator('[data-metric="width"]')).toHaveAttribute('data-value', String(width));
}

test('hydrates, trains every width by itself; jumps followed grow far slower than width; the error near 0 stays large', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${PAGE}#${FIG}`);
  const fig = page.locator(`figure#${FIG}`);
  await expect(fig).toHaveAttribute('data-ready', 'true');
  await expect(fig).toHaveAttribute('data-status', 'training', { timeout: 30_000 });
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 150_000 });
  expect(await metric(page, FIG, 'width')).toBe(32);

  await setWidthIndex(page, 1, 8);
  const narrow = await metric(page, FIG, 'jumps-resolved');
  const narrowNear = await metric(page, FIG, 'rms-error-near-zero');
  const narrowPath = await fig.locator('path.fit').first().getAttribute('d');
  await setWidthIndex(page, 5, 128);
  const wide = await metric(page, FIG, 'jumps-resolved');
  const wideNear = await metric(page, FIG, 'rms-error-near-zero');
  // The width control changes the picture (another network's fit).
  expect(await fig.locator('path.fit').first().getAttribute('d')).not.toBe(narrowPath);
  // 16x the width: at most 4x the jumps, and far below the 128 a zigzag of that width could follow.
  expect(wide).toBeGreaterThanOrEqual(1);
  expect(wide).toBeLessThanOrEqual(4 * Math.max(1, narrow));
  expect(wide).toBeLessThan(16);
  expect(narrowNear).toBeGreaterThan(0.4);
  expect(wideNear).toBeGreaterThan(0.4);
  expect(await metric(page, FIG, 'rms-error')).toBeLessThan(0.36);
  // The run freed its tensors.
  expect(await liveTensors(page, NAME)).toBe(0);
  expect(errors).toEqual([]);
});

test('a state link restores width and seed', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${PAGE}?${NAME}.width=128&${NAME}.seed=3#${FIG}`);
  const fig = page.locator(`figure#${FIG}`);
  await expect(fig).toHaveAttribute('data-ready', 'true');
  await expect(fig.locator('[data-metric="width"]')).toHaveAttribute('data-value', '128');
  await expect(fig.locator('[data-metric="seed"]')).toHaveAttribute('data-value', '3');
  await expect(fig.locator('input[type=range]')).toHaveValue('5');
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 150_000 });
  await expect(fig.locator('.figure-notice')).toHaveText('');
  expect(await metric(page, FIG, 'rms-error-near-zero')).toBeGreaterThan(0.4);
  expect(errors).toEqual([]);
});

test('a malformed link is repaired with a notice and the figure still works', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${PAGE}?${NAME}.width=20&${NAME}.seed=abc#${FIG}`);
  const fig = page.locator(`figure#${FIG}`);
  await expect(fig.locator('.figure-notice')).toContainText('repaired');
  await expect(fig.locator('[data-metric="width"]')).toHaveAttribute('data-value', '16');
  await expect(fig.locator('[data-metric="seed"]')).toHaveAttribute('data-value', '1');
  // The default seed's static sweep is shown at once; the width control still works.
  await setWidthIndex(page, 0, 4);
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 150_000 });
  expect(await metric(page, FIG, 'jumps-resolved')).toBeGreaterThanOrEqual(0);
  expect(errors).toEqual([]);
});

test('with reduced motion it waits for the reader; the static sweep is there; Train trains', async ({ page }) => {
  const errors = collectErrors(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${PAGE}#${FIG}`);
  const fig = page.locator(`figure#${FIG}`);
  await expect(fig).toHaveAttribute('data-ready', 'true');
  await page.waitForTimeout(800);
  await expect(fig).toHaveAttribute('data-status', 'idle');
  expect(await fig.locator('circle.dot').count()).toBe(6);
  const staticJumps = await metric(page, FIG, 'jumps-resolved');
  await fig.getByRole('button', { name: 'Train' }).click();
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 150_000 });
  // Build time (Node) and the browser run the same seeded computation.
  expect(await metric(page, FIG, 'jumps-resolved')).toBe(staticJumps);
  expect(errors).toEqual([]);
});

test('Pause holds the run at its step; Resume carries the same run on to the end', async ({ page }) => {
  const errors = collectErrors(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${PAGE}#${FIG}`);
  const fig = page.locator(`figure#${FIG}`);
  await expect(fig).toHaveAttribute('data-ready', 'true');
  await fig.getByRole('button', { name: 'Train' }).click();
  await expect(fig).toHaveAttribute('data-status', 'training');
  await expect.poll(async () => Number(await metric(page, FIG, 'step'))).toBeGreaterThan(0);
  await fig.getByRole('button', { name: 'Pause' }).click();
  await expect(fig).toHaveAttribute('data-status', 'paused');
  // A report already on its way when the pause was sent may still land; after that, nothing moves.
  await page.waitForTimeout(300);
  const held = await metric(page, FIG, 'step');
  await page.waitForTimeout(800);
  expect(await metric(page, FIG, 'step')).toBe(held);
  await expect(fig).toHaveAttribute('data-status', 'paused');
  await fig.getByRole('button', { name: 'Resume' }).click();
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 150_000 });
  expect(Number(await metric(page, FIG, 'step'))).toBe(1000);
  expect(errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme, reducedMotion: 'reduce' });
    test(`no accessibility violations in the figure (${colorScheme})`, async ({ page }) => {
      await page.goto(`${PAGE}#${FIG}`);
      await expect(page.locator(`figure#${FIG}`)).toHaveAttribute('data-ready', 'true');
      const axe = await new AxeBuilder({ page }).include(`#${FIG}`).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.any.map((a) => a.message).join('; ')}`).join(', ')}`)).toEqual([]);
    });
  });
}
