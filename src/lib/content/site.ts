// Facts about the essay as a publication: its title, byline and how it is cited.
export const essay = {
  title: 'Limits of deep learning, part 1: Continuity',
  shortTitle: 'Continuity',
  authors: ['The Continuity editors'],
  /** The essay's argument comes from this post; every sentence of ours is our own. */
  sourceKey: 'mani_difficulties_continuous',
  published: '2026-11-25',
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
