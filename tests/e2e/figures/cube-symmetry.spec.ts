import { test, expect, type Page } from '@playwright/test';

const PAGE = '/continuity/rotating-cube/';
const FIG = '#fig-cube-symmetry';
const metric = (page: Page, name: string) => page.locator(`${FIG} [data-metric="${name}"]`);

async function open(page: Page, query = '') {
  await page.goto(`${PAGE}${query}#fig-cube-symmetry`);
  await page.locator(FIG).scrollIntoViewIfNeeded();
  await expect(page.locator(`${FIG}[data-ready="true"]`)).toBeVisible({ timeout: 40_000 });
}

test('24 identical views plain, 1 painted; reacts to controls; no errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page);
  await expect(page.locator(`${FIG} .tile`)).toHaveCount(24);
  await expect(metric(page, 'identical-views')).toHaveAttribute('data-value', '24');
  await page.locator(`${FIG} input[name="painted"]`).check();
  await expect(metric(page, 'identical-views')).toHaveAttribute('data-value', '1');
  await page.locator(`${FIG} input[name="painted"]`).uncheck();
  await page.locator(`${FIG} input[name="theta"]`).fill('123.4');
  await expect(metric(page, 'theta')).toHaveAttribute('data-value', '123.4');
  await expect(metric(page, 'identical-views')).toHaveAttribute('data-value', '24');
  expect(errors).toEqual([]);
});

test('a state link restores, a malformed one is repaired', async ({ page }) => {
  await open(page, '?cube-symmetry.painted=1&cube-symmetry.phi=10&cube-symmetry.theta=80');
  await expect(metric(page, 'painted')).toHaveAttribute('data-value', '1');
  await expect(metric(page, 'phi')).toHaveAttribute('data-value', '10');
  await expect(metric(page, 'identical-views')).toHaveAttribute('data-value', '1');
  await open(page, '?cube-symmetry.painted=7&cube-symmetry.theta=x');
  await expect(page.locator(`${FIG} .figure-notice`)).toContainText('repaired');
  await expect(metric(page, 'painted')).toHaveAttribute('data-value', '1');
  await page.locator(`${FIG} input[name="painted"]`).uncheck();
  await expect(metric(page, 'identical-views')).toHaveAttribute('data-value', '24');
});
