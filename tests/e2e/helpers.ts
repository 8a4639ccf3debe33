import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

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

/**
 * The sentences of note `id` as the essay's Markdown source writes them in `file` (a file
 * of content/essay/), its citations left out: tests quote a note's current words instead of
 * a copy that the next edit of the essay would break. Throws if the file has no such note.
 */
export function noteSentences(file: string, id: string): string[] {
  const text = readFileSync(`content/essay/${file}`, 'utf8').match(new RegExp(`^\\[\\^${id}\\]:\\s*(.+)$`, 'm'))?.[1];
  if (!text) throw new Error(`${file} has no note [^${id}]`);
  return text.replace(/\s*<Cite [^>]*\/>/g, '').split(/(?<=\.)\s+/);
}
