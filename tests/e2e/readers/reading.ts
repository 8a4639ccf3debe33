// What a page should read as, for tests that run readers' own tools (text browsers, reader
// mode, the search index, copy, print) on the built site in dist/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

/** The built HTML of a site path such as '/continuity/rotating-cube/'. */
export const distFile = (path: string): string => join('dist', path, 'index.html');

/** The page as served (no script has run), as a DOM. */
export function staticDocument(path: string): Document {
  return new JSDOM(readFileSync(distFile(path), 'utf8')).window.document;
}

/** Text with all white space (and zero-width spaces) removed: tools wrap lines differently. */
export const squash = (s: string): string => s.replace(/[\s\u200b\u00ad]+/g, '');

/** Text with each run of white space made one space. */
export const normalize = (s: string): string => s.replace(/[\s\u200b]+/g, ' ').trim();

// Elements whose text reads as part of the sentence around them; any other element (a
// citation, a note mark, a margin note, a card) starts a new run, since tools may place it
// elsewhere.
const INLINE = new Set(['EM', 'STRONG', 'I', 'B', 'CODE', 'A', 'Q', 'ABBR', 'TIME', 'SPAN']);
const isFormula = (el: Element) => el.classList.contains('katex');
const isInline = (el: Element) =>
  isFormula(el) || (INLINE.has(el.tagName) && (el.tagName !== 'SPAN' || el.classList.length === 0) && !(el.tagName === 'A' && el.closest('sup')));

/**
 * The body text of a page as runs that every reading tool must show whole and in this order:
 * each paragraph of the article (headers, prose, asides; not figures, notes lists, "Cite
 * this" or the reference list), cut where a citation or note mark interrupts it. A formula
 * counts once, as its drawn text. Runs shorter than `min` characters (squashed) are dropped;
 * `header: false` leaves out the article header (a reader view shows it as title and byline).
 */
export function bodyRuns(doc: Document, { min = 25, header = true } = {}): string[] {
  const runs: string[] = [];
  // A reader view shows the header (kicker, title, byline) as its own title and byline.
  const skip = `figure, details, nav, .section-notes, .footnotes, .all-notes, .bibliography, .cite-card, .sidenote, [hidden], [aria-hidden="true"]${header ? '' : ', .article-header'}`;
  for (const p of doc.querySelectorAll('main p')) {
    if (p.closest(skip)) continue;
    let run = '';
    const flush = () => {
      if (squash(run).length >= min) runs.push(run);
      run = '';
    };
    const walk = (node: Node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) run += child.textContent;
        else if (child.nodeType === 1) {
          const el = child as Element;
          if (isFormula(el)) run += el.textContent;
          else if (isInline(el)) walk(el);
          else {
            flush();
          }
        }
      }
    };
    walk(p);
    flush();
  }
  return runs;
}

/**
 * Checks that `text` holds every run, each whole and after the one before. Returns the
 * first problem as one line, or '' when the text reads in order.
 */
export function readsInOrder(text: string, runs: string[]): string {
  const hay = squash(text);
  let from = 0;
  for (const run of runs) {
    const needle = squash(run);
    const at = hay.indexOf(needle, from);
    if (at < 0) {
      const anywhere = hay.indexOf(needle);
      return anywhere < 0 ? `missing or broken up: "${normalize(run).slice(0, 120)}"` : `out of order: "${normalize(run).slice(0, 120)}"`;
    }
    from = at + needle.length;
  }
  return '';
}

/** How often `needle` occurs in `text`, white space ignored. */
export function occurrences(text: string, needle: string): number {
  const hay = squash(text);
  const n = squash(needle);
  let count = 0;
  for (let at = hay.indexOf(n); at >= 0; at = hay.indexOf(n, at + n.length)) count++;
  return count;
}

/**
 * The notes of a page (footnotes of the sections, and the gathered notes of the Notes
 * section), each by the opening of its longest stretch of plain text (formulas and citations
 * read differently in each tool): each note must be read exactly once.
 */
export function noteOpenings(doc: Document, length = 50): string[] {
  const items = [...doc.querySelectorAll('li[id^="note-"], .all-notes li')];
  return items.map((li) => {
    const clone = li.cloneNode(true) as Element;
    clone.querySelectorAll('[data-footnote-backref], .note-home').forEach((e) => e.remove());
    clone.querySelectorAll('.katex, .cite, sup').forEach((e) => e.replaceWith('\u0000'));
    const runs = (clone.textContent ?? '').split('\u0000').map(squash);
    return runs.reduce((a, b) => (b.length > a.length ? b : a), '').slice(0, length);
  });
}

/** Every reference of the bibliography, by the opening of its text, from the Notes section. */
export function referenceOpenings(length = 60): string[] {
  const doc = staticDocument('/continuity/notes/');
  return [...doc.querySelectorAll('.bibliography li')].map((li) => squash(li.textContent ?? '').slice(0, length));
}

/** TeX that should never reach a reader as text (a command such as \mathbb or \varepsilon). */
export const TEX_COMMAND = /\\(?:[a-zA-Z]{2,}|[{}])/;

/** `s` as a regular expression that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` (what a tool shows of `doc`) without the BibTeX blocks of its "Cite this" boxes:
 * code for the reader to copy, TeX by design (\url, \emph, braces), so the one place where
 * TeX commands belong. Each block is matched by its exact characters, whatever white space
 * or line breaks the tool put between them, and removed once. Returns the rest of the text,
 * how many blocks were found whole and how many the page has; any TeX left in `text` is TeX
 * that should not be there.
 */
export function withoutBibtex(text: string, doc: Document): { text: string; found: number; blocks: number } {
  const blocks = [...doc.querySelectorAll('.cite-this pre')].map((pre) => squash(pre.textContent ?? ''));
  let found = 0;
  for (const block of blocks) {
    const pattern = new RegExp([...block].map(escapeRegExp).join('[\\s\u200b\u00ad]*'));
    const rest = text.replace(pattern, '');
    if (rest !== text) found++;
    text = rest;
  }
  return { text, found, blocks: blocks.length };
}

/** Heading and figure link labels that are for screen readers only. */
export const LINK_LABELS = /Link to this section|link to this figure/i;

/** The line a figure shows where scripts never run (FigureShell). */
export const NO_JS_NOTE = 'Without JavaScript this figure shows its default settings; its controls do not work.';
