// How the essay's author names are written for each reader of them: people, Google Scholar
// and Zotero (meta tags), and BibTeX. A group author ("The Continuity editors") is one name
// in every form; only a person's name has a family and a given part.
import { essay } from './site';

export interface AuthorName {
  /** As written in site.ts: a group's name, or a person's "Family, Given". */
  name: string;
  group: boolean;
  family: string;
  /** Empty for a group. */
  given: string;
}

/**
 * Reads one entry of `essay.authors`.
 * @throws if a person's name is not written "Family, Given" (a bare "Given Family" would have
 * to be guessed apart, which is the mistake this module exists to avoid).
 */
export function authorName(name: string): AuthorName {
  const group = (essay.groupAuthors as readonly string[]).includes(name);
  if (group) return { name, group, family: name, given: '' };
  const m = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (!m) throw new Error(`Author "${name}": write a person as "Family, Given", or list a group in essay.groupAuthors`);
  return { name, group, family: m[1].trim(), given: m[2].trim() };
}

export const authors: readonly AuthorName[] = essay.authors.map(authorName);

/** For the page: "The Continuity editors", "Ada Lovelace". */
export function displayName(a: AuthorName): string {
  return a.group ? a.name : `${a.given} ${a.family}`;
}

/** The byline's list of names: "A", "A and B", "A, B and C". */
export function bylineNames(list: readonly AuthorName[] = authors): string {
  const names = list.map(displayName);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * For `citation_author` and `DC.creator`: always the inverted "Family, Given" form, which Google
 * Scholar's inclusion guidelines accept. A group is "Name," (a family part and an empty given
 * part): Zotero's Embedded Metadata translator reads a value with a comma as "Family, Given"
 * and, with no given part, keeps it as one single-field creator. Without the comma it splits
 * at the last space ("The Continuity editors" became a person "Editors, The Continuity").
 */
export function metaName(a: AuthorName): string {
  return a.group ? `${a.name},` : `${a.family}, ${a.given}`;
}

/**
 * For BibTeX's `author` field: a group in braces, so biber and BibTeX treat it as one family
 * name ("{The Continuity editors}" sorts and cites as written); a person "Family, Given".
 */
export function bibtexName(a: AuthorName): string {
  return a.group ? `{${a.name}}` : `${a.family}, ${a.given}`;
}
