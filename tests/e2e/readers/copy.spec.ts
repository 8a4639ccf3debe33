// Copying maths: a reader selects text with the mouse and presses Ctrl+C; every formula in
// the selection arrives once, as its TeX between dollars (KaTeX's copy-tex extension, run as
// a bundled module under the site's Content-Security-Policy). The expected text is the
// section's own Markdown source, where the formulas are written exactly so.
import { test, expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });

const source = (file: string) => readFileSync(`content/essay/${file}`, 'utf8');
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Selects, with a real mouse drag, from the first character of `from` (looked for in the
 * element `scope`) to the last character of `to` after it (in `toScope`, by default the same;
 * '' for the end of the paragraph the selection starts in). Both ends must fit on one screen:
 * the page is scrolled once, before the drag.
 */
async function dragSelect(page: Page, scope: string, from: string, to: string, toScope = scope): Promise<void> {
  const points = await page.evaluate(
    ({ ends }) => {
      // The first character of `text` (or its last), at or after `after` in document order.
      const charBox = (scopeSel: string, text: string, last: boolean, after?: Range) => {
        // '' for the end: the last character of the paragraph the selection starts in.
        const root = scopeSel ? document.querySelector(scopeSel) : after?.startContainer.parentElement?.closest('p');
        if (!root) return null;
        if (!scopeSel) {
          const r = document.createRange();
          const tail = [...root.childNodes].filter((c) => c.nodeType === 3).at(-1)!;
          r.setStart(tail, tail.textContent!.trimEnd().length - 1);
          r.setEnd(tail, tail.textContent!.trimEnd().length);
          return r;
        }
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) => (n.parentElement?.closest('.katex, .sidenote, .cite-card, [hidden]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
        });
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (after && after.comparePoint(n, 0) < 0 && n !== after.startContainer) continue;
          const from = after && n === after.startContainer ? after.startOffset : 0;
          const at = n.textContent!.indexOf(text, from);
          if (at < 0) continue;
          const i = last ? at + text.length - 1 : at;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          return r;
        }
        return null;
      };
      const a = charBox(ends[0].scope, ends[0].text, false);
      const b = a && charBox(ends[1].scope, ends[1].text, true, a);
      if (!a || !b) return null;
      // Scroll once so that the start sits a little below the sticky header.
      window.scrollBy({ top: a.getBoundingClientRect().top - 120, behavior: 'instant' });
      const ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
      return { start: { x: ra.left + 1, y: ra.top + ra.height / 2 }, end: { x: rb.right - 1, y: rb.top + rb.height / 2 }, fits: rb.bottom < innerHeight };
    },
    { ends: [{ scope, text: from }, { scope: toScope, text: to }] },
  );
  expect(points, `"${from}" … "${to}" are on the page`).not.toBeNull();
  expect(points!.fits, 'the selection fits on one screen').toBe(true);
  await page.mouse.move(points!.start.x, points!.start.y);
  await page.mouse.down();
  await page.mouse.move(points!.end.x, points!.end.y, { steps: 12 });
  await page.mouse.up();
}

async function copySelection(page: Page): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
}

async function open(page: Page, path: string) {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(path);
  // The maths module puts the MathML (with the TeX) back once it has loaded.
  await expect(page.locator('.katex-mathml[data-mathml]')).toHaveCount(0);
  await expect(page.locator('.katex-mathml annotation').first()).toBeAttached();
  return violations;
}

test('the issue’s example: "max(0, x)" arrives once, as $TeX$', async ({ page }) => {
  const violations = await open(page, '/continuity/universal-approximation/');
  const line = source('02-universal-approximation.mdx').split('\n').find((l) => l.includes('$\\max(0, x)$'));
  expect(line, 'section 2 still writes $\\max(0, x)$').toBeTruthy();
  // From four words before the formula to three words after it, as written in the source.
  const [before, after] = line!.split('$\\max(0, x)$') as [string, string];
  const from = before.trim().split(/\s+/).slice(-4).join(' ');
  const to = after.trim().split(/\s+/).slice(0, 3).join(' ');
  await dragSelect(page, 'main', from, to);
  expect(flat(await copySelection(page))).toBe(flat(`${from} $\\max(0, x)$${after.startsWith(' ') ? ' ' : ''}${to}`));
  expect(violations).toEqual([]);
});

test('a long selection with many formulas: each once, as $TeX$, exactly as the source writes them', async ({ page }) => {
  // The first paragraph of the essay's source with six or more formulas and no other markup
  // but note marks ([^uat]), which the page shows as their numbers; no quotes either, which
  // the page curls.
  const noteMark = /\[\^([\w-]+)\]/g;
  const found = readdirSync('content/essay')
    .sort()
    .flatMap((file) => source(file).split('\n').map((line) => ({ file, line })))
    .find(({ line }) => (line.match(/\$/g)?.length ?? 0) >= 12 && !/[<[*_`'"]/.test(line.replace(/\$[^$]*\$/g, '').replace(noteMark, '')));
  expect(found, 'a paragraph with six or more formulas').toBeTruthy();
  const { file, line: para } = found!;
  const violations = await open(page, `/continuity/${source(file).match(/^slug:\s*(\S+)/m)![1]}/`);
  let expected = para;
  for (const [mark, id] of para.matchAll(noteMark)) expected = expected.replace(mark, (await page.locator(`#note-${id}-ref`).textContent())!);
  const from = para.replace(/\$[^$]*\$/g, ' ').trim().split(/\s+/).slice(0, 3).join(' ');
  // The whole paragraph, from its first word to its last character.
  await dragSelect(page, 'main', from, '', '');
  const copied = flat(await copySelection(page));
  expect(copied).toBe(flat(expected));
  expect(violations).toEqual([]);
});

test('a display equation arrives once, as $$TeX$$, between the sentences around it', async ({ page }) => {
  const violations = await open(page, '/continuity/rotating-cube/');
  const tex = await page.locator('#eq-continuity annotation').textContent();
  // From the last words of the paragraph before the equation to the first of the one after.
  const before = page.locator(':has(+ #eq-continuity)');
  const lastWords = (await before.evaluate((p) => p.lastChild?.textContent ?? '')).trim().split(/\s+/).slice(-2).join(' ');
  const firstWord = (await page.locator('#eq-continuity + p').evaluate((p) => p.firstChild?.textContent ?? '')).trim().split(/\s+/)[0]!;
  expect(lastWords.length * firstWord.length, 'plain words around equation (1)').toBeGreaterThan(0);
  await dragSelect(page, ':has(+ #eq-continuity)', lastWords, firstWord, '#eq-continuity + p');
  const copied = await copySelection(page);
  expect(copied.split(`$$${tex}$$`).length - 1, 'the equation, once, in display delimiters').toBe(1);
  // Nothing of the drawn copy or the MathML text besides the TeX.
  expect(copied).not.toMatch(/∀|⟹/);
  expect(violations).toEqual([]);
});
