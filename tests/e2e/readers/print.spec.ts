// Print: the one-page edition, as a reader prints it after reading (every figure hydrated, the
// cube drawn by WebGL), printed by Chromium to PDF on A4 with 10 and 15 mm margins and on
// Letter, then read back with poppler: no two lines printed over each other, no empty page,
// every figure on one page with its caption and inked (its static picture, never a blank or
// black box), each URL once, no bare "How this figure works" or "Cite this", each note once.
import { test, expect, type Page } from '@playwright/test';
import { hydrateAll } from '../helpers';
import { ink, overprints, pdfWords, rasterise, type Word } from './pdf';
import { noteOpenings, squash, staticDocument } from './reading';
import { readTrained } from './training-results';

const papers = [
  { name: 'A4-10mm', format: 'A4', margin: '10mm' },
  { name: 'A4-15mm', format: 'A4', margin: '15mm' },
  { name: 'Letter-10mm', format: 'Letter', margin: '10mm' },
] as const;
const DPI = 50;

/**
 * Marks each figure with tiny absolutely placed words (they move no layout): at the top left
 * and bottom right of its picture frame, and at the bottom right of its caption; and the box
 * around each static picture that stands in for a live view in print ([data-print-picture]).
 * Where these words print tells on which page, and where, each part lands.
 */
async function addProbes(page: Page): Promise<{ figures: string[]; pictures: number }> {
  return page.evaluate(() => {
    const probe = (host: HTMLElement, name: string, place: string) => {
      if (getComputedStyle(host).position === 'static') host.style.position = 'relative';
      const s = document.createElement('span');
      s.textContent = `QZ${name}`;
      s.setAttribute('aria-hidden', 'true');
      s.style.cssText = `position:absolute;${place};font:4px/1 monospace;color:#fff;white-space:nowrap;pointer-events:none`;
      host.append(s);
    };
    const figures: string[] = [];
    document.querySelectorAll<HTMLElement>('figure[id^="fig-"]').forEach((fig, i) => {
      probe(fig.querySelector<HTMLElement>('.figure-frame')!, `${i}TL`, 'left:0;top:0');
      probe(fig.querySelector<HTMLElement>('.figure-frame')!, `${i}BR`, 'right:0;bottom:0');
      probe(fig.querySelector<HTMLElement>('.figure-caption')!, `${i}CB`, 'right:0;bottom:0');
      figures.push(fig.id);
    });
    const pictures = [...document.querySelectorAll('[data-print-picture]')];
    pictures.forEach((p, i) => {
      probe(p.parentElement!, `P${i}TL`, 'left:0;top:0');
      probe(p.parentElement!, `P${i}BR`, 'right:0;bottom:0');
    });
    return { figures, pictures: pictures.length };
  });
}

