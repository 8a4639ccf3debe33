// The reading site: pages, the anchor contract in the browser, deep links, theme, search,
// and reading without JavaScript (notes, cards, anchors and history: tests/e2e/reading/).
import { test, expect, type Page } from '@playwright/test';
import anchors from '../anchors.json' with { type: 'json' };

const sectionPages = anchors.sections.map((s) => `/continuity/${s}/`);
const pages = ['/', ...sectionPages, '/continuity/one-page/', '/figures/', '/search/'];

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

test.describe('pages', () => {
  for (const path of pages) {
    test(`${path} loads with status 200 and no console error`, async ({ page }) => {
      const errors = collectErrors(page);
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await expect(page.locator('h1').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });
  }

  test('an unknown address gets the 404 page', async ({ page }) => {
    const res = await page.goto('/continuity/no-such-section/');
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1')).toContainText('does not exist');
  });
});

test.describe('anchor contract in the browser', () => {
  for (const [slug, ids] of Object.entries(anchors.ids)) {
    test(`ids of ${slug} exist once on its page and on the one-page edition`, async ({ page }) => {
      for (const path of [`/continuity/${slug}/`, '/continuity/one-page/']) {
        await page.goto(path);
        const counts = await page.evaluate((wanted) => wanted.map((id) => document.querySelectorAll(`[id="${id}"]`).length), ids);
        expect(Object.fromEntries(ids.map((id, i) => [id, counts[i]]))).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
      }
    });
  }

  test('a deep link scrolls its target into view', async ({ page }) => {
    await page.goto('/continuity/in-practice/#eq-step-bound');
    await expect(page.locator('#eq-step-bound')).toBeInViewport();
    await page.goto('/continuity/one-page/#aside-straight-through');
    await expect(page.locator('#aside-straight-through')).toBeInViewport();
  });
});

test.describe('reading comfort', () => {
  test('the theme toggle cycles light, dark and system, and remembers', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const html = page.locator('html');
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await page.locator('[data-theme-toggle]').click();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.locator('[data-theme-toggle]').click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    expect(await bg()).not.toBe(light);
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.locator('[data-theme-toggle]').click();
    await expect(html).not.toHaveAttribute('data-theme', /./);
  });

  test('search finds the interpolation section, from the keyboard', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('#search-input')).toBeFocused();
    await page.keyboard.type('interpolation');
    await page.keyboard.press('Enter');
    await expect(page.locator('.search-results a[href*="/continuity/interpolation/"]').first()).toBeVisible();
  });

  test('contents: closed above the text on a phone, open beside it on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/continuity/rotating-cube/');
    await expect(page.locator('details[data-toc]')).not.toHaveAttribute('open');
    await expect(page.locator('h1')).toBeInViewport();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/continuity/rotating-cube/');
    await expect(page.locator('details[data-toc]')).toHaveAttribute('open', '');
    await expect(page.locator('.toc a[aria-current="page"]')).toBeVisible();
  });

  test('no horizontal scroll at 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    for (const path of ['/', '/continuity/rotating-cube/', '/continuity/notes/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('sections read fully: text, maths, notes, citations', async ({ page }) => {
    await page.goto('/continuity/in-practice/');
    await expect(page.locator('.prose p').first()).toBeVisible();
    await expect(page.locator('#eq-step-bound .katex-display')).toBeVisible();
    await expect(page.locator('#note-logistic')).toBeVisible();
    await page.goto('/continuity/universal-approximation/');
    await expect(page.locator('#note-uat')).toBeAttached();
    await expect(page.locator('.cite-link').first()).toBeVisible();
    const words = await page.locator('.prose').innerText();
    expect(words.split(/\s+/).length).toBeGreaterThan(250);
  });
});
