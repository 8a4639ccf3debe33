// Search: the Pagefind index as the search page reads it. Excerpts and indexed text hold each
// formula once and no TeX, no screen-reader link labels, nothing from a figure's frame
// (controls, readouts, plot labels), each note once and no hover-card text.
import { test, expect, type Page } from '@playwright/test';
import { noteSentences } from '../helpers';
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

test('search results for a note’s words read as text, each formula once', async ({ page }) => {
  // The note defining "compact" (section 2), whose formula was once indexed three times
  // ("Rn\\mathbb{R}^nRn"): its first sentence as the source writes it, searched for by its
  // longer words, must come back in an excerpt as the page draws it, the formula once.
  const [sentence] = noteSentences('02-universal-approximation.mdx', 'compact');
  const words = sentence.replace(/\$[^$]*\$/g, ' ').match(/\p{L}{4,}/gu)!;
  const drawn = squash(staticDocument('/continuity/universal-approximation/').getElementById('note-compact')!.textContent ?? '');
  const [first, last] = [squash(words[0]!), squash(sentence.split(/\s+/).at(-1)!)];
  const drawnSentence = drawn.slice(drawn.indexOf(first), drawn.indexOf(last) + last.length);
  expect(drawnSentence.length, `the note's sentence on the page: ${drawnSentence}`).toBeGreaterThan(first.length + last.length);
  await page.goto(`/search/?q=${encodeURIComponent(words.join(' '))}`);
  const excerpts = page.locator('.search-results li p');
  await expect(excerpts.first()).toBeVisible();
  const texts = await excerpts.allTextContents();
  for (const t of texts) {
    expect(t).not.toMatch(TEX_COMMAND);
    expect(t).not.toMatch(LINK_LABELS);
  }
  expect(squash(texts.join(' '))).toContain(drawnSentence);
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
