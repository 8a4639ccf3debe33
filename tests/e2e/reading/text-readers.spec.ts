// Notes and citation cards as other readers get them (issue 12, items 1 and 2): the real
// tools on the built pages. w3m and lynx (text browsers), Mozilla Readability (Firefox's
// reader view) and the Pagefind index each read every note once, after the paragraph that
// refers to it (never mid-sentence, never again at the end), and never read a card's text.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import anchors from '../../anchors.json' with { type: 'json' };
import { noteSentences } from '../helpers';

const noteSlugs = Object.entries(anchors.ids)
  .filter(([, ids]) => ids.some((id) => id.startsWith('note-')))
  .map(([slug]) => slug);
const pages = [...noteSlugs.map((s) => `continuity/${s}`), 'continuity/one-page'];
const file = (page: string) => `dist/${page}/index.html`;
const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The longest run of plain words in an element (maths, which each tool spells its own way, left out). */
function plainPhrase(el: Element, from: 'start' | 'end' = 'start'): string {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const runs: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('.katex, .sidenote-number, sup')) continue;
    const t = squash(n.textContent ?? '').trim();
    if (t.length > 0) runs.push(t);
  }
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
  return from === 'start' ? longest.slice(0, 40).trim() : longest.slice(-40).trim();
}

interface Expected {
  id: string;
  /** Words of the note. */
  note: string;
  /** The last words of the block that refers to it (the note comes after them). */
  before: string;
}
/** What each page must show: its notes, where they belong, and the cards' texts it must not. */
function expected(page: string): { notes: Expected[]; cards: string[] } {
  const doc = new JSDOM(readFileSync(file(page), 'utf8')).window.document;
  const notes = [...doc.querySelectorAll('.sidenotes')].flatMap((group) =>
    [...group.querySelectorAll('.sidenote')].map((n) => ({ id: n.id, note: plainPhrase(n), before: plainPhrase(group.previousElementSibling!, 'end') })),
  );
  // A card's text: the reference as formatted (the reference list, not on section pages, has it too).
  const cards = [...doc.querySelectorAll<HTMLAnchorElement>('a.cite-link[data-card]')].map((a) => {
    const card = doc.createElement('div');
    card.innerHTML = a.dataset.card!;
    return squash(card.textContent!).slice(0, 50);
  });
  return { notes, cards: page.endsWith('one-page') ? [] : [...new Set(cards)] };
}

function checkReading(text: string, page: string, tool: string): void {
  const read = squash(text);
  const { notes, cards } = expected(page);
  expect(notes.length, page).toBeGreaterThan(0);
  for (const n of notes) {
    const at = read.indexOf(n.note);
    expect(read.split(n.note).length - 1, `${tool} ${page}: ${n.id} read once`).toBe(1);
    // After the whole block that refers to it: the note never cuts a sentence in two.
    expect(read.lastIndexOf(n.before, at), `${tool} ${page}: ${n.id} after “${n.before}”`).toBeGreaterThanOrEqual(0);
  }
  for (const c of cards) expect(read.includes(c), `${tool} ${page}: card text “${c}”`).toBe(false);
}

const run = (cmd: string, args: string[]) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    throw new Error(`${cmd} could not run (apt-get install ${cmd}): ${(e as Error).message.split('\n')[0]}`);
  }
};

for (const page of pages) {
  test(`w3m and lynx read ${page}: each note once, after its paragraph; no card text`, () => {
    checkReading(run('w3m', ['-dump', '-T', 'text/html', '-cols', '100', '-O', 'UTF-8', file(page)]), page, 'w3m');
    checkReading(run('lynx', ['-dump', '-nolist', '-force_html', '-width=100', '-display_charset=utf-8', file(page)]), page, 'lynx');
  });

  test(`reader view (Readability) reads ${page}: each note once, after its paragraph; no card text`, () => {
    const dom = new JSDOM(readFileSync(file(page), 'utf8'), { url: `https://continuity.example.org/${page}/` });
    const article = new Readability(dom.window.document).parse();
    checkReading(article!.textContent!, page, 'Readability');
  });
}

test('the search index (Pagefind) holds each note once and no card text', async ({ page }) => {
  await page.goto('/search/');
  const search = (q: string) =>
    page.evaluate(async (query) => {
      const bundle = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ bundle);
      const { results } = await pagefind.search(query);
      return Promise.all(results.map(async (r: { data: () => Promise<{ url: string; content: string }> }) => r.data()));
    }, q);
  // A note: found on its own page, its words there once.
  const hits = await search('Cybenko Hornik Stinchcombe squashing');
  const ua = hits.find((h) => h.url.includes('/continuity/universal-approximation/'));
  expect(ua, 'the note of section 2 is indexed').toBeTruthy();
  expect(squash(ua!.content).split(noteSentences('02-universal-approximation.mdx', 'uat')[0]).length - 1).toBe(1);
  // A card's words (a reference's title, which only cards and the reference list hold): only the notes page.
  const cardOnly = await search('superpositions sigmoidal');
  expect(cardOnly.map((h) => new URL(h.url, 'http://x').pathname)).toEqual(['/continuity/notes/']);
});
