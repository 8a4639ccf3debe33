// Citation cards (issue 12, item 2), by keyboard, pointer and touch: a card opens on focus,
// hover or a first tap; it is dismissible (Esc), hoverable and persistent (WCAG 1.4.13); it
// always lies inside the viewport and never widens the page; a second tap or the card's link
// goes on to the reference.
import { test, expect, type Page, type Locator } from '@playwright/test';
import anchors from '../../anchors.json' with { type: 'json' };
import AxeBuilder from '@axe-core/playwright';
import { watchErrors } from '../helpers';

const INTRO = '/continuity/introduction/';
const card = (page: Page) => page.locator('#cite-card');

/** Focus from the keyboard: Tab from a stop placed just before the link. */
async function keyboardFocus(page: Page, link: Locator) {
  await link.evaluate((a) => {
    const stop = document.createElement('span');
    stop.tabIndex = 0;
    stop.id = 'tab-stop';
    stop.style.cssText = 'position:fixed;left:0;top:50%;width:1px;height:1px';
    a.before(stop);
    stop.focus();
  });
  await page.keyboard.press('Tab');
  await page.evaluate(() => document.getElementById('tab-stop')!.remove());
  await expect(link).toBeFocused();
}

async function cardInsideViewport(page: Page) {
  await expect(card(page)).toBeVisible();
  // Floating UI places the card a frame after it opens.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const r = document.getElementById('cite-card')!.getBoundingClientRect();
        const html = document.documentElement;
        return r.left >= 0 && r.right <= html.clientWidth && r.top >= 0 && r.bottom <= innerHeight && html.scrollWidth <= html.clientWidth;
      }),
    )
    .toBe(true);
}

test.describe('keyboard', () => {
  test('focus opens the card, Esc closes it and keeps focus, Tab reaches its link, Enter follows', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(INTRO);
    const link = page.locator('.prose a.cite-link').first();
    const key = (await link.getAttribute('href'))!.split('#ref-')[1];
    await keyboardFocus(page, link);
    await expect(card(page)).toBeVisible();
    await expect(link).toHaveAttribute('aria-describedby', 'cite-card');
    await page.keyboard.press('Escape');
    await expect(card(page)).toHaveCount(0);
    await expect(link).toBeFocused();
    await expect(link).not.toHaveAttribute('aria-describedby', /./);
    // Again, then into the card: it stays open while focus is inside it.
    await keyboardFocus(page, link);
    await page.keyboard.press('Tab');
    await expect(card(page)).toBeVisible();
    const inCard = await page.evaluate(() => document.getElementById('cite-card')!.contains(document.activeElement));
    expect(inCard).toBe(true);
    // Esc from inside the card closes it and returns focus to the citation.
    await page.keyboard.press('Escape');
    await expect(card(page)).toHaveCount(0);
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/continuity/notes/#ref-${key}$`));
    expect(errors).toEqual([]);
  });
});

test.describe('pointer', () => {
  test('hover opens; the pointer can move onto the card; leaving closes; Esc dismisses under the pointer', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(INTRO);
    const link = page.locator('.prose a.cite-link').first();
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    await cardInsideViewport(page);
    const box = (await card(page).boundingBox())!;
    // Hoverable: across the gap and onto the card, it stays.
    await page.mouse.move(box.x + 12, box.y + 6, { steps: 5 });
    await page.waitForTimeout(600);
    await expect(card(page)).toBeVisible();
    // Leaving both closes it.
    await page.mouse.move(5, 400);
    await expect(card(page)).toHaveCount(0);
    // Dismissible: Esc closes it though the pointer stays on the citation.
    await link.hover();
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page)).toHaveCount(0);
    // A click goes straight to the reference.
    expect(errors).toEqual([]);
    await link.click();
    await expect(page).toHaveURL(/\/continuity\/notes\/#ref-/);
  });
});

test.describe('touch, 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('issue input: the first tap opens the card inside the screen, the second goes to the reference', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(INTRO);
    const link = page.locator('.prose a.cite-link', { hasText: 'Silver et al., 2016' }).first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await cardInsideViewport(page);
    await expect(card(page)).toContainText('Mastering the game of Go');
    expect(new URL(page.url()).pathname).toBe(INTRO);
    // A tap elsewhere closes it; tapped again it opens again.
    await page.locator('h1').tap();
    await expect(card(page)).toHaveCount(0);
    await link.tap();
    await expect(card(page)).toBeVisible();
    expect(errors).toEqual([]);
    await link.tap();
    await expect(page).toHaveURL(/\/continuity\/notes\/#ref-silver2016mastering$/);
  });

  test('the card’s own link goes to the reference', async ({ page }) => {
    await page.goto(INTRO);
    const link = page.locator('.prose a.cite-link').nth(1);
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await card(page).getByRole('link', { name: /In the references/ }).tap();
    await expect(page).toHaveURL(/\/continuity\/notes\/#ref-/);
  });
});

test.describe('every citation at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const slug of anchors.sections) {
    test(`${slug}: each card lies inside the viewport and the page never scrolls sideways`, async ({ page }) => {
      await page.goto(`/continuity/${slug}/`);
      const links = page.locator('main a.cite-link:visible');
      const count = await links.count();
      for (let i = 0; i < count; i++) {
        const link = links.nth(i);
        await link.scrollIntoViewIfNeeded();
        await keyboardFocus(page, link);
        await cardInsideViewport(page);
        await page.keyboard.press('Escape');
      }
    });
  }
});

test.describe('accessibility with a card and a note open', () => {
  for (const [width, scheme] of [[1280, 'light'], [390, 'dark']] as const) {
    test(`axe finds nothing at ${width} px (${scheme})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/continuity/universal-approximation/');
      // On the phone, open the note first; its citations are then the ones to look at.
      if (width < 1280) await page.locator('#note-uat-ref').click();
      const link = page.locator('#note-uat a.cite-link').first();
      await link.scrollIntoViewIfNeeded();
      await keyboardFocus(page, link);
      await expect(card(page)).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')} — ${v.help}`)).toEqual([]);
    });
  }
});
