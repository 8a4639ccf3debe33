// Anchors never under the sticky header (issue 12, item 3): every public id of the anchor
// contract, opened as a deep link at 320, 390 and 1280 px on its section page and on the
// one-page edition, lands at once with its top at or below the header's bottom, on screen.
import { test, expect, type Page } from '@playwright/test';
import anchors from '../../anchors.json' with { type: 'json' };

const WIDTHS = [320, 390, 1280];
// Some 300 page loads: spread over the workers.
test.describe.configure({ mode: 'parallel' });

/** Where the target and the header are, and whether the page could have scrolled further. */
const measure = (page: Page, id: string) =>
  page.evaluate((target) => {
    const el = document.getElementById(target)!;
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const atEnd = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1;
    return { top: box.top, bottom: box.bottom, headerBottom: header.bottom, viewport: innerHeight, scrollY, atEnd };
  }, id);

async function landsBelowHeader(page: Page, path: string, id: string) {
  await page.goto(`${path}#${id}`, { waitUntil: 'load' });
  const at = await measure(page, id);
  const where = `${path}#${id} at ${page.viewportSize()!.width} px`;
  // At or below the header's bottom; right below it unless the target is in the first screen
  // (no scroll needed) or near the page's end (no scroll possible): on screen in any case.
  expect(at.top, `${where}: under the header`).toBeGreaterThanOrEqual(at.headerBottom - 0.5);
  if (at.scrollY > 0 && !at.atEnd) expect(at.top, `${where}: right below the header`).toBeLessThan(at.headerBottom + 48);
  expect(at.top, `${where}: on screen`).toBeLessThan(at.viewport - 10);
  // At once: nothing (a late smooth scroll, a figure waking above it) moves it afterwards.
  // (Near the page's end the browser may have to: a figure that wakes shorter than its
  // picture shortens the page under it. It stays on screen, below the header.)
  await page.waitForTimeout(300);
  const later = await measure(page, id);
  if (!at.atEnd && !later.atEnd) expect(Math.abs(later.top - at.top), `${where}: still`).toBeLessThan(2);
  expect(later.top, `${where}: still under the header`).toBeGreaterThanOrEqual(later.headerBottom - 0.5);
  expect(later.top, `${where}: still on screen`).toBeLessThan(later.viewport - 10);
}

for (const width of WIDTHS) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 740 } });
    for (const [slug, ids] of Object.entries(anchors.ids)) {
      test(`every id of ${slug}, on its page and on the one-page edition`, async ({ page }) => {
        test.setTimeout(30_000 + ids.length * 8_000);
        for (const id of ids) {
          await landsBelowHeader(page, `/continuity/${slug}/`, id);
          await landsBelowHeader(page, '/continuity/one-page/', id);
        }
      });
    }
  });
}

test('the header’s height is the offset at every width, also when it wraps', async ({ page }) => {
  for (const width of [320, 560, 561, 900, 1280, 1600]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/continuity/rotating-cube/');
    const { header, padding } = await page.evaluate(() => ({
      header: document.querySelector('.site-header')!.getBoundingClientRect().height,
      padding: parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop),
    }));
    expect(padding, `${width} px`).toBeGreaterThanOrEqual(header);
    expect(padding, `${width} px`).toBeLessThan(header + 20);
  }
});
