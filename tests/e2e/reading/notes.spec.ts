// Notes as ordinary text (issue 12, item 1): one copy of each note's text per page, after
// the block that refers to it; in the margin beside its mark on wide screens, where its
// links work, its citations open cards, its text selects and find-in-page finds it; opened
// in place from the mark on phones; readable on a phone without script.
import { test, expect, type Page } from '@playwright/test';
import anchors from '../../anchors.json' with { type: 'json' };
import { noteSentences } from '../helpers';

/** Every note: its id and the section page it lives on. */
const notes = Object.entries(anchors.ids).flatMap(([slug, ids]) =>
  ids.filter((id) => id.startsWith('note-') && !id.endsWith('-ref')).map((id) => ({ slug, id })),
);
const noteSlugs = [...new Set(notes.map((n) => n.slug))];

/** A note's own words (without its number): the phrase to count on every page. */
async function noteText(page: Page, id: string): Promise<string> {
  const text = await page.locator(`#${id}`).textContent();
  return text!.replace(/^\s*\d+\.\s*/, '').replace(/\s+/g, ' ').trim();
}
/** How often `phrase` occurs in the document's text (hidden text included). */
const occurrences = (page: Page, phrase: string) =>
  page.evaluate((p) => document.body.textContent!.replace(/\s+/g, ' ').split(p).length - 1, phrase);

