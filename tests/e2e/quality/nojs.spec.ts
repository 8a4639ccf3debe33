// Without JavaScript every page reads and every figure shows its static picture (the
// server render of its default state), never an empty box.
import { test, expect } from '@playwright/test';
import { figurePages } from '../figures-list';

test.use({ javaScriptEnabled: false });

for (const fig of figurePages) {
  test(`${fig.id} shows a real static picture without JavaScript`, async ({ page }) => {
    await page.goto(fig.path);
    const frame = page.locator(`#${fig.id} .figure-frame`);
    await expect(frame).toBeVisible();
    const pictures = frame.locator('svg, img');
    // Total drawn area: one large plot, or many small multiples (cube-symmetry's 24 views).
    const sizes = await pictures.evaluateAll((els) => els.filter((e) => !e.parentElement?.closest('svg')).map((e) => e.getBoundingClientRect()).map((r) => r.width * r.height));
    expect(sizes.reduce((a, b) => a + b, 0), 'picture area in px²').toBeGreaterThan(150 * 100);
    await expect(page.locator(`#${fig.id} figcaption`)).toContainText('Figure');
  });
}

test('the one-page edition shows all eleven figures without JavaScript', async ({ page }) => {
  await page.goto('/continuity/one-page/');
  await expect(page.locator('figure[id^="fig-"]')).toHaveCount(figurePages.length);
  const empty = await page.locator('figure[id^="fig-"] .figure-frame').evaluateAll((els) => els.filter((e) => !e.querySelector('svg, img')).map((e) => e.closest('figure')!.id));
  expect(empty).toEqual([]);
});
