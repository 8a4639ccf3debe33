// An Astro integration that draws every page's link preview after the build: a 1200 x 630
// PNG with the page's title beside its figure's picture, in the light theme, at the address
// the page's `og:image` names (src/lib/content/page-meta.ts writes the tags; this fulfils
// them). The picture is the figure's own static picture from the built HTML (the server
// render of its default state), styled by the page's CSS with the light theme's colours
// substituted for the CSS variables, and rasterised by resvg; satori lays out the card.
// Fonts come from npm (DejaVu, which the site's own font stack names); nothing is fetched.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { parseHTML } from 'linkedom';
import postcss from 'postcss';
import customProperties from 'postcss-custom-properties';
import satori from 'satori';
import { htmlFiles } from './anchor-check.mjs';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSansCondensed-Bold.ttf'].map((f) => join(fontDir, f));

// The light theme (src/styles/global.css :root), which the card shares with the pictures.
const light = { bg: '#fdfcf9', surface: '#f4f1ea', fg: '#1c1b19', muted: '#5b5850', border: '#d9d4c7', accent: '#1f5f99' };
export const card = { width: 1200, height: 630 };
// The largest the figure's picture may be; its white panel wraps it.
const picture = { width: 540, height: 440 };

/**
 * The SVG elements that make a figure's preview picture: its first top-level picture at least
 * 90 units on each side (a plot, the cube, the sun), or, when every picture is a small strip or
 * thumbnail (the latent-interpolation rows), all of them stacked.
 */
export function previewPictures(figure) {
  const svgs = [...figure.querySelectorAll('.figure-frame svg')].filter((s) => !s.parentElement.closest('svg') && s.getAttribute('viewBox'));
  const box = (s) => s.getAttribute('viewBox').trim().split(/[\s,]+/).map(Number);
  const big = svgs.find((s) => box(s)[2] >= 90 && box(s)[3] >= 90);
  return big ? [big] : svgs;
}

/** The page's CSS with every `var(--x)` replaced by its light-theme value from `:root`. */
export async function lightCss(document) {
  const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
  return postcss.parse((await postcss([customProperties({ preserve: false })]).process(css, { from: undefined })).css);
}

const svgElements = new Set(['svg', 'g', 'path', 'line', 'polyline', 'polygon', 'rect', 'circle', 'ellipse', 'text', 'tspan', 'image', 'use']);

/**
 * The rules of the (light) page CSS that can style these pictures: outside @media (the dark
 * theme, print) and the theme's :root rules, without states (:hover, :focus), every class of
 * the selector present in the pictures and every element an SVG one. The whole page's CSS would work too, at three times
 * resvg's time per picture.
 */
export function pictureCss(root, svgs) {
  const markup = svgs.map((s) => s.outerHTML).join('');
  const classes = new Set([...markup.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)));
  const fits = (selector) =>
    !/:(root|hover|focus|active|visited|checked|disabled|not|where|is|has)\b|::/.test(selector) &&
    (selector.match(/\.[\w-]+/g) ?? []).every((c) => classes.has(c.slice(1))) &&
    (selector.replace(/\.[\w-]+|\[[^\]]*\]|:[\w-]+(\([^)]*\))?/g, ' ').match(/[a-z][\w-]*/gi) ?? []).every((t) => svgElements.has(t.toLowerCase()));
  const out = [];
  root.each((node) => {
    if (node.type !== 'rule') return;
    const selectors = node.selectors.filter(fits);
    // Custom properties are resolved already; the rest is what resvg styles with.
    const decls = node.nodes.filter((d) => d.type === 'decl' && !d.prop.startsWith('--'));
    if (selectors.length && decls.length) out.push(`${selectors.join(',')}{${decls.map((d) => `${d.prop}:${d.value}${d.important ? '!important' : ''}`).join(';')}}`);
  });
  return out.join('\n');
}

/** One standalone SVG document of the given pictures, stacked, with the given styles. */
export function standaloneSvg(svgs, css) {
  const boxes = svgs.map((s) => s.getAttribute('viewBox').trim().split(/[\s,]+/).map(Number));
  const width = Math.max(...boxes.map((b) => b[2]));
  const gap = width * 0.04;
  let y = 0;
  const parts = svgs.map((s, i) => {
    const [x0, y0, w, h] = boxes[i];
    const part = `<svg x="${(width - w) / 2}" y="${y}" width="${w}" height="${h}" viewBox="${x0} ${y0} ${w} ${h}" class="${s.getAttribute('class') ?? ''}">${s.innerHTML}</svg>`;
    y += h + gap;
    return part;
  });
  const style = css.replaceAll(']]>', ']] >');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${y - gap}" style="color:${light.fg}"><style><![CDATA[${style}]]></style>${parts.join('')}</svg>`;
}