test('each note’s text is in each page once: its section page, the one-page edition and the notes page', async ({ page }) => {
  expect(notes.length).toBeGreaterThan(5);
  const phrases = new Map<string, string>();
  for (const slug of noteSlugs) {
    await page.goto(`/continuity/${slug}/`);
    for (const n of notes.filter((x) => x.slug === slug)) {
      // The first 60 characters are distinctive; the whole note may hold maths rendered twice for speech.
      phrases.set(n.id, (await noteText(page, n.id)).slice(0, 60));
      expect(await occurrences(page, phrases.get(n.id)!), `${n.id} on its page`).toBe(1);
    }
  }
  await page.goto('/continuity/one-page/');
  for (const [id, phrase] of phrases) expect(await occurrences(page, phrase), `${id} on the one-page edition`).toBe(1);
  // There the notes section is an index: every entry leads to a note on the same page.
  const index = await page.locator('.all-notes-index a[href^="#note-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
  expect(index.sort()).toEqual(notes.map((n) => n.id).sort());
  await page.goto('/continuity/notes/');
  for (const [id, phrase] of phrases) expect(await occurrences(page, phrase), `${id} on the notes page`).toBe(1);
});

test.describe('wide screen (1280 px): the note in the margin is ordinary text', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('issue input: section 2, the citation in margin note 1 opens its card and its link goes to the reference', async ({ page }) => {
    await page.goto('/continuity/universal-approximation/');
    const note = page.locator('#note-uat');
    await note.scrollIntoViewIfNeeded();
    const [noteBox, markBox, textBox] = [await note.boundingBox(), await page.locator('#note-uat-ref').boundingBox(), await page.locator('p:has(#note-uat-ref)').boundingBox()];
    // Beside its mark: right of the text, its top level with the mark's line.
    expect(noteBox!.x).toBeGreaterThan(textBox!.x + textBox!.width);
    expect(Math.abs(noteBox!.y - markBox!.y)).toBeLessThan(24);
    const cite = note.getByRole('link', { name: 'Cybenko, 1989' });
    await cite.hover();
    await expect(page.locator('#cite-card')).toBeVisible();
    await expect(page.locator('#cite-card')).toContainText('Approximation by superpositions of a sigmoidal function');
    // Placed beside its citation inside the viewport, though the note itself is moved (a transform).
    await expect
      .poll(async () => {
        const [c, l] = [(await page.locator('#cite-card').boundingBox())!, (await cite.boundingBox())!];
        return c.x >= 0 && c.x + c.width <= 1280 && Math.min(Math.abs(c.y - (l.y + l.height)), Math.abs(c.y + c.height - l.y)) < 12;
      })
      .toBe(true);
    await cite.click();
    await expect(page).toHaveURL(/\/continuity\/notes\/#ref-cybenko1989approximation$/);
  });

  test('its text selects, copies as text and is found by find-in-page', async ({ page }) => {
    await page.goto('/continuity/universal-approximation/');
    const para = page.locator('#note-uat p').first();
    await para.scrollIntoViewIfNeeded();
    await para.click({ clickCount: 3 });
    const sentences = noteSentences('02-universal-approximation.mdx', 'uat');
    expect(await page.evaluate(() => window.getSelection()!.toString())).toContain(sentences[0]);
    await page.evaluate(() => window.getSelection()!.removeAllRanges());
    // window.find is the page's own find-in-page (it finds only what is rendered and findable).
    const found = await page.evaluate((last) => {
      const hit = (window as unknown as { find: (s: string) => boolean }).find(last);
      return hit && document.getElementById('note-uat')!.contains(window.getSelection()!.anchorNode);
    }, sentences.at(-1)!.replace(/\.$/, ''));
    expect(found).toBe(true);
  });

  for (const width of [1280, 1440, 1920]) {
    test(`at ${width} px margin notes never overlap each other, the text or a figure`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const slug of noteSlugs) {
        await page.goto(`/continuity/${slug}/`);
        // Figures wake and fonts arrive after load; the notes line up again within a frame of
        // each change, so the page is measured until it has settled.
        await expect(async () => {
          const boxes = await page.evaluate(() => {
            const r = (el: Element) => {
              const b = el.getBoundingClientRect();
              return { id: el.id || el.tagName, top: b.top + scrollY, bottom: b.bottom + scrollY, left: b.left, right: b.right };
            };
            const prose = document.querySelector('.prose')!;
            return {
              notes: [...document.querySelectorAll('.sidenote')].map(r),
              others: [...prose.children].filter((c) => !c.classList.contains('sidenotes')).map(r),
              width: document.documentElement.clientWidth,
              overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            };
          });
          expect(boxes.overflow, slug).toBeLessThanOrEqual(0);
          for (const [i, n] of boxes.notes.entries()) {
            expect(n.right, `${slug} ${n.id} inside the page`).toBeLessThanOrEqual(boxes.width);
            const next = boxes.notes[i + 1];
            if (next) expect(next.top, `${slug}: ${next.id} below ${n.id}`).toBeGreaterThanOrEqual(n.bottom);
            for (const o of boxes.others) {
              const overlap = n.left < o.right && o.left < n.right && n.top < o.bottom && o.top < n.bottom;
              expect(overlap, `${slug}: ${n.id} overlaps ${o.id}`).toBe(false);
            }
          }
        }).toPass({ timeout: 10_000 });
      }
    });
  }

  test('a link to a note lands on its text; its number leads back to the mark', async ({ page }) => {
    await page.goto('/continuity/universal-approximation/');
    await page.locator('#note-uat-ref').click();
    await expect(page).toHaveURL(/#note-uat$/);
    await expect(page.locator('#note-uat')).toBeInViewport();
    await page.locator('#note-uat a[data-footnote-backref]').click();
    await expect(page).toHaveURL(/#note-uat-ref$/);
    await expect(page.locator('#note-uat-ref')).toBeInViewport();
  });
});

test.describe('phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('the mark opens its note in place, under its paragraph, and closes it again', async ({ page }) => {
    await page.goto('/continuity/universal-approximation/');
    const mark = page.locator('#note-uat-ref');
    const note = page.locator('#note-uat');
    await expect(note).toBeHidden();
    await expect(mark).toHaveAttribute('aria-expanded', 'false');
    await mark.click();
    await expect(note).toBeVisible();
    await expect(note).toBeInViewport();
    await expect(mark).toHaveAttribute('aria-expanded', 'true');
    // In place: right under the paragraph that refers to it; the address does not change.
    const para = (await page.locator('p:has(#note-uat-ref)').boundingBox())!;
    const box = (await note.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(para.y + para.height - 12);
    expect(box.y).toBeLessThan(para.y + para.height + 24);
    expect(page.url()).not.toContain('#');
    // Its links work there too: the citation's card opens from the keyboard.
    await note.getByRole('link', { name: 'Cybenko, 1989' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator('#cite-card')).toBeVisible();
    await page.keyboard.press('Escape');
    await mark.click();
    await expect(note).toBeHidden();
    await expect(mark).toHaveAttribute('aria-expanded', 'false');
  });

  test('Esc folds an open note: the first Esc closes a card in it, the next the note, and focus returns to the mark', async ({ page }) => {
    await page.goto('/continuity/universal-approximation/');
    const mark = page.locator('#note-uat-ref');
    const note = page.locator('#note-uat');
    await mark.click();
    await expect(note).toBeVisible();
    // From the note's text: a card opens from its citation; Esc closes only the card.
    await note.getByRole('link', { name: 'Cybenko, 1989' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator('#cite-card')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#cite-card')).toBeHidden();
    await expect(note).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();
    await expect(mark).toHaveAttribute('aria-expanded', 'false');
    await expect(mark).toBeFocused();
    // Opened by a tap and left there, Esc folds it too.
    await mark.click();
    await expect(note).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();
  });

  test('after a resize from a wide screen, a note opens under its paragraph, not where the margin had it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/continuity/rotating-cube/');
    await expect(page.locator('#note-roll')).toHaveCSS('transform', /matrix/);
    await page.setViewportSize({ width: 390, height: 800 });
    await page.locator('#note-roll-ref').click();
    const para = (await page.locator('p:has(#note-roll-ref)').boundingBox())!;
    const box = (await page.locator('#note-roll').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(para.y + para.height - 12);
    expect(box.y).toBeLessThan(para.y + para.height + 24);
  });

  test('a link to a note shows it, below the header', async ({ page }) => {
    await page.goto('/continuity/universal-approximation/#note-compact');
    await expect(page.locator('#note-compact')).toBeVisible();
    await expect(page.locator('#note-compact')).toBeInViewport();
    await expect(page.locator('#note-uat')).toBeHidden();
  });
});

test.describe('phone without script', () => {
  test.use({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
  test('every note is there to read, under its paragraph', async ({ page }) => {
    for (const slug of noteSlugs) {
      await page.goto(`/continuity/${slug}/`);
      for (const n of notes.filter((x) => x.slug === slug)) await expect(page.locator(`#${n.id}`), n.id).toBeVisible();
    }
  });
});
