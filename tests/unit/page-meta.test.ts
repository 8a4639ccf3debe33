// The citation record in each page's head follows the rules in src/lib/content/page-meta.ts:
// Highwire tags on the work's page only, titles without the site's name, a group author
// written so that Zotero keeps it one creator. The built pages are checked the same way in
// tests/e2e/quality/citation-record.spec.ts.
import { describe, expect, test } from 'vitest';
import { authorName, bibtexName, bylineNames, displayName, metaName } from '@/lib/content/author-names';
import { pageMeta, previewImagePath, workUrl, type HeadTag } from '@/lib/content/page-meta';
import { essay } from '@/lib/content/site';

const site = 'https://continuity.example.org/';
const preview = { figureId: 'fig-cube-pixels', figureLabel: 'Figure 3: A rotating cube on a pixel grid' };
const metas = (tags: HeadTag[]) => tags.flatMap((t) => ('meta' in t ? [t.meta] : []));
const values = (tags: HeadTag[], key: string) =>
  metas(tags).filter((m) => m.name === key || m.property === key).map((m) => m.content);

const work = pageMeta({ role: 'work', title: essay.title, description: 'd', url: workUrl(site), site, preview });
const part = pageMeta({
  role: 'part',
  title: 'A cube, a camera, and a grid of pixels',
  description: 'd',
  url: `${site}continuity/rotating-cube/`,
  site,
  preview,
});
const front = pageMeta({ role: 'page', title: essay.title, description: 'd', url: site, site, preview });

describe('author names', () => {
  test('a group stays one name in every form', () => {
    const editors = authorName('The Continuity editors');
    expect(editors).toMatchObject({ group: true, family: 'The Continuity editors', given: '' });
    expect(displayName(editors)).toBe('The Continuity editors');
    expect(metaName(editors)).toBe('The Continuity editors,');
    expect(bibtexName(editors)).toBe('{The Continuity editors}');
  });

  test('a person is written "Family, Given" and shown "Given Family"', () => {
    const p = authorName('Lovelace, Ada');
    expect(p).toMatchObject({ group: false, family: 'Lovelace', given: 'Ada' });
    expect(displayName(p)).toBe('Ada Lovelace');
    expect(metaName(p)).toBe('Lovelace, Ada');
    expect(bibtexName(p)).toBe('Lovelace, Ada');
    expect(bylineNames([p, authorName('Turing, Alan'), authorName('The Continuity editors')])).toBe(
      'Ada Lovelace, Alan Turing and The Continuity editors',
    );
  });

  test('a name that would have to be guessed apart is refused with a message', () => {
    expect(() => authorName('Ada Lovelace')).toThrow(/write a person as "Family, Given"/);
  });
});

describe('the citation record', () => {
  test('only the work carries Highwire (Google Scholar) tags, with the full text URL its own', () => {
    const hw = (tags: HeadTag[]) => metas(tags).filter((m) => m.name?.startsWith('citation_'));
    expect(hw(part.tags)).toEqual([]);
    expect(hw(front.tags)).toEqual([]);
    expect(values(work.tags, 'citation_title')).toEqual([essay.title]);
    expect(values(work.tags, 'citation_author')).toEqual(['The Continuity editors,']);
    expect(values(work.tags, 'citation_publication_date')).toEqual(['2026/11/25']);
    expect(values(work.tags, 'citation_fulltext_html_url')).toEqual([`${site}continuity/one-page/`]);
  });

  test('titles carry no site name; the document title names the site once', () => {
    for (const m of [work, part, front]) {
      for (const key of ['citation_title', 'og:title']) for (const v of values(m.tags, key)) expect(v).not.toMatch(/—/);
      expect(m.documentTitle.split(essay.shortTitle).length - 1).toBe(1);
    }
    expect(values(part.tags, 'og:title')).toEqual(['A cube, a camera, and a grid of pixels']);
    expect(values(part.tags, 'og:site_name')).toEqual([essay.title]);
    expect(values(front.tags, 'og:site_name')).toEqual([]);
    expect(work.documentTitle).toBe(`${essay.title} (one-page edition)`);
    expect(part.documentTitle).toBe('A cube, a camera, and a grid of pixels — Continuity');
  });

  test('a section is a part of the work; other pages say who made them and claim no text', () => {
    expect(values(part.tags, 'DCTERMS.isPartOf')).toEqual([`${site}continuity/one-page/`]);
    expect(values(part.tags, 'DC.creator')).toEqual(['The Continuity editors,']);
    expect(values(front.tags, 'DC.creator')).toEqual(['The Continuity editors,']);
    expect(values(front.tags, 'DCTERMS.isPartOf')).toEqual([]);
    for (const m of [part, front]) expect(values(m.tags, 'DC.title')).toEqual([]);
    expect(values(front.tags, 'og:type')).toEqual(['website']);
    expect(values(part.tags, 'og:type')).toEqual(['article']);
  });

  test('every page is its own canonical', () => {
    const canon = (m: typeof work) => m.tags.flatMap((t) => ('link' in t && t.link.rel === 'canonical' ? [t.link.href] : []));
    expect(canon(work)).toEqual([`${site}continuity/one-page/`]);
    expect(canon(part)).toEqual([`${site}continuity/rotating-cube/`]);
    expect(canon(front)).toEqual([site]);
  });
});

describe('link previews', () => {
  test('each page names its own 1200 x 630 image, absolute, with a text alternative and a large card', () => {
    expect(previewImagePath('/')).toBe('/previews/index.png');
    expect(previewImagePath('/continuity/rotating-cube/')).toBe('/previews/continuity-rotating-cube.png');
    expect(previewImagePath('/404.html')).toBe('/previews/404.png');
    expect(values(part.tags, 'og:image')).toEqual([`${site}previews/continuity-rotating-cube.png`]);
    expect(values(front.tags, 'og:image')).toEqual([`${site}previews/index.png`]);
    expect(values(part.tags, 'og:image:width')).toEqual(['1200']);
    expect(values(part.tags, 'og:image:height')).toEqual(['630']);
    expect(values(part.tags, 'og:image:alt')).toEqual([
      'The title “A cube, a camera, and a grid of pixels” beside the picture of Figure 3: A rotating cube on a pixel grid.',
    ]);
    expect(values(part.tags, 'twitter:card')).toEqual(['summary_large_image']);
    const og = metas(part.tags).find((m) => m.property === 'og:image')!;
    expect(og['data-figure']).toBe('fig-cube-pixels');
  });
});
