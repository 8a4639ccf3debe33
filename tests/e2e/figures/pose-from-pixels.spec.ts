// fig-pose-from-pixels in Chromium: hydrates, trains in the worker and converges; the claim
// holds through the readouts (raw angle: seam error >= 3x bulk; circle: seam <= 1.5x bulk);
// the encoding control retrains and is written to the link; the pixels control (area-averaged /
// point-sampled) redraws the pictures, shows the least possible error, retrains and is written to
// the link; a link restores; a malformed link is repaired with a notice; no console errors.
import { test, expect, type Page } from '@playwright/test';
import { watchErrors } from '../helpers';

const PATH = '/continuity/learning-from-pixels/';
const FIG = '#fig-pose-from-pixels';
test.setTimeout(150_000);

async function open(page: Page, query = '') {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(`${PATH}${query}`);
  await page.locator(FIG).scrollIntoViewIfNeeded();
  await expect(page.locator(FIG)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

async function converged(page: Page) {
  await expect(page.locator(FIG)).toHaveAttribute('data-status', 'converged', { timeout: 120_000 });
}

async function liveTensors(page: Page): Promise<number> {
  return page.evaluate(async () => (await (window as any).__trainingChannels['pose-from-pixels'].memory()).numTensors);
}

async function metric(page: Page, name: string): Promise<string> {
  return (await page.locator(`${FIG} [data-metric="${name}"]`).getAttribute('data-value')) ?? '';
}

test('trains with the raw angle and the error piles up at the seam', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await expect(page.locator(FIG)).toHaveAttribute('data-status', /training|converged/, { timeout: 30_000 });
  await converged(page);
  expect(await metric(page, 'encoding')).toBe('angle');
  expect(Number(await metric(page, 'step'))).toBe(200);
  const seam = Number(await metric(page, 'seam-error'));
  const bulk = Number(await metric(page, 'bulk-error'));
  expect(bulk).toBeGreaterThan(0);
  expect(bulk).toBeLessThan(5);
  expect(seam).toBeGreaterThanOrEqual(3 * bulk);
  expect(errors).toEqual([]);
});

test('switching to (cos 4a, sin 4a) retrains, removes the pile-up and is written to the link', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await converged(page);
  const tensorsAfterFirstRun = await liveTensors(page);
  await page.locator(`${FIG} select[name=encoding]`).selectOption('circle');
  await expect(page.locator(`${FIG} [data-metric="encoding"]`)).toHaveAttribute('data-value', 'circle');
  await converged(page);
  const seam = Number(await metric(page, 'seam-error'));
  const bulk = Number(await metric(page, 'bulk-error'));
  expect(bulk).toBeLessThan(5);
  expect(seam).toBeLessThanOrEqual(1.5 * bulk);
  await expect.poll(() => new URL(page.url()).searchParams.get('pose-from-pixels.encoding')).toBe('circle');
  // The first run's tensors were freed.
  expect(await liveTensors(page)).toBe(tensorsAfterFirstRun);
  // Reset returns to the defaults (and leaves them out of the link).
  await page.locator(`${FIG} button`, { hasText: 'Reset' }).click();
  await expect(page.locator(`${FIG} select[name=encoding]`)).toHaveValue('angle');
  await expect.poll(() => new URL(page.url()).searchParams.get('pose-from-pixels.encoding')).toBeNull();
  expect(errors).toEqual([]);
});

