// The drawing of every figure holds up on real screens: every SVG text lies inside its SVG
// (viewBox and box on screen), plot text is drawn at 11 CSS px or more, the static picture
// keeps its size when the figure hydrates, and on a phone the picture comes before the
// controls. At a phone's width (360 px) and a desktop's (1280 px), hydrated, after a resize
// from one to the other, and without JavaScript.
import { test, expect, type Page } from '@playwright/test';
import { figurePages } from '../figures-list';
import { measureFigureText, pictureBox } from '../plot-geometry';

const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };
/** The smallest drawn size of any plot text, CSS px (issue 13, item 6). */
const MIN_TEXT_PX = 11;

async function openHydrated(page: Page, path: string, id: string) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(path);
  const root = page.locator(`#${id}`);
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

/** Waits until the figure's SVGs have followed a new viewport size (two frames after the resize settles). */
async function settle(page: Page) {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
}

function describeProblems(list: { text: string; problem: string }[]) {
  return list.map((p) => `“${p.text}”: ${p.problem}`);
}

for (const fig of figurePages) {
  for (const [first, second] of [
    [PHONE, DESKTOP],
    [DESKTOP, PHONE],
  ] as const) {
    test(`${fig.id}: text inside its SVG and at least ${MIN_TEXT_PX} px, at ${first.width} px and after a resize to ${second.width} px`, async ({ page }) => {
      await page.setViewportSize(first);
      await openHydrated(page, fig.path, fig.id);
      await settle(page);
      const before = await measureFigureText(page, fig.id, MIN_TEXT_PX);
      expect(describeProblems(before.outside), `outside at ${first.width} px`).toEqual([]);
      expect(describeProblems(before.small), `too small at ${first.width} px`).toEqual([]);

      await page.setViewportSize(second);
      await page.locator(`#${fig.id}`).scrollIntoViewIfNeeded();
      await settle(page);
      const after = await measureFigureText(page, fig.id, MIN_TEXT_PX);
      expect(describeProblems(after.outside), `outside after resizing to ${second.width} px`).toEqual([]);
      expect(describeProblems(after.small), `too small after resizing to ${second.width} px`).toEqual([]);
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const size of [PHONE, DESKTOP]) {
    test(`every figure's static picture keeps its text inside its SVG at ${size.width} px`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      const problems: string[] = [];
      let measured = 0;
      for (const path of [...new Set(figurePages.map((f) => f.path))]) {
        await page.goto(path);
        for (const fig of figurePages.filter((f) => f.path === path)) {
          const report = await measureFigureText(page, fig.id, 0);
          measured += report.measured;
          problems.push(...describeProblems(report.outside).map((p) => `${fig.id}: ${p}`));
        }
      }
      expect(problems).toEqual([]);
      expect(measured, 'static pictures have text to measure').toBeGreaterThan(50);
    });
  }
});

test.describe('the static picture keeps its size when the figure hydrates', () => {
  for (const size of [PHONE, DESKTOP]) {
    test(`every figure at ${size.width} px`, async ({ page, browser }) => {
      test.setTimeout(240_000);
      const staticContext = await browser.newContext({ javaScriptEnabled: false, viewport: size });
      const staticPage = await staticContext.newPage();
      await page.setViewportSize(size);
      const shifts: string[] = [];
      for (const fig of figurePages) {
        await staticPage.goto(fig.path);
        const still = await pictureBox(staticPage, fig.id);
        await openHydrated(page, fig.path, fig.id);
        await settle(page);
        const live = await pictureBox(page, fig.id);
        if (Math.abs(still.h - live.h) > 1 || Math.abs(still.w - live.w) > 1 || Math.abs(still.top - live.top) > 1) {
          shifts.push(`${fig.id}: static ${still.w} × ${still.h} at ${still.top}, hydrated ${live.w} × ${live.h} at ${live.top}`);
        }
      }
      await staticContext.close();
      expect(shifts).toEqual([]);
    });
  }
});

test('on a phone every figure shows its picture before its controls', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  const order: string[] = [];
  for (const path of [...new Set(figurePages.map((f) => f.path))]) {
    await page.goto(path);
    for (const fig of figurePages.filter((f) => f.path === path)) {
      const tops = await page.locator(`#${fig.id}`).evaluate((el) => {
        const top = (sel: string) => el.querySelector(sel)?.getBoundingClientRect().top ?? null;
        return { picture: top('.figure-picture'), controls: top('.figure-controls') };
      });
      expect(tops.picture, `${fig.id} has a picture`).not.toBeNull();
      if (tops.controls !== null && tops.controls < tops.picture!) order.push(`${fig.id}: controls at ${tops.controls.toFixed(0)}, picture at ${tops.picture!.toFixed(0)}`);
    }
  }
  expect(order).toEqual([]);
});
