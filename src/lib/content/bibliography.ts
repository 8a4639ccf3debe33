// The bibliography, from content/references.bib through citation-js (BibTeX in, CSL out):
// formatted entries (APA) for the reference list and the hover cards, and short
// author-year labels for citations in the text.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import bibText from '../../../content/references.bib?raw';

export interface Reference {
  key: string;
  /** "Kaplan et al., 2020" */
  label: string;
  /** The full reference, formatted (HTML from citation-js, APA style). */
  html: string;
  /** Plain-text version of the full reference. */
  text: string;
  doi?: string;
  url?: string;
  /** Family name of the first author, for sorting. */
  sortKey: string;
}

interface CslItem {
  id: string;
  author?: { family?: string; given?: string; literal?: string }[];
  issued?: { 'date-parts'?: number[][] };
  DOI?: string;
  URL?: string;
  note?: string;
  [k: string]: unknown;
}

let cache: Map<string, Reference> | undefined;

/** All references, keyed by citation key. Parsed once per build. */
export function references(text: string = bibText): Map<string, Reference> {
  if (cache && text === bibText) return cache;
  // The `note` fields record how each entry was checked; they are for us, not the reader.
  const items = (new Cite(text).data as CslItem[]).map(({ note: _note, ...item }) => item);
  const cite = new Cite(items);
  const map = new Map<string, Reference>();
  for (const item of items) {
    const opts = { template: 'apa', lang: 'en-US', entry: [item.id] };
    const html = String(cite.format('bibliography', { ...opts, format: 'html' }))
      .replace(/^[\s\S]*?<div[^>]*class="csl-entry">/, '')
      .replace(/<\/div>\s*<\/div>\s*$/, '')
      .trim();
    const text = String(cite.format('bibliography', { ...opts, format: 'text' })).trim();
    const label = String(cite.format('citation', { ...opts, format: 'text' })).replace(/^\(|\)$/g, '');
    const first = item.author?.[0];
    map.set(item.id, {
      key: item.id,
      label,
      html: linkify(html),
      text,
      doi: item.DOI,
      url: item.URL,
      sortKey: `${first?.family ?? first?.literal ?? item.id} ${item.issued?.['date-parts']?.[0]?.[0] ?? ''}`.toLowerCase(),
    });
  }
  if (text === bibText) cache = map;
  return map;
}

/** Bare DOI and URL text in a formatted entry becomes a link. */
function linkify(html: string): string {
  return html.replace(/(https?:\/\/[^\s<]+[^\s<.,;)])/g, (url) => `<a href="${url}">${url}</a>`);
}

export function reference(key: string): Reference {
  const ref = references().get(key);
  if (!ref) throw new Error(`Unknown citation key "${key}" (not in content/references.bib)`);
  return ref;
}

/** References sorted for the list at the end: by first author, then year. */
export function sortedReferences(): Reference[] {
  return [...references().values()].sort((a, b) => a.sortKey.localeCompare(b.sortKey));
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * An in-text citation as HTML: "(Cybenko, 1989; Hornik et al., 1989)", each label a link to
 * its entry in the reference list. The full reference rides along in the link's `data-card`
 * attribute, which src/scripts/cite-cards.ts turns into a card while the reader looks at it:
 * an attribute, so reader mode, text browsers and the search index never read it as text.
 * Throws on a key that is not in content/references.bib.
 */
export function citationHtml(keys: readonly string[]): string {
  const links = keys.map((key) => {
    const ref = reference(key);
    return `<a href="/continuity/notes/#ref-${ref.key}" class="cite-link" data-card="${escapeAttribute(ref.html)}">${ref.label.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</a>`;
  });
  return `<span class="cite">(${links.join('; ')})</span>`;
}
