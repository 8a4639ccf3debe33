// The built pages as reference managers and Google Scholar read them (the rules are in
// src/lib/content/page-meta.ts): one citable work, the one-page edition, which holds the whole
// text; section pages as parts of it; titles without the site's name; authors written so that
// Zotero keeps a group as one creator. And every "Cite this" block on every page parses with
// a maintained BibTeX parser into the entry it means. Reads dist/ (npm run build).
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import anchors from '../../anchors.json' with { type: 'json' };
import { essay } from '../../../src/lib/content/site';

type Doc = ReturnType<typeof parseHTML>['document'];
const site = new URL(process.env.SITE_URL ?? 'https://continuity.example.org');

function builtPages(): { path: string; doc: Doc }[] {
  const out: { path: string; doc: Doc }[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.html')) out.push({ path: `/${p.slice('dist/'.length)}`.replace(/index\.html$/, ''), doc: parseHTML(readFileSync(p, 'utf8')).document });
    }
  };
  walk('dist');
  return out;
}
const pages = builtPages();
const page = (path: string) => pages.find((p) => p.path === path)!.doc;
const metas = (doc: Doc, key: string) =>
  [...doc.querySelectorAll(`head meta[name="${key}"], head meta[property="${key}"]`)].map((m) => m.getAttribute('content') ?? '');
const canonical = (doc: Doc) => doc.querySelector('head link[rel="canonical"]')?.getAttribute('href');
const isRedirect = (doc: Doc) => !!doc.querySelector('meta[http-equiv="refresh"]');
const words = (s: string) => s.replace(/\s+/g, ' ').trim();
const workPath = essay.onePagePath;
const workUrl = new URL(workPath, site).href;
const sectionPaths = anchors.sections.map((s) => `/continuity/${s}/`);

test('the site was built with every page the rules speak of', () => {
  for (const p of ['/', workPath, ...sectionPaths, '/figures/']) expect(pages.some((x) => x.path === p), p).toBe(true);
});

test('one page carries the Google Scholar (Highwire) record: the one-page edition, which holds the whole text', () => {
  const withHighwire = pages.filter((p) => p.doc.querySelector('head meta[name^="citation_"]')).map((p) => p.path);
  expect(withHighwire).toEqual([workPath]);
  const work = page(workPath);
  expect(canonical(work)).toBe(workUrl);
  expect(metas(work, 'citation_title')).toEqual([essay.title]);
  expect(metas(work, 'citation_publication_date')).toEqual([essay.published.replaceAll('-', '/')]);
  expect(metas(work, 'citation_fulltext_html_url')).toEqual([workUrl]);
  // The whole text: every section's own text is in the work's page.
  const workText = words(work.querySelector('main')!.textContent!);
  for (const path of sectionPaths) {
    const paragraphs = [...page(path).querySelectorAll('main .prose > p')].map((p) => words(p.textContent!)).filter((t) => t.length > 40);
    expect(paragraphs.length, path).toBeGreaterThan(0);
    for (const t of paragraphs) expect(workText.includes(t), `${path}: "${t.slice(0, 60)}…" is not in the one-page edition`).toBe(true);
  }
});

test('authors are written "Family, Given", a group as "Name," (Zotero keeps it one creator)', () => {
  const values = pages.flatMap((p) => [...metas(p.doc, 'citation_author'), ...metas(p.doc, 'DC.creator')].map((v) => ({ path: p.path, v })));
  expect(values.length).toBeGreaterThan(sectionPaths.length);
  for (const { path, v } of values) {
    const group = (essay.groupAuthors as readonly string[]).includes(v.replace(/,$/, ''));
    expect(group ? v.endsWith(',') : /^[^,]+, [^,]+$/.test(v), `${path}: ${v}`).toBe(true);
  }
  // No name-splitting meta tags that the translator reads without the comma rule.
  for (const p of pages) expect([...metas(p.doc, 'author'), ...metas(p.doc, 'article:author')], p.path).toEqual([]);
});

