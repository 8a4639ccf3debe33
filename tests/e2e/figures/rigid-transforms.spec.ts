// fig-rigid-transforms in the browser: the static picture, hydration, controls, link state,
// and the claim through the readouts: for every motion, point-sampled w(δ) stays at a whole
// pixel as δ shrinks to 1e-5, area-averaged w(δ) shrinks with δ.
import { test, expect, type Page, type ConsoleMessage } from '@playwright/test';
import meta from '../../../src/figures/rigid-transforms/meta';

const PAGE = process.env.RIGID_TRANSFORMS_PAGE ?? `/continuity/${meta.section}/`;
const FIG = '#fig-rigid-transforms';

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

const raw = (page: Page, name: string) => page.locator(`${FIG} [data-metric="${name}"]`).getAttribute('data-value');
/** Waits for a readout that is blank while the figure computes, then returns it. */
async function settled(page: Page, name: string): Promise<number> {
  await expect.poll(async () => (await raw(page, name)) ?? '', { timeout: 30_000 }).not.toBe('');
  return Number(await raw(page, name));
}

test('renders a static picture without JavaScript', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(PAGE);
  const fig = page.locator(FIG);
  await expect(fig.locator('polygon.shape')).toHaveCount(1);
  await expect(fig.locator('path.profile')).toHaveAttribute('d', /^M.*L/);
  await expect(fig.locator('g.w circle')).toHaveCount(15);
  expect(Number(await fig.locator('[data-metric="max-jump"]').getAttribute('data-value'))).toBe(1);
  await ctx.close();
});

test('hydrates, and t and the motion change the picture', async ({ page }) => {
  const errors = trackErrors(page);
  const fig = await open(page);
  const shape = fig.locator('polygon.shape').last();
  const before = await shape.getAttribute('points');
  await fig.locator('input[name="t"]').fill('0.8');
  await expect(shape).not.toHaveAttribute('points', before ?? '');
  await fig.locator('select[name="transform"]').selectOption('reflect');
  await expect(fig.locator('line.mirror')).toHaveCount(1);
  await expect(fig.locator('polygon.shape')).toHaveCount(2);
  expect(await raw(page, 'transform')).toBe('reflect');
  expect(errors).toEqual([]);
});

test('claim: point-sampled w(δ) stays a whole pixel, area-averaged shrinks with δ, for every motion', async ({ page }) => {
  const errors = trackErrors(page);
  const fig = await open(page);
  for (const transform of ['translate', 'scale', 'reflect']) {
    await fig.locator('select[name="transform"]').selectOption(transform);
    await expect.poll(() => raw(page, 'transform')).toBe(transform);
    await fig.locator('select[name="mode"]').selectOption('point');
    await expect.poll(() => raw(page, 'mode')).toBe('point');
    await expect(fig.locator('.rigid')).toHaveAttribute('data-computing', 'false', { timeout: 30_000 });
    const pointSmall = await settled(page, 'w-smallest');
    const pointLarge = await settled(page, 'w-largest');
    expect(pointSmall).toBeGreaterThanOrEqual(1);
    expect(pointSmall).toBeGreaterThanOrEqual(0.99 * pointLarge);
    expect(await settled(page, 'max-jump')).toBe(1);

    await fig.locator('select[name="mode"]').selectOption('area');
    await expect.poll(() => raw(page, 'mode')).toBe('area');
    await expect(fig.locator('.rigid')).toHaveAttribute('data-computing', 'false', { timeout: 30_000 });
    const areaSmall = await settled(page, 'w-smallest');
    const areaLarge = await settled(page, 'w-largest');
    // δ shrinks by 10^4 from 1e-1 to 1e-5; so does w, within a factor of two.
    expect(areaSmall).toBeLessThan(1e-3);
    expect(areaLarge / areaSmall).toBeGreaterThan(5e3);
    expect(areaLarge / areaSmall).toBeLessThan(2e4);
    expect(await settled(page, 'max-jump')).toBeLessThan(0.5);
  }
  expect(errors).toEqual([]);
});

test('a state link restores the settings, the figure writes them back, Reset restores defaults', async ({ page }) => {
  const errors = trackErrors(page);
  const fig = await open(page, '?rigid-transforms.transform=scale&rigid-transforms.t=0.7&rigid-transforms.n=24&rigid-transforms.mode=area');
  await expect(fig.locator('select[name="transform"]')).toHaveValue('scale');
  await expect(fig.locator('select[name="mode"]')).toHaveValue('area');
  await expect(fig.locator('input[name="t"]')).toHaveValue('0.7');
  await expect(fig.locator('input[name="n"]')).toHaveValue('24');
  await expect(fig.locator('[data-notice]')).toHaveAttribute('data-notice', 'false');
  expect(await raw(page, 'transform')).toBe('scale');
  await fig.locator('select[name="mode"]').selectOption('area8');
  await expect.poll(() => new URL(page.url()).searchParams.get('rigid-transforms.mode')).toBe('area8');
  await fig.getByRole('button', { name: 'Reset' }).click();
  await expect(fig.locator('select[name="transform"]')).toHaveValue('translate');
  await expect(fig.locator('input[name="n"]')).toHaveValue('16');
  expect(errors).toEqual([]);
});

test('a malformed link is repaired, said so in one line, and the figure still works', async ({ page }) => {
  const errors = trackErrors(page);
  const fig = await open(page, '?rigid-transforms.transform=rotate&rigid-transforms.n=2&rigid-transforms.mode=blur&rigid-transforms.t=x');
  await expect(fig.locator('.figure-notice')).toContainText('repaired');
  await expect(fig.locator('select[name="transform"]')).toHaveValue('translate');
  await expect(fig.locator('input[name="n"]')).toHaveValue('4');
  await expect(fig.locator('select[name="mode"]')).toHaveValue('point');
  const before = await fig.locator('polygon.shape').getAttribute('points');
  await fig.locator('input[name="t"]').fill('0.1');
  await expect(fig.locator('polygon.shape')).not.toHaveAttribute('points', before ?? '');
  expect(await settled(page, 'w-smallest')).toBeGreaterThanOrEqual(1);
  expect(errors).toEqual([]);
});
