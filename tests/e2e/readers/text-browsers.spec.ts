// Text browsers, run for real on the built pages (Debian's w3m and lynx; .ci/run installs
// them): each formula once and no TeX outside the "Cite this" BibTeX, the page reads in
// order, no screen-reader-only labels, plot labels apart, figure controls that cannot work
// said to need JavaScript, each note once, and no hover-card text in the body.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { allPages } from '../figures-list';
import { bodyRuns, distFile, escapeRegExp, LINK_LABELS, NO_JS_NOTE, noteOpenings, normalize, occurrences, readsInOrder, referenceOpenings, staticDocument, TEX_COMMAND, withoutBibtex } from './reading';

const tools = {
  w3m: (file: string) => execFileSync('w3m', ['-dump', '-cols', '100', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', file], { encoding: 'utf8' }),
  lynx: (file: string) => execFileSync('lynx', ['-dump', '-nolist', '-width=100', '-assume_charset=utf-8', '-display_charset=utf-8', file], { encoding: 'utf8' }),
};
/**
 * A plot's labels, in order, each apart from the next (white space between them), as a text
 * browser lays them out: it may wrap a line inside a label where a line may break (after the
 * "/" of "nats/token", after the "=" of "T=1e−3"), so a line break with its indentation may
 * come between any two characters of a label; a space inside a label may be any white space.
 */
function labelsApart(labels: string[]): RegExp {
  const label = (l: string) => [...l].map((c) => (c === ' ' ? '\\s+' : escapeRegExp(c))).join('(?:[ \\t]*\\n\\s*)?');
  return new RegExp(labels.map(label).join('\\s+'));
}

// Pages that hold the reference list; on the others a reference's full text is a card read as body text.
const withReferences = new Set(['/continuity/notes/', '/continuity/one-page/']);

for (const [tool, dump] of Object.entries(tools)) {
  test.describe(tool, () => {
    for (const path of allPages) {
      test(`${path} reads once and in order`, () => {
        const text = dump(distFile(path));
        const doc = staticDocument(path);
        expect(readsInOrder(text, bodyRuns(doc))).toBe('');
        // TeX only in the "Cite this" BibTeX, which shows whole, ready to copy.
        const prose = withoutBibtex(text, doc);
        expect(prose.found, 'the Cite-this BibTeX blocks, each whole').toBe(prose.blocks);
        expect(prose.text).not.toMatch(TEX_COMMAND);
        expect(text).not.toMatch(/\[MATH:|<\/?m(i|o|n|row|sup|sub)\b|<semantics>|<annotation/);
        expect(text).not.toMatch(LINK_LABELS);
        // The skip link stands on its own line, not run into the site title.
        expect(text).toMatch(/^\s*Skip to the text\s*$/m);
        // Previous and next section: two links, not one run of words.
        for (const a of doc.querySelectorAll('a[rel="next"]')) expect(text, 'the next-section link on a line of its own').toMatch(new RegExp(`^\\s*(?:\\S+\\s+)?Next ${escapeRegExp(normalize(a.textContent!).replace(/^Next /, ''))}`, 'm'));
      });

      test(`${path}: figure labels apart, dead controls said so`, () => {
        const raw = dump(distFile(path));
        const text = normalize(raw);
        const doc = staticDocument(path);
        const figures = [...doc.querySelectorAll('figure[id^="fig-"]')];
        for (const fig of figures) {
          for (const svg of fig.querySelectorAll('svg')) {
            if (svg.parentElement?.closest('svg')) continue;
            const labels = [...svg.querySelectorAll('text')].map((t) => normalize(t.textContent ?? '')).filter(Boolean);
            if (labels.length) expect(raw, `${fig.id}: its plot labels, each apart`).toMatch(labelsApart(labels));
          }
        }
        const withControls = figures.filter((f) => f.querySelector('input, select, button'));
        expect(text.split(NO_JS_NOTE).length - 1, 'figures that say their controls need JavaScript').toBe(withControls.length);
      });

      test(`${path}: each note once, no hover-card text`, () => {
        const text = dump(distFile(path));
        const doc = staticDocument(path);
        for (const note of noteOpenings(doc)) expect(occurrences(text, note), `note "${note}"`).toBe(1);
        const expected = withReferences.has(path) ? 1 : 0;
        for (const ref of referenceOpenings()) expect(occurrences(text, ref), `reference "${ref}"`).toBe(expected);
      });
    }
  });
}