test('point-sampled pixels: the floor appears before training, the run retrains and is written to the link', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await converged(page);
  const areaBulk = Number(await metric(page, 'bulk-error'));
  expect(Number(await metric(page, 'floor-bulk'))).toBe(0);
  expect(Number(await metric(page, 'floor-seam'))).toBe(0);
  // The 20-degree picture (at 0 degrees the square's edges lie on pixel boundaries: both modes agree).
  const strip20 = page.locator(`${FIG} .strip svg`).nth(1);
  const before = await strip20.innerHTML();
  await page.locator(`${FIG} select[name=pixels]`).selectOption('point');
  await expect(page.locator(`${FIG} [data-metric="pixels"]`)).toHaveAttribute('data-value', 'point');
  await expect.poll(() => new URL(page.url()).searchParams.get('pose-from-pixels.pixels')).toBe('point');
  // The pictures are redrawn black and white, and the floor is known before any training.
  expect(await strip20.innerHTML()).not.toBe(before);
  await expect(strip20.locator('path')).toHaveCount(1);
  const floorSeam = Number(await metric(page, 'floor-seam'));
  const floorBulk = Number(await metric(page, 'floor-bulk'));
  expect(floorSeam).toBeGreaterThan(2);
  expect(floorBulk).toBeGreaterThan(1);
  await expect(page.locator(`${FIG} path.floor`)).toHaveAttribute('d', /L/);
  await converged(page);
  const seam = Number(await metric(page, 'seam-error'));
  const bulk = Number(await metric(page, 'bulk-error'));
  // Raw angle, point-sampled: the seam still dominates, and the bulk error has risen.
  expect(seam).toBeGreaterThanOrEqual(3 * bulk);
  expect(bulk).toBeGreaterThanOrEqual(3 * areaBulk);
  expect(bulk).toBeGreaterThanOrEqual(floorBulk * 0.5);
  expect(errors).toEqual([]);
});

test('a point-sampled link with the circle target restores and ends near the least possible error', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '?pose-from-pixels.pixels=point&pose-from-pixels.encoding=circle');
  await expect(page.locator(`${FIG} select[name=pixels]`)).toHaveValue('point');
  await expect(page.locator(`${FIG} select[name=encoding]`)).toHaveValue('circle');
  await converged(page);
  const seam = Number(await metric(page, 'seam-error'));
  const bulk = Number(await metric(page, 'bulk-error'));
  expect(Math.abs(seam - Number(await metric(page, 'floor-seam')))).toBeLessThan(0.5);
  expect(Math.abs(bulk - Number(await metric(page, 'floor-bulk')))).toBeLessThan(0.5);
  // Reset returns to area-averaged pixels and drops the parameter from the link.
  await page.locator(`${FIG} button`, { hasText: 'Reset' }).click();
  await expect(page.locator(`${FIG} select[name=pixels]`)).toHaveValue('area');
  await expect.poll(() => new URL(page.url()).searchParams.get('pose-from-pixels.pixels')).toBeNull();
  expect(errors).toEqual([]);
});

test('a link restores encoding and seed', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '?pose-from-pixels.encoding=circle&pose-from-pixels.seed=5');
  await expect(page.locator(`${FIG} select[name=encoding]`)).toHaveValue('circle');
  await expect(page.locator(`${FIG} input[type=number]`)).toHaveValue('5');
  await converged(page);
  expect(await metric(page, 'encoding')).toBe('circle');
  await expect(page.locator(`${FIG} .figure-notice`)).toBeEmpty();
  expect(errors).toEqual([]);
});

test('a malformed link is repaired with a notice and the figure still trains', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '?pose-from-pixels.encoding=quaternion&pose-from-pixels.seed=banana&pose-from-pixels.pixels=blurry');
  await expect(page.locator(`${FIG} .figure-notice`)).toContainText('repaired');
  await expect(page.locator(`${FIG} select[name=encoding]`)).toHaveValue('angle');
  await expect(page.locator(`${FIG} select[name=pixels]`)).toHaveValue('area');
  await converged(page);
  expect(Number(await metric(page, 'seam-error'))).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('with reduced motion it waits for the reader to press Train', async ({ page }) => {
  const errors = watchErrors(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(PATH);
  await page.locator(FIG).scrollIntoViewIfNeeded();
  await expect(page.locator(FIG)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await page.waitForTimeout(1500);
  await expect(page.locator(FIG)).toHaveAttribute('data-status', 'idle');
  // The build-time picture of the default run is still there.
  expect(Number(await metric(page, 'step'))).toBe(200);
  await page.locator(`${FIG} button`, { hasText: /^Train$/ }).click();
  await converged(page);
  expect(errors).toEqual([]);
});
