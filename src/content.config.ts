import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { essaySchema } from './lib/content/essay-schema';

/** The essay, one MDX file per section (content/essay/NN-<slug>.mdx). */
const essay = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/essay' }),
  schema: essaySchema,
});

export const collections = { essay };
