// fig-latent-interpolation in Chromium: hydrates, trains the autoencoder in the worker and
// converges; the likeness readouts are numbers that add up to 1, and the verdict reads them
// (latent 8 cross-fades; latent 1 follows the motion with seed 2 and leaps with seed 1);
// moving an endpoint (by keyboard) redraws without retraining and is written to the link; a
// link restores; a malformed link is repaired with a notice; no console errors.
import { test, expect, type Page } from '@playwright/test';
import { watchErrors } from '../helpers';

const PATH = '/continuity/interpolation/';
const FIG = '#fig-latent-interpolation';
test.setTimeout(180_000);

async function open(page: Page, query = '') {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(`${PATH}${query}`);
  await page.locator(FIG).scrollIntoViewIfNeeded();
  await expect(page.locator(FIG)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

async function converged(page: Page) {
  await expect(page.locator(FIG)).toHaveAttribute('data-status', 'converged', { timeout: 150_000 });
}

async function liveTensors(page: Page): Promise<number> {
  return page.evaluate(async () => (await (window as any).__trainingChannels['latent-interpolation'].memory()).numTensors);
}

async function metric(page: Page, name: string): Promise<number> {
  const v = await page.locator(`${FIG} [data-metric="${name}"]`).getAttribute('data-value');
  return v === null || v === '' ? Number.NaN : Number(v);
}

test('trains, converges and scores the latent path', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await converged(page);
  const fade = await metric(page, 'fade-likeness');
  const motion = await metric(page, 'motion-likeness');
  expect(fade).toBeGreaterThanOrEqual(0);
  expect(fade).toBeLessThanOrEqual(1);
  expect(fade + motion).toBeCloseTo(1, 6);
  expect(await metric(page, 'latent-dim')).toBe(8);
  expect(await metric(page, 'fade-distance')).toBeGreaterThan(0);
  await expect(page.locator(`${FIG} .progress`)).toContainText('step 800 of 800');
  // The default (latent size 8) cross-fades: the verdict says so, and the decoded frames switch
  // from one end to the other in one large step.
  expect(fade).toBeGreaterThan(0.6);
  expect(await metric(page, 'largest-step')).toBeGreaterThan(0.4);
  await expect(page.locator(`${FIG} [data-metric="verdict"]`)).toHaveAttribute('data-value', 'cross-fades');
  await expect(page.locator(`${FIG} .verdict`)).toHaveAttribute('data-verdict', 'fade');
  expect(errors).toEqual([]);
});

test('latent size 1 decodes sharp squares: in order with seed 2, leaping with the default seed', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '?latent-interpolation.latent=1&latent-interpolation.seed=2');
  await converged(page);
  expect(await metric(page, 'motion-likeness')).toBeGreaterThan(0.85);
  expect(await metric(page, 'largest-step')).toBeLessThanOrEqual(0.4);
  await expect(page.locator(`${FIG} .verdict`)).toHaveAttribute('data-verdict', 'motion');
  await expect(page.locator(`${FIG} [data-metric="verdict"]`)).toHaveAttribute('data-value', 'follows the motion');
  // Seed 1 (the default seed): sharp squares again, but the path leaps over part of the way.
  await page.locator(`${FIG} input[type=number]`).fill('1');
  await page.locator(`${FIG} input[type=number]`).dispatchEvent('change');
  await expect(page.locator(FIG)).toHaveAttribute('data-status', 'training');
  await converged(page);
  expect(await metric(page, 'motion-likeness')).toBeGreaterThan(0.85);
  expect(await metric(page, 'largest-step')).toBeGreaterThan(0.4);
  await expect(page.locator(`${FIG} .verdict`)).toHaveAttribute('data-verdict', 'leap');
  expect(errors).toEqual([]);
});

