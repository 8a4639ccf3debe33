// Back, Forward and link state (issue 12, items 4 and 5): what the address says is what
// the figure shows, after Back and Forward across in-page links; a repaired link says which
// value is in use; parameters the figure does not own survive its writes byte for byte.
import { test, expect, type Page } from '@playwright/test';
import { watchErrors } from '../helpers';
import { figurePages } from '../figures-list';

const PAGE = '/continuity/rotating-cube/';
const FIG = '#fig-cube-pixels';
const n = (page: Page) => page.locator(`${FIG} [data-metric="n"]`);
const query = (page: Page) => new URL(page.url()).search;

async function open(page: Page, search = '') {
  await page.goto(`${PAGE}${search}`);
  await page.locator(FIG).scrollIntoViewIfNeeded();
  await expect(page.locator(`${FIG}[data-ready="true"]`)).toBeVisible({ timeout: 40_000 });
}

test.use({ viewport: { width: 1280, height: 900 } });

test('issue input: N 20, a note mark, N 24, Back shows 20 as the address says; Forward 24 again', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  const slider = page.locator(`${FIG} input[name="n"]`);
  await slider.fill('20');
  await expect(n(page)).toHaveAttribute('data-value', '20');
  // A note mark is an in-page link: it adds a history entry (the page's state goes with it).
  await page.locator('#note-symmetry-ref').click();
  await expect(page).toHaveURL(/#note-symmetry$/);
  expect(query(page)).toBe('?cube-pixels.n=20');
  await slider.fill('24');
  await expect.poll(() => query(page)).toBe('?cube-pixels.n=24');
  await page.goBack();
  await expect(page).not.toHaveURL(/#note-symmetry/);
  expect(query(page)).toBe('?cube-pixels.n=20');
  await expect(n(page)).toHaveAttribute('data-value', '20');
  await expect(slider).toHaveValue('20');
  await page.goForward();
  expect(query(page)).toBe('?cube-pixels.n=24');
  await expect(n(page)).toHaveAttribute('data-value', '24');
  expect(errors).toEqual([]);
});

test('a change made just before a link is kept by the entry left behind', async ({ page }) => {
  await open(page);
  await page.locator(`${FIG} input[name="n"]`).fill('40');
  // At once, before the 400 ms pause that would write it anyway.
  await page.locator('#note-symmetry-ref').click();
  await page.goBack();
  expect(query(page)).toBe('?cube-pixels.n=40');
  await expect(n(page)).toHaveAttribute('data-value', '40');
});

test('issue input: a repeated value: the notice names the value in use, the first one', async ({ page }) => {
  await open(page, '?cube-pixels.phi=45&cube-pixels.phi=');
  await expect(page.locator(`${FIG} [data-metric="phi"]`)).toHaveAttribute('data-value', '45');
  await expect(page.locator(`${FIG} .figure-notice`)).toContainText('phi is given 2 times; the first counts: using 45.');
});

test('issue input: n=0x20 is not a number here: the default is used, and said', async ({ page }) => {
  await open(page, '?cube-pixels.n=0x20');
  await expect(n(page)).toHaveAttribute('data-value', '16');
  await expect(page.locator(`${FIG} .figure-notice`)).toContainText('n=“0x20” is not a decimal number; using 16.');
});

test('a link with two bad values: the notice names both, above the picture, where a phone reader lands', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/continuity/rotating-cube/?cube-pixels.n=abc&cube-pixels.theta=-Infinity#${FIG.slice(1)}`);
  const notice = page.locator(`${FIG} .figure-notice`);
  await expect(notice).toContainText('n=');
  await expect(notice).toContainText('theta=');
  // On screen without scrolling from where the link landed, and above the figure's picture.
  const [box, picture] = await Promise.all([notice.boundingBox(), page.locator(`${FIG} .figure-picture`).boundingBox()]);
  const header = (await page.locator('.site-header').boundingBox())!;
  await expect.poll(async () => (await notice.boundingBox())!.y).toBeGreaterThanOrEqual(header.y + header.height);
  expect(box!.y + box!.height).toBeLessThanOrEqual(740);
  expect(box!.y + box!.height).toBeLessThanOrEqual(picture!.y);
});

test('issue input: parameters the figure does not own stay byte for byte when it writes', async ({ page }) => {
  const others = 'flag&utm_source=a%20b&x=1+2&cube-symmetry.phi=12';
  await open(page, `?${others}`);
  await page.locator(`${FIG} input[name="n"]`).fill('24');
  await expect.poll(() => query(page)).toBe(`?${others}&cube-pixels.n=24`);
  await page.locator(`${FIG} input[name="n"]`).fill('16');
  await expect.poll(() => query(page)).toBe(`?${others}`);
});

// Every figure follows the address on Back and Forward through the one mechanism of
// url-state.ts: [figure, setting, the value of the earlier entry, of the later one, where the
// figure shows it].
const followers: [string, string, string, string, string][] = [
  ['scaling-laws', 'at', '1000000', '100000000', '[data-metric="at"]'],
  ['universal-approximation', 'width', '8', '32', '[data-metric="width"]'],
  ['cube-pixels', 'mode', 'area', 'area8', '[data-metric="mode"]'],
  ['cube-symmetry', 'phi', '10', '50', '[data-metric="phi"]'],
  ['rigid-transforms', 'transform', 'scale', 'reflect', '[data-metric="transform"]'],
  ['eclipse', 't', '0.2', '0.8', '[data-metric="t"]'],
  ['pose-from-pixels', 'encoding', 'circle', 'angle', '[data-metric="encoding"]'],
  ['latent-interpolation', 'latent', '2', '4', '[data-metric="latent-dim"]'],
  ['step-approximation', 'width', '8', '64', '.control-value'],
  ['many-discontinuities', 'width', '8', '64', '[data-metric="width"]'],
  ['hard-threshold', 'seed', '3', '5', '[data-metric="seed"]'],
];

for (const [figure, setting, earlier, later, shown] of followers) {
  test(`${figure} shows what the address says after Back and Forward`, async ({ page }) => {
    const errors = watchErrors(page);
    const fig = page.locator(`#fig-${figure}`);
    const path = figurePages.find((f) => f.name === figure)!.path;
    const value = async () => {
      const el = fig.locator(shown).first();
      return (await el.getAttribute('data-value')) ?? (await el.textContent())!.trim();
    };
    await page.goto(`${path}?${figure}.${setting}=${earlier}`);
    await fig.scrollIntoViewIfNeeded();
    await expect(fig).toHaveAttribute('data-ready', 'true', { timeout: 40_000 });
    await expect.poll(value).toBe(earlier);
    // A later entry whose address names another value (as an in-page link after a change would).
    await page.evaluate(([f, s, v]) => history.pushState(null, '', `?${f}.${s}=${v}#fig-${f}`), [figure, setting, later]);
    await page.goBack();
    await expect.poll(value).toBe(earlier);
    await page.goForward();
    await expect.poll(value).toBe(later);
    await page.goBack();
    await expect.poll(value).toBe(earlier);
    await expect(fig.locator('.figure-notice')).toHaveText('');
    expect(errors).toEqual([]);
  });
}
