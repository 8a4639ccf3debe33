// Search: the Pagefind index as the search page reads it. Excerpts and indexed text hold each
// formula once and no TeX, no screen-reader link labels, nothing from a figure's frame
// (controls, readouts, plot labels), each note once and no hover-card text.
import { test, expect, type Page } from '@playwright/test';
import { bodyRuns, LINK_LABELS, noteOpenings, occurrences, readsInOrder, referenceOpenings, squash, staticDocument, TEX_COMMAND } from './reading';

interface Indexed {
  url: string;
  content: string;
}

/** Every indexed page with its indexed text, through Pagefind's own browser API. */
async function indexedPages(page: Page): Promise<Indexed[]> {
  await page.goto('/search/');
  return page.evaluate(async () => {
    const path = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ path);
    await pagefind.init();
    const { results } = await pagefind.search(null, { filters: {} });
    const data = await Promise.all(results.map((r: { data: () => Promise<Indexed> }) => r.data()));
    return data.map((d: Indexed) => ({ url: d.url, content: d.content }));
  });
}

test('search results for "closed and bounded" read as text, each formula once', async ({ page }) => {
  await page.goto('/search/?q=closed%20and%20bounded');
  const excerpts = page.locator('.search-results li p');
  await expect(excerpts.first()).toBeVisible();
  const texts = await excerpts.allTextContents();
  expect(texts.join(' ')).toMatch(/closed and bounded/i);
  for (const t of texts) {
    expect(t).not.toMatch(TEX_COMMAND);
    expect(t).not.toMatch(LINK_LABELS);
  }
  // The note defining "compact": its formula once, as the drawn text (it was "Rn\\mathbb{R}^nRn").
  expect(squash(texts.join(' '))).toContain(squash('of Rn, means closed and bounded'));
});

test('every indexed page holds its text once, in order, and nothing from figure frames', async ({ page }) => {
  const pages = await indexedPages(page);
  expect(pages.length).toBeGreaterThan(10);
  for (const { url, content } of pages) {
    const source = staticDocument(url);
    expect(readsInOrder(content, bodyRuns(source)), url).toBe('');
    expect(content, url).not.toMatch(TEX_COMMAND);
    expect(content, url).not.toMatch(LINK_LABELS);
    // Controls, readouts and plot labels live in the figure frame, left out of the index:
    // none of its buttons' labels is indexed unless the page says it elsewhere too.
    const frames = [...source.querySelectorAll('.figure-frame')];
    const labels = new Set(frames.flatMap((f) => [...f.querySelectorAll('button, .figure-nojs')].map((b) => (b.textContent ?? '').trim())));
    const main = source.querySelector('main')!.cloneNode(true) as Element;
    main.querySelectorAll('.figure-frame').forEach((f) => f.remove());
    for (const label of labels) if (label && occurrences(main.textContent ?? '', label) === 0) expect(occurrences(content, label), `${url}: "${label}"`).toBe(0);
  }
});

test('every indexed page holds each note once and no hover-card text', async ({ page }) => {
  const pages = await indexedPages(page);
  for (const { url, content } of pages) {
    const source = staticDocument(url);
    for (const note of noteOpenings(source)) expect(occurrences(content, note), `${url}: note "${note}"`).toBe(1);
    const expected = url === '/continuity/notes/' ? 1 : 0;
    for (const ref of referenceOpenings()) expect(occurrences(content, ref), `${url}: reference "${ref}"`).toBe(expected);
  }
});
