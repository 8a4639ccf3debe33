// The essay's content: front matter matches the schema, every section of the outline has
// its page, and every cited key is in the bibliography.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { essaySchema } from '@/lib/content/essay-schema';
import { readBibKeys } from '../../scripts/plugins/bib-keys.mjs';
import anchors from '../anchors.json';

const dir = 'content/essay';
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
const pages = files.map((file) => {
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return { file, text, front: m ? parse(m[1]) : undefined };
});

describe('essay pages', () => {
  test('there is one page per section of the anchor manifest, in order', () => {
    expect(pages.map((p) => p.front?.slug)).toEqual(anchors.sections);
    expect(pages.map((p) => p.front?.order)).toEqual(anchors.sections.map((_, i) => i + 1));
  });

  test.each(pages.map((p) => [p.file, p] as const))('%s has valid front matter and a matching file name', (_, page) => {
    const parsed = essaySchema.safeParse(page.front);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
    expect(page.file).toBe(`${String(page.front.order).padStart(2, '0')}-${page.front.slug}.mdx`);
  });

  // Front matter is printed as written (Markdown's smart quotes never see it): its
  // apostrophes and quotes are typographic, like the text they stand beside.
  test.each(pages.map((p) => [p.file, p] as const))('%s: title and summary use typographic quotes', (_, page) => {
    for (const field of ['title', 'summary'] as const) expect(String(page.front[field]), field).not.toMatch(/['"]/);
  });

  test('the schema refuses bad front matter', () => {
    expect(essaySchema.safeParse({ title: 'T', slug: 'x', order: 1, summary: 'short' }).success).toBe(false);
    expect(essaySchema.safeParse({ title: 'Title', slug: 'Bad Slug', order: 1, summary: 'a summary long enough to pass' }).success).toBe(false);
    expect(essaySchema.safeParse({ title: 'Title', slug: 'ok', order: 1, summary: 'a summary long enough to pass', extra: 1 }).success).toBe(false);
    expect(essaySchema.safeParse({ title: 'Title', slug: 'ok-slug', order: 2, summary: 'a summary long enough to pass' }).success).toBe(true);
  });
});

describe('citations', () => {
  const known = readBibKeys();
  const cited = pages.flatMap((p) =>
    [...p.text.matchAll(/<Cite\s+keys="([^"]*)"/g)].flatMap((m) => m[1].split(',').map((k) => ({ key: k.trim(), file: p.file }))),
  );

  test('the bibliography parses to the expected keys', () => {
    expect(known.size).toBeGreaterThanOrEqual(30);
    expect(known.has('kaplan2020scaling')).toBe(true);
  });

  test('every cited key exists in references.bib', () => {
    const unknown = cited.filter((c) => !known.has(c.key)).map((c) => `${c.key} (${c.file})`);
    expect(unknown).toEqual([]);
  });

  test('the essay credits its source post', () => {
    expect(cited.some((c) => c.key === 'mani_difficulties_continuous' && c.file.startsWith('01-'))).toBe(true);
  });
});
