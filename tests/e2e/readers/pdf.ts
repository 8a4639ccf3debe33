// Reading a printed PDF as a reader's eye would: where each word lies on which page
// (poppler's pdftotext -bbox-layout), which words are printed over others, and how much of a
// region is inked (poppler's pdftoppm, decoded with fast-png).
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from 'fast-png';

export interface Word {
  page: number;
  line: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

const attr = (tag: string, name: string) => Number(tag.match(new RegExp(`${name}="([-\\d.]+)"`))?.[1]);

/** Every word of the PDF with its page (from 1), line (unique in the document) and box in points. */
export function pdfWords(file: string): { words: Word[]; pages: number; width: number; height: number } {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const words: Word[] = [];
  const pageTags = [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
  let line = 0;
  pageTags.forEach((p, i) => {
    for (const l of p[3]!.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)) {
      line++;
      for (const w of l[1]!.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)) {
        const text = w[2]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
        words.push({ page: i + 1, line, x0: attr(w[1]!, 'xMin'), y0: attr(w[1]!, 'yMin'), x1: attr(w[1]!, 'xMax'), y1: attr(w[1]!, 'yMax'), text });
      }
    }
  });
  return { words, pages: pageTags.length, width: Number(pageTags[0]?.[1] ?? 0), height: Number(pageTags[0]?.[2] ?? 0) };
}

/**
 * Lines printed over other lines: two words of different lines overlap by more than 15% of
 * the smaller word's box. A line pair counts when two or more of their words overlap so, or
 * one pair of real words (three characters or more) by half or more. Sub- and superscripts
 * stacked in a formula overlap by one short pair, and a text halo (the same word drawn twice
 * at one place) is not an overlap. Returns one line of description per overprint.
 */
export function overprints(words: Word[]): string[] {
  const visible = words.filter((w) => w.text.replace(/[\s\u200b]/g, '') && w.x1 - w.x0 >= 2);
  const pairs = new Map<string, { count: number; strong: boolean; sample: string }>();
  for (let i = 0; i < visible.length; i++) {
    const a = visible[i]!;
    for (let j = i + 1; j < visible.length; j++) {
      const b = visible[j]!;
      if (b.page !== a.page) break;
      if (a.line === b.line) continue;
      const ix = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const iy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (ix <= 0 || iy <= 0) continue;
      const smaller = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
      const share = (ix * iy) / smaller;
      if (a.text === b.text && share > 0.9) continue;
      if (share <= 0.15) continue;
      const key = `${a.line}|${b.line}`;
      const seen = pairs.get(key) ?? { count: 0, strong: false, sample: `page ${a.page}: "${a.text}" over "${b.text}"` };
      seen.count++;
      seen.strong ||= share >= 0.5 && a.text.length >= 3 && b.text.length >= 3;
      pairs.set(key, seen);
    }
  }
  return [...pairs.values()].filter((p) => p.count >= 2 || p.strong).map((p) => p.sample);
}

export interface Raster {
  width: number;
  height: number;
  /** Luminance 0-255 of pixel (x, y). */
  lum: (x: number, y: number) => number;
}

/** Renders every page of the PDF at `dpi` (pdftoppm) and returns them in page order. */
export function rasterise(file: string, dpi = 50): Raster[] {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => {
      const png = decode(readFileSync(join(dir, f)));
      const ch = png.channels;
      const d = png.data;
      return {
        width: png.width,
        height: png.height,
        lum: (x: number, y: number) => {
          const i = (y * png.width + x) * ch;
          return ch >= 3 ? 0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]! : d[i]!;
        },
      };
    });
}

/** Share of a region's pixels that are inked (darker than near-white) and that are near-black. */
export function ink(r: Raster, box: { x0: number; y0: number; x1: number; y1: number }): { inked: number; black: number } {
  let inked = 0;
  let black = 0;
  let n = 0;
  for (let y = Math.max(0, Math.floor(box.y0)); y < Math.min(r.height, Math.ceil(box.y1)); y++) {
    for (let x = Math.max(0, Math.floor(box.x0)); x < Math.min(r.width, Math.ceil(box.x1)); x++) {
      const l = r.lum(x, y);
      if (l < 235) inked++;
      if (l < 25) black++;
      n++;
    }
  }
  return { inked: n ? inked / n : 0, black: n ? black / n : 0 };
}
