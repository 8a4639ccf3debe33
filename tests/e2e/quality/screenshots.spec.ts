// Pictures of every figure in its default state (desktop, phone, dark), for a reader's
// eye: written to screenshots/ (not committed). Look at them after a change.
import { test, expect } from '@playwright/test';
import { figurePages } from '../figures-list';

const views = [
  { name: 'desktop', width: 1280, height: 900, scheme: 'light' as const },
  { name: 'phone', width: 375, height: 800, scheme: 'light' as const },
  { name: 'dark', width: 1280, height: 900, scheme: 'dark' as const },
];

for (const view of views) {
  test(`screenshots of every figure (${view.name})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: view.width, height: view.height });
    await page.emulateMedia({ colorScheme: view.scheme, reducedMotion: 'reduce' });
    for (const fig of figurePages) {
      await page.goto(fig.path);
      const root = page.locator(`#${fig.id}`);
      await root.scrollIntoViewIfNeeded();
      await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
      await page.waitForTimeout(400);
      await root.screenshot({ path: `screenshots/${view.name}/${fig.name}.png` });
    }
  });
}