test('moving an endpoint by keyboard redraws without retraining and updates the link', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await converged(page);
  const before = await metric(page, 'motion-distance');
  const from = page.getByRole('slider', { name: 'From' });
  await from.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await expect(from).toHaveValue('5');
  await expect(page.locator(FIG)).toHaveAttribute('data-status', 'converged');
  await expect.poll(() => metric(page, 'motion-distance')).not.toBe(before);
  await expect.poll(() => new URL(page.url()).searchParams.get('latent-interpolation.from')).toBe('5');
  // A new latent size retrains; the old run's tensors are freed.
  const tensorsAfterFirstRun = await liveTensors(page);
  await page.locator(`${FIG} select`).selectOption('2');
  await expect(page.locator(`${FIG} [data-metric="latent-dim"]`)).toHaveAttribute('data-value', '2');
  await expect(page.locator(FIG)).toHaveAttribute('data-status', 'training');
  await converged(page);
  expect(await liveTensors(page)).toBe(tensorsAfterFirstRun);
  expect(errors).toEqual([]);
});

test('a link restores endpoints and latent size', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '?latent-interpolation.latent=1&latent-interpolation.from=4&latent-interpolation.to=12.5');
  await expect(page.getByRole('slider', { name: 'From' })).toHaveValue('4');
  await expect(page.getByRole('slider', { name: 'To' })).toHaveValue('12.5');
  await expect(page.locator(`${FIG} select`)).toHaveValue('1');
  expect(await metric(page, 'latent-dim')).toBe(1);
  await converged(page);
  expect(Number.isFinite(await metric(page, 'motion-likeness'))).toBe(true);
  await expect(page.locator(`${FIG} .figure-notice`)).toBeEmpty();
  expect(errors).toEqual([]);
});

test('a malformed link is repaired with a notice and the figure still trains', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '?latent-interpolation.latent=99&latent-interpolation.from=left');
  await expect(page.locator(`${FIG} .figure-notice`)).toContainText('repaired');
  await expect(page.locator(`${FIG} select`)).toHaveValue('8');
  await expect(page.getByRole('slider', { name: 'From' })).toHaveValue('3');
  await converged(page);
  expect(Number.isFinite(await metric(page, 'fade-likeness'))).toBe(true);
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
  // Meanwhile the default run trained at build time is shown, readouts and verdict included.
  await expect(page.locator(`${FIG} .progress`)).toContainText('Trained at build time: step 800 of 800');
  expect(await metric(page, 'fade-likeness')).toBeGreaterThan(0.6);
  await expect(page.locator(`${FIG} [data-metric="verdict"]`)).toHaveAttribute('data-value', 'cross-fades');
  await page.locator(`${FIG} button`, { hasText: /^Train$/ }).click();
  await expect(page.locator(FIG)).toHaveAttribute('data-status', /training|converged/);
  // The live run takes over at its first progress, and its readouts are numbers throughout.
  await expect(page.locator(`${FIG} .progress`)).toContainText(/^step \d+ of 800/);
  await expect.poll(() => metric(page, 'fade-likeness')).not.toBeNaN();
  expect(errors).toEqual([]);
});

test('training pauses off screen and resumes when the figure returns', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await expect(page.locator(FIG)).toHaveAttribute('data-status', 'training', { timeout: 30_000 });
  // Far away: the page's end (the figure sits mid-page), or the top if the figure is near the end.
  await page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    const below = document.documentElement.scrollHeight - (window.scrollY + r.bottom);
    window.scrollTo(0, below > window.innerHeight + 600 ? document.documentElement.scrollHeight : 0);
  }, FIG);
  await expect(page.locator(FIG)).toHaveAttribute('data-status', 'paused');
  const stepText = async () => (await page.locator(`${FIG} .progress`).textContent()) ?? '';
  await page.waitForTimeout(300); // let a progress message already in flight land
  const pausedAt = await stepText();
  await page.waitForTimeout(1000);
  expect(await stepText()).toBe(pausedAt);
  await page.locator(FIG).scrollIntoViewIfNeeded();
  await converged(page);
  expect(errors).toEqual([]);
});
