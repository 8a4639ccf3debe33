// Reader mode: Mozilla Readability (the library behind Firefox's reader view) run on the
// built pages as served. Every page with the essay's text has its byline; the body reads in
// order, formulas once, no TeX outside the "Cite this" BibTeX, no screen-reader link labels;
// every picture a figure has as an image with a text alternative survives; each note once
// and no hover-card text.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import anchors from '../../anchors.json' with { type: 'json' };
import { bodyRuns, distFile, LINK_LABELS, noteOpenings, occurrences, readsInOrder, referenceOpenings, staticDocument, TEX_COMMAND, withoutBibtex } from './reading';

const textPages = ['/', ...anchors.sections.map((s) => `/continuity/${s}/`), '/continuity/one-page/'];
const withReferences = new Set(['/continuity/notes/', '/continuity/one-page/']);

function readerView(path: string) {
  const dom = new JSDOM(readFileSync(distFile(path), 'utf8'), { url: `https://continuity.example.org${path}` });
  const article = new Readability(dom.window.document).parse();
  if (!article?.content) throw new Error(`Readability found no article on ${path}`);
  return { ...article, doc: new JSDOM(article.content).window.document };
}

/** A figure's pictures that carry a text alternative, by that text (aria-labelledby, aria-label, SVG <title> or alt). */
function namedPictures(fig: Element): string[] {
  const names: string[] = [];
  const byIds = (ids: string) => ids.split(/\s+/).map((id) => fig.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
  for (const el of fig.querySelectorAll('svg[role="img"], img[alt]')) {
    if (el.closest('[aria-hidden="true"]') || el.parentElement?.closest('svg')) continue;
    const labelledBy = el.getAttribute('aria-labelledby');
    const name = (labelledBy ? byIds(labelledBy) : null) ?? el.getAttribute('aria-label') ?? el.getAttribute('alt') ?? el.querySelector(':scope > title')?.textContent ?? '';
    if (name.trim()) names.push(name.trim());
  }
  return names;
}

for (const path of textPages) {
  test(`reader view of ${path}`, () => {
    const view = readerView(path);
    const source = staticDocument(path);
    expect(view.byline ?? '', 'byline').toContain(source.querySelector('.byline')?.textContent?.match(/^By (.+?) ·/)?.[1] ?? 'a byline on the page');
    const text = view.doc.body.textContent ?? '';
    expect(readsInOrder(text, bodyRuns(source, { header: false }))).toBe('');
    // TeX only in the "Cite this" BibTeX (code to copy, which reader view may keep).
    expect(withoutBibtex(text, source).text).not.toMatch(TEX_COMMAND);
    for (const h of view.doc.querySelectorAll('h1, h2, h3')) expect(h.textContent).not.toMatch(LINK_LABELS);
    expect(text).not.toMatch(LINK_LABELS);

    for (const fig of source.querySelectorAll('figure[id^="fig-"]')) {
      const kept = view.doc.getElementById(fig.id);
      expect(kept, `${fig.id} is in the reader view`).not.toBeNull();
      const pictures = namedPictures(fig);
      expect(pictures.length, `${fig.id} has a picture with a text alternative`).toBeGreaterThan(0);
      expect(namedPictures(kept!), `${fig.id}: its pictures survive`).toEqual(pictures);
    }
  });

  test(`reader view of ${path}: each note once, no hover-card text`, () => {
    const text = readerView(path).doc.body.textContent ?? '';
    const source = staticDocument(path);
    for (const note of noteOpenings(source)) expect(occurrences(text, note), `note "${note}"`).toBe(1);
    const expected = withReferences.has(path) ? 1 : 0;
    for (const ref of referenceOpenings()) expect(occurrences(text, ref), `reference "${ref}"`).toBe(expected);
  });
}
