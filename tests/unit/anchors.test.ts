// The anchor contract: the manifest lists every public id of OUTLINE.md, each once, and
// each id is written by hand in the essay source (MDX or a figure's frame).
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import anchors from '../anchors.json';

const allIds = Object.values(anchors.ids).flat();

/** Ids that OUTLINE.md makes public, read from its text (backticked ids). */
function outlineIds(text: string): string[] {
  const ids = new Set<string>();
  for (const m of text.matchAll(/`((?:fig|note|eq|aside)-[a-z0-9-]+)`/g)) if (!m[1].endsWith('-')) ids.add(m[1]);
  for (const m of text.matchAll(/Subsection ids: ([^\n]+)/g)) for (const s of m[1].matchAll(/`([a-z0-9-]+)`/g)) ids.add(s[1]);
  for (const m of text.matchAll(/^### \d+\. `([a-z0-9-]+)`/gm)) ids.add(`section:${m[1]}`);
  return [...ids];
}

describe('anchor manifest', () => {
  test('no id is listed twice', () => {
    expect(allIds.length).toBe(new Set(allIds).size);
  });

  test('every footnote has its reference-mark id too', () => {
    for (const id of allIds.filter((i) => /^note-[a-z0-9-]+$/.test(i) && !i.endsWith('-ref'))) {
      expect(allIds).toContain(`${id}-ref`);
    }
  });

  // The spec lives beside the project (../shared); when it is there, the manifest must
  // cover every id it names. Without it, the manifest is still checked against the source.
  const outlinePath = '../shared/essay/OUTLINE.md';
  test('the manifest covers every public id of OUTLINE.md', () => {
    if (!existsSync(outlinePath)) {
      expect(allIds.length).toBeGreaterThan(40);
      return;
    }
    const wanted = outlineIds(readFileSync(outlinePath, 'utf8'));
    const have = new Set([...allIds, ...anchors.sections.map((s) => `section:${s}`)]);
    expect(wanted.filter((id) => !have.has(id))).toEqual([]);
  });

  test('every id is written by hand in the source of its page', () => {
    const mdx = Object.fromEntries(
      readdirSync('content/essay').map((f) => [f.replace(/^\d+-|\.mdx$/g, ''), readFileSync(`content/essay/${f}`, 'utf8')]),
    );
    const figureIds = new Set(
      readdirSync('src/figures', { withFileTypes: true })
        .filter((d) => d.isDirectory() && d.name !== 'shared')
        .flatMap((d) => [...readFileSync(`src/figures/${d.name}/meta.ts`, 'utf8').matchAll(/id: '(fig-[a-z0-9-]+)'/g)].map((m) => m[1])),
    );
    const missing: string[] = [];
    for (const [slug, ids] of Object.entries(anchors.ids)) {
      const src = mdx[slug] ?? '';
      for (const id of ids) {
        if (id.startsWith('fig-')) {
          if (!figureIds.has(id)) missing.push(id);
          continue;
        }
        const note = /^note-(.+?)(-ref)?$/.exec(id);
        const written = note ? src.includes(`[^${note[1]}]`) : src.includes(`id="${id}"`);
        if (!written) missing.push(`${id} (${slug})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
