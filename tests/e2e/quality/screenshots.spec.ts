// Pictures of every figure in its default state, for a reader's eye: written to
// screenshots/<view>/<figure>.png (not committed). Look at them after a change to drawing or
// layout. Views: a phone (360 px) and a desktop (1280 px), light and dark; after switching
// the theme with the page's toggle; after a resize (desktop to phone and back); and the
// static picture without JavaScript. Each test also checks that the picture has a size.
import { test, expect, type Page } from '@playwright/test';
import { figurePages } from '../figures-list';

const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };

interface View {
  name: string;
  size: { width: number; height: number };
  scheme: 'light' | 'dark';
  /** What happens after the figure has hydrated and before the picture is taken. */
  then?: (page: Page) => Promise<void>;
  js?: boolean;
}

async function switchToDark(page: Page) {
  // The toggle cycles system -> light -> dark; from a light system it takes two presses.
  const toggle = page.locator('[data-theme-toggle]');
  for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset.theme)) !== 'dark'; i++) await toggle.click();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
}

const views: View[] = [
  { name: 'phone-light', size: PHONE, scheme: 'light' },
  { name: 'phone-dark', size: PHONE, scheme: 'dark' },
  { name: 'desktop-light', size: DESKTOP, scheme: 'light' },
  { name: 'desktop-dark', size: DESKTOP, scheme: 'dark' },
  { name: 'phone-theme-switched', size: PHONE, scheme: 'light', then: switchToDark },
  { name: 'desktop-theme-switched', size: DESKTOP, scheme: 'light', then: switchToDark },
  { name: 'desktop-resized-to-phone', size: DESKTOP, scheme: 'light', then: (page) => page.setViewportSize(PHONE) },
  { name: 'phone-resized-to-desktop', size: PHONE, scheme: 'light', then: (page) => page.setViewportSize(DESKTOP) },
  { name: 'phone-no-js', size: PHONE, scheme: 'light', js: false },
  { name: 'desktop-no-js', size: DESKTOP, scheme: 'light', js: false },
];

for (const view of views) {
  test.describe(view.name, () => {
    test.use({ javaScriptEnabled: view.js ?? true });
    test(`screenshots of every figure (${view.name})`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.setViewportSize(view.size);
      await page.emulateMedia({ colorScheme: view.scheme, reducedMotion: 'reduce' });
      for (const fig of figurePages) {
        await page.goto(fig.path);
        const root = page.locator(`#${fig.id}`);
        const frame = root.locator('.figure-frame');
        const path = `screenshots/${view.name}/${fig.name}.png`;
        if (view.js === false) {
          // Without scripts nothing can unstick the header; in a very tall viewport the
          // figure is scrolled to the middle, well below it.
          await page.setViewportSize({ width: view.size.width, height: 4000 });
          const box = await frame.boundingBox();
          expect(box!.width * box!.height, `${fig.id} has a picture`).toBeGreaterThan(150 * 100);
          await frame.screenshot({ path });
          continue;
        }
        // The sticky header would cover the top of a figure scrolled to the viewport's top.
        await page.addStyleTag({ content: '.site-header { position: static !important; }' });
        await root.scrollIntoViewIfNeeded();
        await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
        if (view.then) {
          await view.then(page);
          await root.scrollIntoViewIfNeeded();
        }
        await page.waitForTimeout(400);
        const box = await frame.boundingBox();
        expect(box!.width * box!.height, `${fig.id} has a picture`).toBeGreaterThan(150 * 100);
        await frame.screenshot({ path });
      }
    });
  });
}
