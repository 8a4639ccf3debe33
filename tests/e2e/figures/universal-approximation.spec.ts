import { test, expect } from '@playwright/test';
import { collectErrors, metric, waitForNewConvergence } from './ml-helpers';

const FIG = 'fig-universal-approximation';
const PAGE = '/continuity/universal-approximation/';

test('hydrates, trains by itself, and the claim holds: width 64 beats width 4 by far', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${PAGE}#${FIG}`);
  const fig = page.locator(`figure#${FIG}`);
  await expect(fig).toHaveAttribute('data-ready', 'true');
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 45_000 });
  expect(await metric(page, FIG, 'width')).toBe(64);
  const wide = await metric(page, FIG, 'sup-error');
  expect(wide).toBeLessThan(0.1);

  // Width 4: slider position log2(4) * 16 = 32.
  await fig.locator('input[type=range]').fill('32');
  await expect(fig.locator('[data-metric="width"]')).toHaveAttribute('data-value', '4');
  await waitForNewConvergence(page, FIG);
  const narrow = await metric(page, FIG, 'sup-error');
  expect(narrow).toBeGreaterThanOrEqual(0.1);
  expect(narrow / wide).toBeGreaterThan(5);
  expect(errors).toEqual([]);
});

test('a state link restores the settings', async ({ page }) => {
  await page.goto(`${PAGE}?universal-approximation.width=8&universal-approximation.activation=tanh&universal-approximation.target=sine#${FIG}`);
  const fig = page.locator(`figure#${FIG}`);
  await expect(fig).toHaveAttribute('data-ready', 'true');
  await expect(fig.locator('[data-metric="width"]')).toHaveAttribute('data-value', '8');
  await expect(fig.locator('select').first()).toHaveValue('sine');
  await expect(fig.locator('select').nth(1)).toHaveValue('tanh');
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 45_000 });
  await expect(fig.locator('.figure-notice')).toHaveText('');
});

test('a malformed link is repaired with a notice and the figure still trains', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${PAGE}?universal-approximation.width=lots&universal-approximation.target=drawn#${FIG}`);
  const fig = page.locator(`figure#${FIG}`);
  await expect(fig.locator('.figure-notice')).toContainText('repaired');
  await expect(fig.locator('[data-metric="width"]')).toHaveAttribute('data-value', '64');
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 45_000 });
  expect(await metric(page, FIG, 'sup-error')).toBeLessThan(0.1);
  expect(errors).toEqual([]);
});

test('a drawn target trains, and the keyboard can edit it', async ({ page }) => {
  await page.goto(`${PAGE}#${FIG}`);
  const fig = page.locator(`figure#${FIG}`);
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 45_000 });
  await fig.locator('select').first().selectOption('drawn');
  await expect(fig.locator('.figure-notice')).toContainText('link cannot hold a drawing');
  const plot = fig.locator('svg.plot').first();
  await plot.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowUp');
  await waitForNewConvergence(page, FIG);
  expect(await metric(page, FIG, 'sup-error')).toBeLessThan(0.5);
});
