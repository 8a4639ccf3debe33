// The essay's sections in reading order, from the content collection.
import { getCollection, type CollectionEntry } from 'astro:content';

export type Section = CollectionEntry<'essay'>;

export async function sections(): Promise<Section[]> {
  const all = await getCollection('essay');
  return all.sort((a, b) => a.data.order - b.data.order);
}

export function sectionUrl(slug: string): string {
  return `/continuity/${slug}/`;
}
