// Facts about the essay as a publication: its title, byline and how it is cited.

/** Our byline: a group, so one name that reference managers must never split into given and family names. */
const editors = 'The Continuity editors';

export const essay = {
  title: 'Limits of deep learning, part 1: Continuity',
  shortTitle: 'Continuity',
  /** Display names, in byline order. A person is written "Family, Given"; a group by its name (see groupAuthors). */
  authors: [editors],
  /** The entries of `authors` that are groups (corporate authors), not people. */
  groupAuthors: [editors],
  /** The essay's argument comes from this post; every sentence of ours is our own. */
  sourceKey: 'mani_difficulties_continuous',
  published: '2026-11-25',
  /** The page that holds the whole text: the essay's canonical citable record (and the print edition). */
  onePagePath: '/continuity/one-page/',
  /** The essay's picture in link previews of pages that have no figure of their own. */
  emblemFigure: 'fig-cube-pixels',
  description:
    'Neural networks are continuous functions; the maps between scenes and their pixels are not. An interactive essay with live figures that test every claim.',
} as const;

/** Display equations in reading order; their numbers follow from this list. */
export const equations = [
  { id: 'eq-continuity', section: 'rotating-cube' },
  { id: 'eq-lens-area', section: 'occlusion' },
  { id: 'eq-step-bound', section: 'in-practice' },
] as const;

export function equationNumber(id: string): number {
  const i = equations.findIndex((e) => e.id === id);
  if (i < 0) throw new Error(`Unknown equation id "${id}" (add it to src/lib/content/site.ts)`);
  return i + 1;
}
