// Link previews: every page names, in og:image, an image that exists in the built site as a
// 1200 x 630 PNG, with its size, a text alternative and a large Twitter card; the image shows
// the page's title and its figure's picture (not an empty card). Reads dist/ (npm run build).
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { decode } from 'fast-png';
import { parseHTML } from 'linkedom';

const site = new URL(process.env.SITE_URL ?? 'https://continuity.example.org');
const pages: { path: string; meta: (key: string) => string[] }[] = [];
const walk = (d: string) => {
  for (const n of readdirSync(d)) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (n.endsWith('.html')) {
      const { document } = parseHTML(readFileSync(p, 'utf8'));
      if (document.querySelector('meta[http-equiv="refresh"]')) continue; // a moved section's redirect
      pages.push({
        path: `/${p.slice('dist/'.length)}`,
        meta: (key) => [...document.querySelectorAll(`head meta[property="${key}"], head meta[name="${key}"]`)].map((m) => m.getAttribute('content') ?? ''),
      });
    }
  }
};
walk('dist');

/** Distinct colours in a region of the image, coarsened to 4 bits a channel. */
function colours(png: ReturnType<typeof decode>, x0: number, y0: number, x1: number, y1: number): number {
  const seen = new Set<number>();
  const ch = png.channels;
  for (let y = y0; y < y1; y += 2) {
    for (let x = x0; x < x1; x += 2) {
      const i = (y * png.width + x) * ch;
      seen.add(((png.data[i] >> 4) << 8) | ((png.data[i + 1] >> 4) << 4) | (png.data[i + 2] >> 4));
    }
  }
  return seen.size;
}

test('every page has a 1200 x 630 PNG preview that exists, with its size, alt text and a large card', () => {
  expect(pages.length).toBeGreaterThanOrEqual(15);
  const pictures = new Map<string, Set<string>>();
  for (const page of pages) {
    const [image] = page.meta('og:image');
    expect(image, page.path).toBeTruthy();
    const url = new URL(image);
    expect(url.origin, page.path).toBe(site.origin);
    const file = join('dist', decodeURIComponent(url.pathname));
    expect(existsSync(file), `${page.path}: ${file}`).toBe(true);
    const png = decode(readFileSync(file));
    expect([png.width, png.height], page.path).toEqual([1200, 630]);
    expect(page.meta('og:image:width'), page.path).toEqual(['1200']);
    expect(page.meta('og:image:height'), page.path).toEqual(['630']);
    expect(page.meta('og:image:type'), page.path).toEqual(['image/png']);
    expect(page.meta('twitter:card'), page.path).toEqual(['summary_large_image']);
    const [title] = page.meta('og:title');
    expect(page.meta('og:image:alt')[0], page.path).toContain(`“${title}”`);
    // The title's text (left) and the figure's picture (right) are drawn: many colours, not a flat card.
    expect(colours(png, 64, 120, 540, 420), `${page.path}: title area`).toBeGreaterThan(8);
    expect(colours(png, 600, 80, 1150, 540), `${page.path}: picture area`).toBeGreaterThan(8);
    // Which figure the image shows, and a fingerprint of its right half (where the picture is).
    const figure = /picture of (Figure \d+)/.exec(page.meta('og:image:alt')[0])?.[1];
    expect(figure, page.path).toBeTruthy();
    const right = createHash('sha256');
    for (let y = 0; y < png.height; y++) right.update(png.data.subarray((y * png.width + 600) * png.channels, (y + 1) * png.width * png.channels));
    pictures.set(figure!, (pictures.get(figure!) ?? new Set()).add(right.digest('hex')));
  }
  // One picture per figure, and a different one for each: ten sections show ten figures.
  expect(pictures.size).toBeGreaterThanOrEqual(10);
  for (const [figure, prints] of pictures) expect(prints.size, figure).toBe(1);
  expect(new Set([...pictures.values()].flatMap((p) => [...p])).size).toBe(pictures.size);
});
