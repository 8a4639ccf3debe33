import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { collectErrors, metric, waitForNewConvergence } from './ml-helpers';

const FIG = 'fig-hard-threshold';
const NAME = 'hard-threshold';
const PAGE = '/continuity/discontinuous-approximators/';

test.describe.configure({ timeout: 120_000 });

test('hydrates, trains by itself; at T = 0.001 no progress, at T = 1 clear progress; the search reaches zero', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${PAGE}#${FIG}`);
  const fig = page.locator(`figure#${FIG}`);
  await expect(fig).toHaveAttribute('data-ready', 'true');
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 60_000 });
  expect(await metric(page, FIG, 'temperature')).toBe(0.001);
  // All 1000 steps ran, yet the gradient stayed ~0 and the loss stayed at its starting value.
  expect(await metric(page, FIG, 'step')).toBe(1000);
  expect(await metric(page, FIG, 'gradient-norm')).toBeLessThan(1e-10);
  const stuck = await metric(page, FIG, 'loss');
  expect(stuck).toBeGreaterThan(0.1);
  expect(await metric(page, FIG, 'search-loss')).toBeLessThanOrEqual(0.01);
  const bluePath = await fig.locator('path.descent').first().getAttribute('d');

  // Temperature 1 (slider at log10 T = 0).
  await fig.locator('input[type=range]').fill('0');
  await expect(fig.locator('[data-metric="temperature"]')).toHaveAttribute('data-value', '1');
  await waitForNewConvergence(page, FIG);
  const moved = await metric(page, FIG, 'loss');
  expect(moved).toBeLessThan(0.5 * stuck);
  expect(await metric(page, FIG, 'gradient-norm')).toBeGreaterThan(1e-6);
  expect(await fig.locator('path.descent').first().getAttribute('d')).not.toBe(bluePath);
  expect(await metric(page, FIG, 'search-loss')).toBeLessThanOrEqual(0.01);

  // Reset returns to the defaults and retrains.
  await fig.getByRole('button', { name: 'Reset' }).click();
  await expect(fig.locator('[data-metric="temperature"]')).toHaveAttribute('data-value', '0.001');
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 60_000 });
  expect(await metric(page, FIG, 'loss')).toBeCloseTo(stuck, 12);
  expect(errors).toEqual([]);
});

test('the straight-through option trains the hard unit to zero loss', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${PAGE}#${FIG}`);
  const fig = page.locator(`figure#${FIG}`);
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 60_000 });
  expect(await metric(page, FIG, 'loss')).toBeGreaterThan(0.1);
  await fig.getByLabel(/straight-through/).check();
  await expect(fig.locator('.figure-notice')).toContainText('straight-through');
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 60_000 });
  expect(await metric(page, FIG, 'loss')).toBeLessThanOrEqual(0.01);
  expect(await metric(page, FIG, 'temperature')).toBe(0.001);
  expect(errors).toEqual([]);
});

test('a state link restores temperature and seed', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${PAGE}?${NAME}.temperature=0.1&${NAME}.seed=5#${FIG}`);
  const fig = page.locator(`figure#${FIG}`);
  await expect(fig).toHaveAttribute('data-ready', 'true');
  await expect(fig.locator('[data-metric="temperature"]')).toHaveAttribute('data-value', '0.1');
  await expect(fig.locator('[data-metric="seed"]')).toHaveAttribute('data-value', '5');
  await expect(fig.locator('input[type=range]')).toHaveValue('-1');
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 60_000 });
  await expect(fig.locator('.figure-notice')).toHaveText('');
  expect(errors).toEqual([]);
});

test('a malformed link is repaired with a notice and the figure still trains', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${PAGE}?${NAME}.temperature=hot&${NAME}.seed=-3#${FIG}`);
  const fig = page.locator(`figure#${FIG}`);
  await expect(fig.locator('.figure-notice')).toContainText('repaired');
  await expect(fig.locator('[data-metric="temperature"]')).toHaveAttribute('data-value', '0.001');
  await expect(fig.locator('[data-metric="seed"]')).toHaveAttribute('data-value', '1');
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 60_000 });
  expect(await metric(page, FIG, 'search-loss')).toBeLessThanOrEqual(0.01);
  expect(errors).toEqual([]);
});

test('with reduced motion it waits for the reader, then trains on Train', async ({ page }) => {
  const errors = collectErrors(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${PAGE}#${FIG}`);
  const fig = page.locator(`figure#${FIG}`);
  await expect(fig).toHaveAttribute('data-ready', 'true');
  await page.waitForTimeout(800);
  await expect(fig).toHaveAttribute('data-status', 'idle');
  // The static picture is already the finished default run.
  expect(await metric(page, FIG, 'search-loss')).toBe(0);
  await fig.getByRole('button', { name: 'Train' }).click();
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 60_000 });
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
