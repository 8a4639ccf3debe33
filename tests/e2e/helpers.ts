import type { Page } from '@playwright/test';

/** Collects console errors, uncaught exceptions and CSP violations on a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${String(e)}`));
  return errors;
}

/** Scrolls through the page so every client:visible figure hydrates, then waits for them. */
export async function hydrateAll(page: Page, timeout = 30_000): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  await page.waitForFunction(() => [...document.querySelectorAll('figure[id^="fig-"]')].every((f) => f.getAttribute('data-ready') === 'true'), undefined, { timeout });
  await page.evaluate(() => window.scrollTo(0, 0));
}