function png(svg, fit) {
  return new Resvg(svg, { fitTo: fit, font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
}

let fonts;
const cardFonts = () =>
  (fonts ??= [
    { name: 'DejaVu Sans', data: readFileSync(fontFiles[0]), weight: 400, style: 'normal' },
    { name: 'DejaVu Sans', data: readFileSync(fontFiles[1]), weight: 700, style: 'normal' },
    { name: 'DejaVu Sans Condensed', data: readFileSync(fontFiles[2]), weight: 700, style: 'normal' },
  ]);

const el = (type, style, children) => ({ type, props: { style: { display: 'flex', ...style }, children } });

/** The card: kicker, title and address on the left; the figure's picture and its label on the right. */
async function cardPng({ kicker, title, figureLabel, pictureSvg, address }) {
  // The picture at twice its displayed size, for sharp edges; fitted to the box by its aspect.
  const [, , w, h] = /viewBox="([^"]+)"/.exec(pictureSvg)[1].split(' ').map(Number);
  const scale = Math.min(picture.width / w, picture.height / h);
  const [pw, ph] = [Math.round(w * scale), Math.round(h * scale)];
  const image = `data:image/png;base64,${Buffer.from(png(pictureSvg, { mode: 'width', value: 2 * pw })).toString('base64')}`;
  const titleSize = title.length > 60 ? 46 : title.length > 36 ? 54 : 62;
  const tree = el('div', { width: '100%', height: '100%', background: light.bg, color: light.fg, fontFamily: 'DejaVu Sans', borderTop: `10px solid ${light.accent}` }, [
    el('div', { flexDirection: 'column', justifyContent: 'space-between', width: 476, flexShrink: 0, padding: '56px 0 52px 64px' }, [
      el('div', { flexDirection: 'column' }, [
        el('div', { fontSize: 22, color: light.accent, letterSpacing: 1, marginBottom: 28, lineHeight: 1.3 }, kicker),
        el('div', { fontFamily: 'DejaVu Sans Condensed', fontWeight: 700, fontSize: titleSize, lineHeight: 1.12, letterSpacing: -0.5 }, title),
      ]),
      el('div', { fontSize: 21, color: light.muted }, address),
    ]),
    el('div', { flexDirection: 'column', alignItems: 'center', justifyContent: 'center', flexGrow: 1, padding: '40px 48px 36px 16px' }, [
      el('div', { padding: 20, background: '#ffffff', border: `2px solid ${light.border}`, borderRadius: 14 }, [
        { type: 'img', props: { src: image, width: pw, height: ph } },
      ]),
      el('div', { fontSize: 19, color: light.muted, marginTop: 16, maxWidth: picture.width + 40, textAlign: 'center', justifyContent: 'center' }, figureLabel),
    ]),
  ]);
  const svg = await satori(tree, { ...card, fonts: cardFonts() });
  return png(svg, { mode: 'width', value: card.width });
}

const metaContent = (document, property) => document.querySelector(`head meta[property="${property}"]`)?.getAttribute('content') ?? undefined;

/**
 * Draws the preview of every built page that names one.
 * @throws with one line naming the page when its figure is nowhere in the built site.
 */
export async function drawPreviews(distDir) {
  const pages = htmlFiles(distDir).map((file) => ({ file, document: parseHTML(readFileSync(file, 'utf8')).document }));
  // Each figure's picture and styles, from the first page that shows it.
  const figures = new Map();
  for (const { document } of pages) {
    for (const figure of document.querySelectorAll('figure[id^="fig-"]')) {
      if (!figures.has(figure.id)) figures.set(figure.id, { svgs: previewPictures(figure), document });
    }
  }
  const css = new Map();
  const written = [];
  for (const { file, document } of pages) {
    const og = document.querySelector('head meta[property="og:image"]');
    if (!og) continue;
    const figureId = og.getAttribute('data-figure');
    const found = figures.get(figureId);
    if (!found?.svgs.length) throw new Error(`link-previews: ${file.slice(distDir.length)} wants a picture of ${figureId}, which no page shows`);
    if (!css.has(found.document)) css.set(found.document, await lightCss(found.document));
    const url = new URL(og.getAttribute('content'));
    const title = metaContent(document, 'og:title');
    const siteName = metaContent(document, 'og:site_name');
    const image = await cardPng({
      kicker: siteName ?? 'An interactive essay',
      title,
      figureLabel: og.getAttribute('data-figure-label'),
      pictureSvg: standaloneSvg(found.svgs, pictureCss(css.get(found.document), found.svgs)),
      address: url.host,
    });
    const out = join(distDir, decodeURIComponent(url.pathname));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, image);
    written.push(url.pathname);
  }
  return written;
}

export function linkPreviews() {
  return {
    name: 'continuity-link-previews',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const written = await drawPreviews(fileURLToPath(dir));
        logger.info(`${written.length} link preview images (${card.width} x ${card.height})`);
      },
    },
  };
}
