// fig-eclipse in the browser: hydrates, reacts to its controls, restores and repairs link
// state, and shows its claim through the readouts: the visible area moves smoothly with time,
// the visible-pixel count in whole pixels.
import { test, expect, type Page, type ConsoleMessage } from '@playwright/test';
import meta from '../../../src/figures/eclipse/meta';

const PAGE = process.env.ECLIPSE_PAGE ?? `/continuity/${meta.section}/`;
const FIG = '#fig-eclipse';

function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function open(page: Page, query = '') {
  await page.goto(`${PAGE}${query}${FIG}`);
  const fig = page.locator(FIG);
  await fig.scrollIntoViewIfNeeded();
  await expect(fig).toHaveAttribute('data-ready', 'true');
  return fig;
}

const metric = async (page: Page, name: string) =>
  Number(await page.locator(`${FIG} [data-metric="${name}"]`).getAttribute('data-value'));

test('renders a static picture without JavaScript', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(PAGE);
  const fig = page.locator(FIG);
  await expect(fig.locator('svg').first()).toBeVisible();
  expect(await fig.locator('svg').count()).toBeGreaterThanOrEqual(5);
  const area = Number(await fig.locator('[data-metric="visible-area"]').getAttribute('data-value'));
  expect(area).toBeGreaterThan(0);
  expect(area).toBeLessThan(1);
  // The pixel count is a staircase: every segment of its path is horizontal or vertical, with many of each.
  const d = (await fig.locator('path.stairs').first().getAttribute('d')) ?? '';
  const numbers = [...d.matchAll(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)].map((m) => Number(m[0]));
  const points = Array.from({ length: numbers.length / 2 }, (_, i) => [numbers[2 * i], numbers[2 * i + 1]]);
  const segments = points.slice(1).map(([x, y], i) => [x - points[i][0], y - points[i][1]]);
  expect(segments.every(([dx, dy]) => dx === 0 || dy === 0), 'axis-aligned steps').toBe(true);
  expect(segments.filter(([dx]) => dx > 0).length).toBeGreaterThan(5);
  expect(segments.filter(([dx, dy]) => dx === 0 && dy !== 0).length).toBeGreaterThan(5);
  await ctx.close();
});

test('hydrates and the time slider moves the moon and the readouts', async ({ page }) => {
  const errors = trackErrors(page);
  const fig = await open(page);
  const moonBefore = await fig.locator('circle.moon').getAttribute('cx');
  const areaBefore = await metric(page, 'visible-area');
  await fig.locator('input[name="t"]').fill('0.6');
  await expect.poll(() => metric(page, 't')).toBeCloseTo(0.6, 6);
  expect(await fig.locator('circle.moon').getAttribute('cx')).not.toBe(moonBefore);
  expect(await metric(page, 'visible-area')).not.toBeCloseTo(areaBefore, 3);
  // The grid slider changes the pixel picture's resolution.
  const sunPixelsText = await fig.locator('[data-metric="visible-pixels"]').textContent();
  await fig.locator('input[name="n"]').fill('40');
  await expect(fig.locator('[data-metric="visible-pixels"]')).not.toHaveText(sunPixelsText ?? '');
  expect(errors).toEqual([]);
});

test('claim: the area moves a little with each small step, the pixel count in whole pixels', async ({ page }) => {
  const errors = trackErrors(page);
  const fig = await open(page);
  const slider = fig.locator('input[name="t"]');
  await slider.fill('0.3');
  await expect.poll(() => metric(page, 't')).toBeCloseTo(0.3, 6);
  await slider.focus();
  const areas: number[] = [await metric(page, 'visible-area')];
  const pixels: number[] = [await metric(page, 'visible-pixels')];
  for (let i = 0; i < 30; i++) {
    const t = await metric(page, 't');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => metric(page, 't')).toBeGreaterThan(t);
    areas.push(await metric(page, 'visible-area'));
    pixels.push(await metric(page, 'visible-pixels'));
  }
  const areaSteps = areas.slice(1).map((a, i) => Math.abs(a - areas[i]));
  const pixelSteps = pixels.slice(1).map((p, i) => Math.abs(p - pixels[i]));
  for (const p of pixels) expect(Number.isInteger(p)).toBe(true);
  // Each keyboard step is 0.0005 in t: the area moves, but by far less than 1 %.
  for (const s of areaSteps) {
    expect(s).toBeGreaterThan(0);
    expect(s).toBeLessThan(0.002);
  }
  // The pixel count mostly stands still and, when it moves, moves by whole pixels.
  expect(pixelSteps.some((s) => s === 0)).toBe(true);
  expect(pixelSteps.some((s) => s >= 1)).toBe(true);
  expect(errors).toEqual([]);
});

test('a state link restores the settings, and the figure writes its state back', async ({ page }) => {
  const errors = trackErrors(page);
  const fig = await open(page, '?eclipse.t=0.62&eclipse.moon=0.5&eclipse.n=32');
  await expect(fig.locator('input[name="t"]')).toHaveValue('0.62');
  await expect(fig.locator('input[name="moon"]')).toHaveValue('0.5');
  await expect(fig.locator('input[name="n"]')).toHaveValue('32');
  expect(await metric(page, 't')).toBeCloseTo(0.62, 9);
  await expect(fig.locator('[data-notice]')).toHaveAttribute('data-notice', 'false');
  await fig.locator('input[name="moon"]').fill('0.8');
  await expect.poll(() => new URL(page.url()).searchParams.get('eclipse.moon')).toBe('0.8');
  // Reset returns to the defaults.
  await fig.getByRole('button', { name: 'Reset' }).click();
  await expect(fig.locator('input[name="n"]')).toHaveValue('16');
  expect(await metric(page, 't')).toBeCloseTo(0.36, 9);
  expect(errors).toEqual([]);
});

test('a malformed link is repaired, said so in one line, and the figure still works', async ({ page }) => {
  const errors = trackErrors(page);
  const fig = await open(page, '?eclipse.t=soon&eclipse.n=999&eclipse.moon=-3');
  const notice = fig.locator('.figure-notice');
  await expect(notice).toContainText('repaired');
  await expect(fig.locator('input[name="n"]')).toHaveValue('64');
  await expect(fig.locator('input[name="moon"]')).toHaveValue('0.2');
  expect(await metric(page, 't')).toBeCloseTo(0.36, 9);
  const before = await metric(page, 'visible-area');
  await fig.locator('input[name="t"]').fill('0.1'); // the small moon is wholly on the sun at 0.36; at 0.1 it is off it
  await expect.poll(() => metric(page, 'visible-area')).not.toBe(before);
  expect(errors).toEqual([]);
});

test('play moves time forward and pause stops it', async ({ page }) => {
  const errors = trackErrors(page);
  const fig = await open(page);
  const t0 = await metric(page, 't');
  await fig.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => metric(page, 't')).toBeGreaterThan(t0 + 0.005);
  await fig.getByRole('button', { name: 'Pause' }).click();
  const t1 = await metric(page, 't');
  await page.waitForTimeout(300);
  expect(await metric(page, 't')).toBe(t1);
  expect(errors).toEqual([]);
});
