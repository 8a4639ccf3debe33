import { test, expect } from '@playwright/test';
import { collectErrors, liveTensors, metric, waitForNewConvergence } from './ml-helpers';

const FIG = 'fig-step-approximation';
const PAGE = '/continuity/in-practice/';

test('claim: sup error stays at half the jump while RMS error and transition width fall from width 4 to 64', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${PAGE}?step-approximation.width=4#${FIG}`);
  const fig = page.locator(`figure#${FIG}`);
  await expect(fig).toHaveAttribute('data-ready', 'true');
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 60_000 });
  const narrow = {
    sup: await metric(page, FIG, 'sup-error'),
    rms: await metric(page, FIG, 'rms-error'),
    tw: await metric(page, FIG, 'transition-width'),
    norm: await metric(page, FIG, 'weight-norm'),
  };
  // The worker frees everything once a run is over.
  expect(await liveTensors(page, 'step-approximation')).toBe(0);

  // Slider positions walk 2, 4, 8, 16, 32, 64: 64 is position 5.
  await fig.locator('input[type=range]').fill('5');
  await waitForNewConvergence(page, FIG);
  const wide = {
    sup: await metric(page, FIG, 'sup-error'),
    rms: await metric(page, FIG, 'rms-error'),
    tw: await metric(page, FIG, 'transition-width'),
    norm: await metric(page, FIG, 'weight-norm'),
  };
  expect(narrow.sup).toBeGreaterThanOrEqual(0.45);
  expect(wide.sup).toBeGreaterThanOrEqual(0.45);
  expect(wide.rms).toBeLessThan(narrow.rms);
  expect(wide.tw).toBeLessThan(narrow.tw);
  expect(wide.norm).toBeGreaterThan(narrow.norm);
  expect(await liveTensors(page, 'step-approximation')).toBe(0);
  await expect(page).toHaveURL(/step-approximation\.width=64/);
  expect(errors).toEqual([]);
});

test('a malformed link is repaired with a notice and the figure still works', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${PAGE}?step-approximation.width=-3&step-approximation.seed=x#${FIG}`);
  const fig = page.locator(`figure#${FIG}`);
  await expect(fig.locator('.figure-notice')).toContainText('repaired');
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 60_000 });
  expect(await metric(page, FIG, 'sup-error')).toBeGreaterThanOrEqual(0.45);
  // Reset returns to the defaults and trains again.
  await fig.getByRole('button', { name: 'Reset' }).click();
  await waitForNewConvergence(page, FIG);
  expect(errors).toEqual([]);
});
