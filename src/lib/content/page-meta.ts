// What each page's <head> says about it to reference managers, Google Scholar and link
// previews. The essay is one citable work whose canonical record is the one-page edition
// (the page that holds the whole text); section pages are parts of it; other pages
// (front page, gallery, search) describe who made them but claim no text.
//
// Rules (from Google Scholar's inclusion guidelines and Zotero's Embedded Metadata translator):
// - Highwire `citation_*` tags, the ones Scholar prefers, are on the work's page only: one
//   record, on the page with the full text; never on a page without the text.
// - Titles carry no site name: `citation_title`, `og:title` and the reference managers' title
//   are the work's or part's own title; the site's name goes in `og:site_name`.
// - Authors are written "Family, Given" and a group as "Name," (see author-names.ts), so
//   Zotero keeps a group as one creator. Section pages say so in Dublin Core (`DC.creator`),
//   which Zotero reads and Scholar uses only as a last resort (and never without a title tag,
//   which we do not give it there); `DCTERMS.isPartOf` names the whole work.
import { authors, metaName } from './author-names';
import { essay } from './site';

/** work: the one-page edition; part: a section page; page: anything else. */
export type PageRole = 'work' | 'part' | 'page';

/** The link preview image (1200 x 630 PNG, drawn after the build by scripts/plugins/link-previews.mjs). */
export interface PreviewInput {
  /** The figure whose picture the image shows. */
  figureId: string;
  /** "Figure 3: A rotating cube on a pixel grid", for the image and its text alternative. */
  figureLabel: string;
}

export interface PageMetaInput {
  role: PageRole;
  /** The page's own title, without the site's name. */
  title: string;
  description: string;
  /** The page's absolute canonical URL. */
  url: string;
  /** The site's origin, e.g. https://continuity.example.org/ */
  site: string | URL;
  preview: PreviewInput;
}

/** One <meta> or <link> element of the head, as attributes. */
export type HeadTag = { meta: Record<string, string> } | { link: Record<string, string> };

export interface PageMeta {
  /** For <title>: the page's title, then the site's short name unless the title already names the essay. */
  documentTitle: string;
  tags: HeadTag[];
}

const scholarDate = essay.published.replaceAll('-', '/'); // Scholar: YYYY/MM/DD

export function workUrl(site: string | URL): string {
  return new URL(essay.onePagePath, site).href;
}

export const previewSize = { width: 1200, height: 630 } as const;

/** Where a page's preview image lives: "/" -> /previews/index.png, "/continuity/notes/" -> /previews/continuity-notes.png. */
export function previewImagePath(pagePath: string): string {
  const name = pagePath.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '').replaceAll('/', '-') || 'index';
  return `/previews/${name}.png`;
}

export function pageMeta(p: PageMetaInput): PageMeta {
  const namesEssay = p.title.includes(essay.title);
  const documentTitle =
    p.role === 'work' ? `${p.title} (one-page edition)` : namesEssay ? p.title : `${p.title} — ${essay.shortTitle}`;
  const article = p.role !== 'page';
  const m = (key: 'name' | 'property', k: string, content: string): HeadTag => ({ meta: { [key]: k, content } });

  const tags: HeadTag[] = [
    { link: { rel: 'canonical', href: p.url } },
    m('name', 'description', p.description),
    m('property', 'og:type', article ? 'article' : 'website'),
    m('property', 'og:title', p.title),
    m('property', 'og:description', p.description),
    m('property', 'og:url', p.url),
  ];
  if (!namesEssay) tags.push(m('property', 'og:site_name', essay.title));
  if (article) tags.push(m('property', 'article:published_time', essay.published));

  // Link previews (chat apps, social sites): a large image. The build step that draws it reads
  // the figure from data-figure and its label from data-figure-label.
  const image = new URL(previewImagePath(new URL(p.url).pathname), p.site).href;
  tags.push(
    { meta: { property: 'og:image', content: image, 'data-figure': p.preview.figureId, 'data-figure-label': p.preview.figureLabel } },
    m('property', 'og:image:type', 'image/png'),
    m('property', 'og:image:width', String(previewSize.width)),
    m('property', 'og:image:height', String(previewSize.height)),
    m('property', 'og:image:alt', `The title “${p.title}” beside the picture of ${p.preview.figureLabel}.`),
    m('name', 'twitter:card', 'summary_large_image'),
  );

  if (p.role === 'work') {
    tags.push(m('name', 'citation_title', p.title));
    for (const a of authors) tags.push(m('name', 'citation_author', metaName(a)));
    tags.push(
      m('name', 'citation_publication_date', scholarDate),
      m('name', 'citation_language', 'en'),
      m('name', 'citation_fulltext_html_url', p.url),
    );
  } else {
    tags.push(
      { link: { rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' } },
      { link: { rel: 'schema.DCTERMS', href: 'http://purl.org/dc/terms/' } },
    );
    for (const a of authors) tags.push(m('name', 'DC.creator', metaName(a)));
    tags.push(m('name', 'DCTERMS.issued', essay.published));
    if (p.role === 'part') tags.push(m('name', 'DCTERMS.isPartOf', workUrl(p.site)));
  }
  return { documentTitle, tags };
}
