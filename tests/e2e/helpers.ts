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

/**
 * Brings every figure of the page into view in turn, waiting for each to hydrate
 * (client:visible) and report data-ready, then returns to the top.
 */
export async function hydrateAll(page: Page, timeout = 30_000): Promise<void> {
  const ids = await page.locator('figure[id^="fig-"]').evaluateAll((figs) => figs.map((f) => f.id));
  for (const id of ids) {
    const fig = page.locator(`#${id}`);
    await fig.scrollIntoViewIfNeeded();
    await page.waitForFunction((fid) => document.getElementById(fid)?.getAttribute('data-ready') === 'true', id, { timeout });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
