// The front matter every essay section must have (validated by the content collection,
// and by the unit tests on the raw files).
import { z } from 'astro/zod';

export const essaySchema = z
  .object({
    title: z.string().min(3),
    /** The public URL part, /continuity/<slug>/; it never changes once published. */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug: lower-case words joined by hyphens'),
    order: z.number().int().min(1),
    /** One sentence for the contents page. */
    summary: z.string().min(20).max(300),
    /** Old slugs of a renamed section; each gets a redirect page so old links keep working. */
    aliases: z.array(z.string()).default([]),
  })
  .strict();

export type EssayFrontmatter = z.infer<typeof essaySchema>;
