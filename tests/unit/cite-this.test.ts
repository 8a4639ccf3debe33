// "Cite this" for the essay, every section and every figure: both BibTeX forms parse with a
// maintained BibTeX parser (the one behind Better BibTeX for Zotero) into the intended names,
// titles and fields, and classic BibTeX with plain.bst reads the @misc form without a warning.
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parse } from '@retorquere/bibtex-parser';
import { citation, protectCase, texEscape, type CiteTarget } from '@/lib/content/cite-this';
import { figures } from '@/figures/catalog';
import { essay } from '@/lib/content/site';

const site = 'https://continuity.example.org';
const accessed = '2027-03-04';
const sections = readdirSync('content/essay')
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(`content/essay/${f}`, 'utf8'))![1]));

const targets: { target: CiteTarget; title: string; partOf?: string }[] = [
  { target: { kind: 'essay', url: `${site}/continuity/one-page/` }, title: essay.title },
  ...sections.map((s) => ({
    target: { kind: 'section', slug: s.slug, order: s.order, title: s.title, url: `${site}/continuity/${s.slug}/` } as const,
    title: s.title as string,
    partOf: `Section ${s.order} of ${essay.title}`,
  })),
  ...figures.map((f, i) => ({
    target: { kind: 'figure', id: f.id, number: i + 1, title: f.title, url: `${site}/continuity/${f.section}/#${f.id}` } as const,
    title: f.title,
    partOf: `Figure ${i + 1} of ${essay.title}`,
  })),
];

// The parser renders markup as HTML and TeX's ~ as a no-break space: compare the words.
const html = (s: string | undefined) => s?.replace(/<[^>]+>/g, '').replaceAll('\u00a0', ' ');

describe('"Cite this" BibTeX', () => {
  test('covers the essay, every section and every figure', () => {
    expect(targets.length).toBe(1 + 11 + 11);
    expect(new Set(targets.map((t) => citation(t.target, accessed).key)).size).toBe(targets.length);
  });

  test.each(targets.map((t) => [t.target.kind === 'essay' ? 'essay' : (t.target as { title: string }).title, t] as const))(
    '%s: both forms parse to the intended entry',
    (_, { target, title, partOf }) => {
      const c = citation(target, accessed);
      const [online, misc] = [c.biblatex, c.classic].map((b) => {
        const lib = parse(b);
        expect(lib.errors).toEqual([]);
        expect(lib.entries).toHaveLength(1);
        return lib.entries[0];
      });
      for (const e of [online, misc]) {
        expect(e.key).toBe(c.key);
        // One author, kept whole: a literal name, not a person "editors, The Continuity".
        expect(e.fields.author).toEqual([{ name: 'The Continuity editors' }]);
        // The parser sentence-cases English titles the way biblatex styles do; braces keep them as written.
        expect(html(e.fields.title)).toBe(title);
      }
      expect(online.type).toBe('online');
      expect(online.fields.url).toBe(target.url);
      expect(online.fields.urldate).toBe(accessed);
      expect(online.fields.date).toBe(essay.published);
      expect(html(online.fields.titleaddon)).toBe(partOf);
      expect(html(online.fields.note)).toBe('Interactive essay after S. Mani, “Difficulties with continuous approximation”');
      expect(misc.type).toBe('misc');
      expect(html(misc.fields.howpublished)).toBe(target.url);
      expect(misc.fields.year).toBe(essay.published.slice(0, 4));
      expect(html(misc.fields.note)).toBe(
        [partOf, 'Interactive essay after S. Mani, “Difficulties with continuous approximation”', `Accessed ${accessed}`]
          .filter(Boolean)
          .join('. '),
      );
      // No ASCII double quotes anywhere: TeX quotes only.
      expect(c.biblatex + c.classic).not.toContain('"');
    },
  );

  test('the plain-text reference names the part and the whole', () => {
    const cube = targets.find((t) => t.target.kind === 'section' && t.target.slug === 'rotating-cube')!;
    expect(citation(cube.target, accessed).text).toBe(
      `The Continuity editors (2026). A cube, a camera, and a grid of pixels. Section 3 of ${essay.title}. ${site}/continuity/rotating-cube/`,
    );
  });

  test('proper nouns and acronyms are protected from lowercasing; TeX specials are escaped', () => {
    expect(protectCase('Limits of deep learning, part 1: Continuity')).toBe('Limits of deep learning, part 1: {Continuity}');
    expect(protectCase('ReLU networks and GANs, after Mani.')).toBe('{ReLU} networks and {GANs}, after {Mani}.');
    expect(protectCase('A cube, a camera')).toBe('A cube, a camera');
    expect(texEscape('50% & $x_1$ {a} ~ ^ \\')).toBe('50\\% \\& \\$x\\_1\\$ \\{a\\} \\~{} \\^{} \\textbackslash{}');
    const lib = parse(`@misc{k, title = {${protectCase('ReLU: 50% & more')}}}`);
    expect(html(lib.entries[0].fields.title)).toBe('ReLU: 50% & more');
  });

  test('a malformed access date is refused with a message', () => {
    expect(() => citation(targets[0].target, '4 March 2027')).toThrow(/not YYYY-MM-DD/);
  });
});

describe('classic BibTeX (plain.bst)', () => {
  test('reads every @misc block without a warning, keeping the group author and the title case', () => {
    let bibtexVersion = '';
    try {
      bibtexVersion = execFileSync('bibtex', ['--version'], { encoding: 'utf8' }).split('\n')[0];
    } catch {
      throw new Error('No bibtex found: install TeX Live (Debian: apt-get install --no-install-recommends texlive-base)');
    }
    expect(bibtexVersion).toMatch(/BibTeX/);
    const dir = mkdtempSync(join(tmpdir(), 'continuity-bibtex-'));
    const entries = targets.map((t) => citation(t.target, accessed));
    writeFileSync(join(dir, 'refs.bib'), entries.map((c) => c.classic).join('\n\n'));
    writeFileSync(join(dir, 'doc.aux'), `\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n`);
    const log = execFileSync('bibtex', ['doc'], { cwd: dir, encoding: 'utf8' });
    expect(log).not.toMatch(/Warning|error/i);
    const bbl = readFileSync(join(dir, 'doc.bbl'), 'utf8');
    const items = bbl.split('\\bibitem').slice(1);
    expect(items).toHaveLength(entries.length);
    for (const t of targets) {
      const item = items.find((i) => i.startsWith(`{${citation(t.target, accessed).key}}`));
      expect(item, t.title).toBeDefined();
      const flat = item!.replace(/\s+/g, ' ');
      expect(flat).toContain('{The Continuity editors}.');
      expect(flat).toContain(`\\newblock ${protectCase(t.title)}${t.title.endsWith('?') ? '' : '.'} \\newblock`);
      expect(flat).toContain(`\\url{${t.target.url}}`);
      expect(flat).toContain(`Accessed ${accessed}`);
    }
  });
});
