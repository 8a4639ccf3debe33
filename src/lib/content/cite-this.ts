// "Cite this": a plain-text reference and BibTeX for the essay, one section, or one figure,
// in two forms: biblatex's `@online` (biber), and `@misc` with `howpublished = {\url{...}}`
// for classic BibTeX styles (plain.bst, natbib), which know no `@online`. The essay is the
// work; a section or a figure is cited as a part of it (see page-meta.ts for the same model
// in the page's meta tags).
import { authors, bibtexName, bylineNames } from './author-names';
import { essay } from './site';

export type CiteTarget =
  | { kind: 'essay'; url: string }
  | { kind: 'section'; slug: string; order: number; title: string; url: string }
  | { kind: 'figure'; id: string; number: number; title: string; url: string };

export interface Citation {
  /** One BibTeX key for both forms: they are the same entry, pick one. */
  key: string;
  biblatex: string;
  classic: string;
  text: string;
}

const year = essay.published.slice(0, 4);
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const month = months[Number(essay.published.slice(5, 7)) - 1];
const source = String.raw`Interactive essay after S.~Mani, ` + '``Difficulties with continuous approximation' + "''";

/** TeX's special characters, escaped for a BibTeX field. */
export function texEscape(s: string): string {
  return s.replace(/[\\{}&%$#_^~]/g, (c) =>
    c === '\\' ? String.raw`\textbackslash{}` : c === '^' ? String.raw`\^{}` : c === '~' ? String.raw`\~{}` : `\\${c}`,
  );
}

/**
 * A sentence-case title for BibTeX: every word with a capital letter after the title's first
 * letter is braced, so that styles which lowercase titles (plain.bst's change.case$, biblatex's
 * \MakeSentenceCase) keep proper nouns and acronyms: "Limits of deep learning, part 1:
 * {Continuity}", "{ReLU} networks".
 */
export function protectCase(title: string): string {
  return texEscape(title)
    .split(' ')
    .map((word, i) => {
      const m = /^(.*?)([.,:;!?)]*)$/.exec(word)!;
      const core = m[1];
      return /[A-Z]/.test(i === 0 ? core.slice(1) : core) ? `{${core}}${m[2]}` : word;
    })
    .join(' ');
}

const workTitle = protectCase(essay.title);

function parts(t: CiteTarget): { key: string; title: string; partOf?: string; plainPartOf?: string } {
  const base = `continuity${year}`;
  if (t.kind === 'essay') return { key: base, title: workTitle };
  const what = t.kind === 'section' ? `Section~${t.order}` : `Figure~${t.number}`;
  return {
    key: `${base}-${t.kind === 'section' ? t.slug : t.id}`,
    title: protectCase(t.title),
    partOf: String.raw`${what} of \emph{${workTitle}}`,
    plainPartOf: `${t.kind === 'section' ? 'Section' : 'Figure'} ${t.kind === 'section' ? t.order : t.number} of ${essay.title}`,
  };
}

function entry(type: string, key: string, fields: [string, string | undefined][]): string {
  const present = fields.filter((f): f is [string, string] => f[1] !== undefined);
  const width = Math.max(...present.map(([k]) => k.length));
  return [`@${type}{${key},`, ...present.map(([k, v], i) => `  ${k.padEnd(width)} = ${v}${i < present.length - 1 ? ',' : ''}`), '}'].join('\n');
}

/**
 * Builds the reference for one target.
 * @param accessed the reader's access date, YYYY-MM-DD (`urldate`); the page writes its build
 *   date and the reader's browser replaces it with today's.
 */
export function citation(t: CiteTarget, accessed: string): Citation {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(accessed)) throw new Error(`Access date "${accessed}" is not YYYY-MM-DD`);
  const p = parts(t);
  const author = `{${authors.map(bibtexName).join(' and ')}}`;
  const biblatex = entry('online', p.key, [
    ['author', author],
    ['title', `{${p.title}}`],
    ['titleaddon', p.partOf && `{${p.partOf}}`],
    ['date', `{${essay.published}}`],
    ['url', `{${t.url}}`],
    ['urldate', `{${accessed}}`],
    ['note', `{${source}}`],
  ]);
  const classic = entry('misc', p.key, [
    ['author', author],
    ['title', `{${p.title}}`],
    ['howpublished', `{\\url{${t.url}}}`],
    ['year', `{${year}}`],
    ['month', month],
    ['note', `{${[p.partOf, source, `Accessed ${accessed}`].filter(Boolean).join('. ')}}`],
  ]);
  const title = t.kind === 'essay' ? essay.title : `${t.title}. ${p.plainPartOf}`;
  const text = `${bylineNames()} (${year}). ${title}. ${t.url}`;
  return { key: p.key, biblatex, classic, text };
}
