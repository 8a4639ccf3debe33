import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The essay, one MDX file per section. `slug` is the public URL part and never changes. */
export const essaySchema = z
  .object({
    title: z.string().min(3),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug: lower-case words joined by hyphens'),
    order: z.number().int().min(1),
    summary: z.string().min(20).max(300),
    /** Old slugs of a renamed section; each gets a redirect page so old links keep working. */
    aliases: z.array(z.string()).default([]),
  })
  .strict();

const essay = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/essay' }),
  schema: essaySchema,
});

export const collections = { essay };