test('the one-page edition prints cleanly on A4 and Letter', async ({ page }, testInfo) => {
  test.setTimeout(360_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/continuity/one-page/');
  await hydrateAll(page, 60_000);
  // The reader prints while looking at the cube: its WebGL view is live (far off screen it
  // would be released).
  await page.locator('#fig-cube-pixels').scrollIntoViewIfNeeded();
  await expect(page.locator('#fig-cube-pixels canvas[data-screen-only]')).toHaveCount(1, { timeout: 30_000 });
  const { figures, pictures } = await addProbes(page);
  expect(figures.length).toBeGreaterThan(10);
  expect(pictures, 'static pictures standing in for WebGL views').toBeGreaterThan(0);

  // What prints, asked of the page under print styles. (Both settings at once: switching the
  // medium alone left some computed styles stale in Chromium; the PDF below is the real test.)
  await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
  const printed = await page.evaluate(() => ({
    // Every <details> that prints, by its summary and the opening of what it holds.
    details: [...document.querySelectorAll('main details')]
      .filter((d) => d.querySelector('summary')!.checkVisibility())
      .map((d) => ({ summary: d.querySelector('summary')!.textContent!.trim(), body: [...d.children].filter((c) => c.tagName !== 'SUMMARY').map((c) => c.textContent).join(' ') })),
    links: [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"]')].filter((a) => a.checkVisibility()).map((a) => ({ href: a.href, text: a.textContent!.trim() })),
  }));
  // page.pdf() prints with the print medium unless another is emulated.
  await page.emulateMedia({ media: null, reducedMotion: 'reduce' });
  const notes = noteOpenings(staticDocument('/continuity/one-page/'));

  for (const paper of papers) {
    const file = testInfo.outputPath(`one-page-${paper.name}.pdf`);
    await page.pdf({ path: file, format: paper.format, margin: { top: paper.margin, bottom: paper.margin, left: paper.margin, right: paper.margin } });
    const { words, pages, height } = pdfWords(file);
    const probe = new Map(words.filter((w) => /^QZP?\d+(TL|BR|CB)$/.test(w.text)).map((w) => [w.text, w]));
    const body = words.filter((w) => !probe.has(w.text));
    const text = squash(body.map((w) => w.text).join(' '));
    const rasters = rasterise(file, DPI);
    expect(rasters.length).toBe(pages);
    const px = (pt: number) => (pt * DPI) / 72;

    expect(overprints(body), `${paper.name}: lines printed over others`).toEqual([]);

    for (let p = 1; p <= pages; p++) {
      const inked = ink(rasters[p - 1]!, { x0: 0, y0: 0, x1: rasters[p - 1]!.width, y1: rasters[p - 1]!.height }).inked;
      const wordsOn = body.filter((w) => w.page === p).length;
      expect(wordsOn > 0 && inked > 0.005, `${paper.name}: page ${p} of ${pages} has content (${wordsOn} words, ${(inked * 100).toFixed(1)}% inked)`).toBe(true);
    }

    figures.forEach((id, i) => {
      const [tl, br, cb] = ['TL', 'BR', 'CB'].map((k) => probe.get(`QZ${i}${k}`)) as (Word | undefined)[];
      expect(tl && br && cb, `${paper.name}: ${id} printed whole`).toBeTruthy();
      expect([br!.page, cb!.page], `${paper.name}: ${id} on one page with its caption`).toEqual([tl!.page, tl!.page]);
      const region = ink(rasters[tl!.page - 1]!, { x0: px(tl!.x0), y0: px(tl!.y0), x1: px(br!.x1), y1: px(br!.y1) });
      expect(region.inked, `${paper.name}: ${id} prints a picture`).toBeGreaterThan(0.04);
      expect(region.black, `${paper.name}: ${id} is not a black box`).toBeLessThan(0.6);
      expect(px(br!.y1 - tl!.y0), `${paper.name}: ${id} has height`).toBeGreaterThan(40);
      expect(br!.y1).toBeLessThanOrEqual(height);
    });

    // A live WebGL view prints as its static picture: a drawing (a grey cube on black), not an
    // empty box of the view's black background.
    for (let i = 0; i < pictures; i++) {
      const [tl, br] = ['TL', 'BR'].map((k) => probe.get(`QZP${i}${k}`));
      expect(tl && br && tl.page === br.page, `${paper.name}: static picture ${i} printed`).toBe(true);
      const region = ink(rasters[tl!.page - 1]!, { x0: px(tl!.x0), y0: px(tl!.y0), x1: px(br!.x1), y1: px(br!.y1) });
      expect(1 - region.black, `${paper.name}: static picture ${i} is drawn, not a black box`).toBeGreaterThan(0.2);
    }

    // Each address once: a link whose text is its address is not followed by it again; any
    // other external link is followed by its address.
    for (const { href, text: label } of printed.links) {
      const url = squash(href);
      expect(text.includes(`${url}<${url}>`), `${paper.name}: ${href} printed twice`).toBe(false);
      if (!/^https?:/.test(label)) expect(text, `${paper.name}: the address of "${label}"`).toContain(`${squash(label)}<${url}>`);
    }

    // No bare summary: what a printed <details> holds is printed too, and figure citations not at all.
    for (const d of printed.details) expect(text, `${paper.name}: "${d.summary}" printed with its text`).toContain(squash(d.body).slice(0, 40));
    expect(text).not.toContain(squash('Cite this figure'));

    // (Soft: the other papers are still checked, and every note reported, when one fails.)
    for (const note of notes) expect.soft(text.split(note).length - 1, `${paper.name}: note "${note}" printed once`).toBe(1);

    // For a person to look at (pdftoppm -r 50 turns it into pictures).
    await testInfo.attach(`one-page-${paper.name}.pdf`, { path: file, contentType: 'application/pdf' });
  }
});

test('printed without JavaScript, every training figure carries its result', async ({ browser }, testInfo) => {
  // The printed edition of a reader with scripts off: the figures' default runs, trained at
  // build time, with their readouts (label and number) in the PDF's text.
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto('/continuity/one-page/');
  const readouts = await readTrained(page);
  const file = testInfo.outputPath('one-page-no-js.pdf');
  await page.pdf({ path: file, format: 'A4', margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
  await context.close();
  const text = squash(pdfWords(file).words.map((w) => w.text).join(' '));
  for (const r of readouts) {
    expect(r.shown, `${r.figure} ${r.metric} shows a value`).not.toMatch(/–$/);
    expect(text, `${r.figure}: "${r.shown}" printed`).toContain(squash(r.shown));
  }
  await testInfo.attach('one-page-no-js.pdf', { path: file, contentType: 'application/pdf' });
});
