// "Cite this": BibTeX and a plain-text reference for the essay, one section, or one figure.
import { essay } from './site';

export interface CiteTarget {
  /** What is cited: the essay, a section title, or "Figure 3: <title>". */
  title?: string;
  url: string;
  /** A stable BibTeX key part: "", the section slug, or the figure id. */
  keySuffix?: string;
}

const year = essay.published.slice(0, 4);

export function citeBibtex(t: CiteTarget): string {
  const key = `continuity${year}${t.keySuffix ? '-' + t.keySuffix : ''}`;
  const title = t.title ? `${essay.title}: ${t.title}` : essay.title;
  return [
    `@online{${key},`,
    `  author = {${essay.authors.join(' and ')}},`,
    `  title  = {${title}},`,
    `  year   = {${year}},`,
    `  url    = {${t.url}},`,
    `  note   = {Interactive essay after S. Mani, "Difficulties with continuous approximation"}`,
    `}`,
  ].join('\n');
}

export function citeText(t: CiteTarget): string {
  const title = t.title ? `${essay.title}: ${t.title}` : essay.title;
  return `${essay.authors.join(', ')} (${year}). ${title}. ${t.url}`;
}
