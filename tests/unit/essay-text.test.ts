// The essay's text (issue 10): its length budget, its voice contract, its distance from the
// sources' wording, and the bibliography it cites. How words are counted is documented in
// src/lib/content/body-words.ts.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { bodyText, bodyWords } from '@/lib/content/body-words';
import { references } from '@/lib/content/bibliography';
import { readBibKeys } from '../../scripts/plugins/bib-keys.mjs';

/** At most this many words of body text over sections 1-10 (asides and footnotes included). */
const BODY_WORD_BUDGET = 5500;
/** A shared run of this many words (or more) with a source counts as copying. */
const SHARED_RUN = 7;

const dir = 'content/essay';
const sections = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => ({ file, order: Number(file.slice(0, 2)), text: readFileSync(`${dir}/${file}`, 'utf8') }));
const body = sections.filter((s) => s.order >= 1 && s.order <= 10);
const metaTexts = readdirSync('src/figures', { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared')
  .map((d) => ({ file: `src/figures/${d.name}/meta.ts`, text: readFileSync(`src/figures/${d.name}/meta.ts`, 'utf8') }));

describe('word count rules', () => {
  test('figures, equations and citations count nothing; refs count two, maths one, footnote text counts', () => {
    const mdx = [
      '---',
      'title: T',
      '---',
      "import X from '@/figures/x/X.astro';",
      '',
      '<h2 id="a">Two words</h2>',
      '',
      'One $x + y = z$ claim <Cite keys="k" /> here, see <FigRef id="fig-x" />.[^n]',
      '',
      '<X />',
      '',
      '<Equation id="eq-a" tex={String.raw`\\frac{a}{b} > 0`} label="a over b is positive" />',
      '',
      '<Aside id="aside-a" title="A note on this">',
      '',
      'Inside — the aside.',
      '',
      '</Aside>',
      '',
      '[^n]: Note text.',
    ].join('\n');
    // Two words | One math claim here, see ref ref | A note on this | Inside the aside | Note text
    expect(bodyWords(mdx)).toBe(2 + 7 + 4 + 3 + 2);
  });
});

describe('length', () => {
  const counts = body.map((s) => ({ file: s.file, words: bodyWords(s.text) }));
  const total = counts.reduce((sum, c) => sum + c.words, 0);

  test(`sections 1-10 hold at most ${BODY_WORD_BUDGET} words of body text`, () => {
    expect(counts).toHaveLength(10);
    console.info(`body words: ${counts.map((c) => `${c.file.slice(0, 2)} ${c.words}`).join(', ')}; total ${total}`);
    expect(total, counts.map((c) => `${c.file}: ${c.words}`).join('\n')).toBeLessThanOrEqual(BODY_WORD_BUDGET);
  });

  test('no section has been emptied on the way', () => {
    for (const c of counts) expect(c.words, c.file).toBeGreaterThan(250);
  });

  test('section 1 reaches its thesis within about 400 words', () => {
    const intro = body[0]!.text;
    const before = intro.slice(0, intro.indexOf('<h2 id="thesis">'));
    expect(intro.indexOf('<h2 id="thesis">')).toBeGreaterThan(0);
    expect(bodyWords(before)).toBeLessThanOrEqual(420);
  });
});

/** The asides and footnotes of a section: where our own readings live. */
function notesAndAsides(mdx: string): string[] {
  const asides = [...mdx.matchAll(/<Aside\b[^>]*>([\s\S]*?)<\/Aside>/g)].map((m) => m[1]!);
  const footnotes = [...mdx.matchAll(/^\[\^[\w-]+\]:(.*)$/gm)].map((m) => m[1]!);
  return [...asides, ...footnotes];
}

describe('voice', () => {
  test('asides and notes speak as "we", never "I": the first person singular is the source author\'s', () => {
    const offending: string[] = [];
    for (const s of sections) {
      for (const block of notesAndAsides(s.text)) {
        const prose = bodyText(block);
        for (const m of prose.matchAll(/[^.!?]*\b(I|my|me|mine|myself)\b[^.!?]*[.!?]?/g)) offending.push(`${s.file}: ${m[0].trim()}`);
      }
    }
    expect(offending).toEqual([]);
  });

  test('every section but the notes page has body text in the argument\'s voice or a neutral one, and the argument says "I" somewhere', () => {
    const firstPerson = body.filter((s) => /\bI (think|claim|believe|take|will|do|dispute)\b/.test(s.text));
    expect(firstPerson.length).toBeGreaterThanOrEqual(6);
  });
});

// Sentences of the sources that we hold (quoted in the project's fact sheet, ../shared/essay/facts.md,
// and the issue's summary of the source post's thesis). The essay may quote a few words with
// quotation marks; it must never share a run of SHARED_RUN words with any of them.
const SOURCE_SENTENCES = [
  // The source post (Mani).
  '(φ, θ), as in spherical coordinates',
  'continuous in terms of the volume of the object, but is discontinuous when approximated by pixels',
  'This series of posts will explain the limitations',
  "usually requires 'fuzzing' the boundaries of objects",
  'completely incapable of human-like intelligence',
  'profoundly lacking as a substrate for general intelligence',
  // Kaplan et al. 2020.
  'We observe no signs of deviation from these trends on the upper end, though performance must flatten out eventually before reaching zero loss.',
  'the smooth improvements in language model loss may hide seemingly qualitative changes in capability.',
  'depend on the vocabulary size and tokenization and hence do not have a fundamental meaning',
  'some trends spanning more than seven orders of magnitude',
  'hold across eight orders of magnitude in C_min, six orders of magnitude in N, and over two orders of magnitude in D',
  // Hornik, Stinchcombe and White 1989; Smith 1995; Li et al. 2018; Xiang et al. 2020.
  'any Borel measurable function',
  'to any desired degree of accuracy',
  'A pixel is a point sample. It exists only at a point.',
  'Dirac delta functions introduced by the derivatives of the discontinuous integrand',
  'causing changes to the topology of the input space',
  // Radford et al.; White; Karras et al. 2019 and 2021.
  'a TV slowly being transformed into a window',
  "prevents diverging from a model's prior distribution",
  'features that are absent in either endpoint may appear in the middle of a linear interpolation path',
  'on absolute pixel coordinates in an unhealthy manner',
  'detail appearing to be glued to image coordinates instead of the surfaces of depicted objects',
  'fully equivariant to translation and rotation even at subpixel scales',
];

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/(\w)-(\w)/g, '$1$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function runs(ws: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= ws.length; i++) out.add(ws.slice(i, i + n).join(' '));
  return out;
}

describe('our own words', () => {
  const sourceRuns = new Set(SOURCE_SENTENCES.flatMap((s) => [...runs(words(s), SHARED_RUN)]));

  test('the check itself finds a copied run', () => {
    expect([...runs(words('they are fully equivariant to translation and rotation even at subpixel scales'), SHARED_RUN)].some((r) => sourceRuns.has(r))).toBe(true);
  });

  test.each([...sections, ...metaTexts].map((s) => [s.file, s] as const))(`%s shares no run of ${SHARED_RUN} words with a source`, (_, s) => {
    const shared = [...runs(words(s.file.endsWith('.mdx') ? bodyText(s.text) : s.text), SHARED_RUN)].filter((r) => sourceRuns.has(r));
    expect(shared).toEqual([]);
  });
});

describe('bibliography', () => {
  const known = readBibKeys();
  const cited = new Set(sections.flatMap((s) => [...s.text.matchAll(/<Cite\s+keys="([^"]*)"/g)].flatMap((m) => m[1]!.split(',').map((k) => k.trim()))));
  const refs = references();

  test('every entry of references.bib is cited somewhere in the essay', () => {
    expect([...known].filter((k) => !cited.has(k))).toEqual([]);
  });

  test('online sources carry the date they were read, and no entry prints "Retrieved" without one', () => {
    for (const key of ['mani_difficulties_continuous', 'weisstein_circlecircle']) {
      expect(refs.get(key)!.text, key).toMatch(/Retrieved [A-Z][a-z]+ \d{1,2}, \d{4}, from https:\/\//);
    }
    for (const r of refs.values()) expect(r.text, r.key).not.toMatch(/Retrieved https?:/);
  });

  test('published versions: Chinchilla in NeurIPS 35, DCGAN at ICLR 2016', () => {
    expect(refs.get('hoffmann2022training')!.text).toContain('Advances in Neural Information Processing Systems, 35, 30016–30030');
    expect(refs.get('radford2015dcgan')!.label).toBe('Radford et al., 2016');
    expect(refs.get('radford2015dcgan')!.text).toContain('International Conference on Learning Representations');
  });

  test('DOIs where they exist, and page ranges for journal articles', () => {
    expect(refs.get('pinkus1999approximation')!.doi).toBe('10.1017/S0962492900002919');
    expect(refs.get('li2018differentiable')!.doi).toBe('10.1145/3272127.3275109');
    // ACM's article number for Palmer et al. could not be verified; its pages (1-17) could.
    expect(refs.get('palmer2020algebraic')!.text).toContain('39(2), 1–17');
  });
});