test('titles carry no site name: citation_title and og:title are the page’s own title', () => {
  for (const p of pages.filter((x) => !isRedirect(x.doc))) {
    for (const key of ['citation_title', 'og:title']) {
      for (const v of metas(p.doc, key)) expect(v, `${p.path} ${key}`).not.toMatch(/ — |\(one[- ]page|Continuity.*Continuity/);
    }
    expect(p.doc.title.split(essay.shortTitle).length - 1, `${p.path}: ${p.doc.title}`).toBe(1);
  }
  // On the essay's pages the title is the heading the reader sees.
  for (const path of ['/', workPath, ...sectionPaths]) {
    expect(metas(page(path), 'og:title'), path).toEqual([words(page(path).querySelector('h1')!.textContent!)]);
  }
});

test('section pages are parts of the work; the front page claims no text', () => {
  for (const path of sectionPaths) {
    const doc = page(path);
    expect(canonical(doc), path).toBe(new URL(path, site).href);
    expect(metas(doc, 'DCTERMS.isPartOf'), path).toEqual([workUrl]);
    expect(metas(doc, 'og:site_name'), path).toEqual([essay.title]);
    expect(metas(doc, 'DC.title'), path).toEqual([]);
  }
  const front = page('/');
  expect(canonical(front)).toBe(site.href);
  expect([...front.querySelectorAll('head meta[name^="citation_"], head meta[name="DC.title"], head meta[name="DCTERMS.isPartOf"]')]).toEqual([]);
  const canonicals = pages.filter((p) => !isRedirect(p.doc)).map((p) => canonical(p.doc));
  expect(new Set(canonicals).size).toBe(canonicals.length);
});

test('every "Cite this" block on every page parses into the entry it means', () => {
  // Where the blocks are: the essay's on the front page and the one-page edition, a section's
  // under it, a figure's in it.
  expect(page('/').querySelectorAll('details.cite-this')).toHaveLength(1);
  expect([...page(workPath).querySelectorAll('details.cite-this > summary')].map((s) => s.textContent)).toContain('Cite this essay');
  for (const path of sectionPaths) {
    expect([...page(path).querySelectorAll('details.cite-this > summary')].filter((s) => s.textContent === 'Cite this section'), path).toHaveLength(1);
  }
  for (const p of pages) for (const fig of p.doc.querySelectorAll('figure[id^="fig-"]')) expect(fig.querySelectorAll('details.cite-this'), `${p.path}#${fig.id}`).toHaveLength(1);
  let blocks = 0;
  for (const p of pages) {
    for (const details of p.doc.querySelectorAll('details.cite-this')) {
      const label = details.querySelector('summary')!.textContent!;
      const entries = [...details.querySelectorAll('pre[data-bibtex] code')].map((code) => {
        const lib = parseBibtex(code.textContent!);
        expect(lib.errors, `${p.path} ${label}`).toEqual([]);
        expect(lib.entries, `${p.path} ${label}`).toHaveLength(1);
        return lib.entries[0];
      });
      expect(entries.map((e) => e.type), `${p.path} ${label}`).toEqual(['online', 'misc']);
      const [online, misc] = entries;
      expect(misc.key).toBe(online.key);
      for (const e of entries) expect(e.fields.author, `${p.path} ${label}`).toEqual([{ name: 'The Continuity editors' }]);
      const url = online.fields.url;
      expect(misc.fields.howpublished.replace(/<[^>]+>/g, '')).toBe(url);
      expect(online.fields.urldate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (label === 'Cite this essay') {
        expect(url).toBe(workUrl);
        expect(online.fields.title).toBe(essay.title);
      } else if (label === 'Cite this section') {
        expect(url).toBe(canonical(p.doc));
        expect(online.fields.title).toBe(words(p.doc.querySelector('h1')!.textContent!));
      } else {
        const figure = details.closest('figure')!;
        expect(url, `${p.path} ${label}`).toMatch(new RegExp(`/continuity/[a-z-]+/#${figure.id}$`));
      }
      blocks++;
    }
  }
  expect(blocks).toBe(pages.reduce((n, p) => n + p.doc.querySelectorAll('details.cite-this').length, 0));
  expect(blocks).toBeGreaterThan(2 + sectionPaths.length);
});

test('the access date (urldate) in "Cite this" is the reader’s today', async ({ page: tab }) => {
  await tab.clock.setFixedTime(new Date(2031, 0, 7, 12));
  await tab.goto('/continuity/rotating-cube/');
  const codes = await tab.locator('details.cite-this pre code').allTextContents();
  expect(codes.length).toBeGreaterThan(2);
  for (const c of codes) {
    expect(c).toMatch(/urldate\s*=\s*\{2031-01-07\}|Accessed 2031-01-07/);
    // The publication date stays as it is.
    expect(c).toMatch(new RegExp(`date\\s*=\\s*\\{${essay.published}\\}|year\\s*=\\s*\\{${essay.published.slice(0, 4)}\\}`));
  }
});
