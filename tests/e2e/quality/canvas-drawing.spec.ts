// The drawing layer: every figure canvas keeps a backing store of its box times the device
// pixel ratio after a phone turns and a desktop window widens, and what is drawn with the
// theme's colours (the cube's change marks, the step-approximation heatmaps) takes the new
// colours when the theme changes, without a reload.
import { test, expect, type Page } from '@playwright/test';

const CUBE_PAGE = '/continuity/rotating-cube/';
const CANVAS_FIGURES = ['fig-cube-pixels', 'fig-cube-symmetry'];

async function showCanvasFigures(page: Page) {
  for (const id of CANVAS_FIGURES) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await expect(page.locator(`#${id}`)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  }
  await page.locator('#fig-cube-pixels').scrollIntoViewIfNeeded();
  await expect(page.locator('#fig-cube-pixels [data-gl]')).toHaveAttribute('data-gl', 'live', { timeout: 30_000 });
}

/** Every displayed figure canvas: its backing store and its box in device pixels. */
async function canvasSizes(page: Page) {
  // Two frames: resize observers report after layout, before paint.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.locator('figure canvas').evaluateAll((canvases) =>
    canvases
      .filter((c) => c.getBoundingClientRect().width > 0)
      .map((c) => {
        const canvas = c as HTMLCanvasElement;
        const box = canvas.getBoundingClientRect();
        const style = getComputedStyle(canvas);
        // The content box (what the canvas shows), without borders and padding.
        const w = box.width - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth) - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const h = box.height - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return { name: `${canvas.closest('figure')!.id} ${canvas.className}`, width: canvas.width, height: canvas.height, boxWidth: w * devicePixelRatio, boxHeight: h * devicePixelRatio };
      }),
  );
}

async function expectSharp(page: Page, when: string) {
  const sizes = await canvasSizes(page);
  expect(sizes.filter((s) => s.name.startsWith('fig-cube-pixels')).length, `${when}: the cube's canvases`).toBeGreaterThanOrEqual(4);
  expect(sizes.filter((s) => s.name.startsWith('fig-cube-symmetry')).length, `${when}: the 24 views`).toBe(24);
  for (const s of sizes) {
    // Device-pixel snapping may round the box either way by one pixel.
    expect(Math.abs(s.width - s.boxWidth), `${when}: ${s.name} width ${s.width} for a box of ${s.boxWidth}`).toBeLessThanOrEqual(1);
    expect(Math.abs(s.height - s.boxHeight), `${when}: ${s.name} height ${s.height} for a box of ${s.boxHeight}`).toBeLessThanOrEqual(1);
  }
  return sizes;
}

test('a phone turned to landscape: every canvas is its box times the device pixel ratio', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(CUBE_PAGE);
  await showCanvasFigures(page);
  const portrait = await expectSharp(page, 'portrait');
  await page.setViewportSize({ width: 844, height: 390 });
  await showCanvasFigures(page);
  const landscape = await expectSharp(page, 'landscape');
  // The cube's view really changed size (a fixed-size canvas would fail above).
  const cube = (sizes: typeof portrait) => sizes.find((s) => s.name.includes('gl-canvas'))!.width;
  expect(cube(landscape)).not.toBe(cube(portrait));
  await context.close();
});

test('a desktop window widened from 700 to 1280 px: every canvas follows', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 900 });
  await page.goto(CUBE_PAGE);
  await showCanvasFigures(page);
  const narrow = await expectSharp(page, '700 px');
  await page.setViewportSize({ width: 1280, height: 900 });
  await showCanvasFigures(page);
  const wide = await expectSharp(page, '1280 px');
  const strip = (sizes: typeof narrow) => sizes.find((s) => s.name.includes('values'))!.width;
  expect(strip(wide)).toBeGreaterThan(strip(narrow));
});

/** The first opaque colour a canvas shows, as [r, g, b]. */
function firstInk(page: Page, selector: string) {
  return page.locator(selector).evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] === 255) return [data[i], data[i + 1], data[i + 2]];
    return null;
  });
}

/** A CSS colour variable of the page as [r, g, b] (the browser resolves it). */
function cssColour(page: Page, name: string) {
  return page.evaluate((v) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${v})`;
    document.body.append(probe);
    const m = /rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(probe).color)!;
    probe.remove();
    return [Number(m[1]), Number(m[2]), Number(m[3])];
  }, name);
}

async function switchTheme(page: Page, to: 'light' | 'dark') {
  for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== to; i++) await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', to);
}

test('the cube\'s change marks take the new accent when the reader switches the theme, and when the system does', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${CUBE_PAGE}?cube-pixels.n=32&cube-pixels.delta=1#fig-cube-pixels`);
  await showCanvasFigures(page);
  const marks = '#fig-cube-pixels canvas.marks';
  const light = await cssColour(page, '--accent');
  await expect.poll(() => firstInk(page, marks)).toEqual(light);
  await switchTheme(page, 'dark');
  const dark = await cssColour(page, '--accent');
  expect(dark).not.toEqual(light);
  await expect.poll(() => firstInk(page, marks)).toEqual(dark);
  // Back to following the system, then the system turns light: the marks follow it too.
  await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => firstInk(page, marks)).toEqual(dark);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => firstInk(page, marks)).toEqual(light);
});

test('the step-approximation heatmaps take the new colours when the theme changes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/continuity/in-practice/#fig-step-approximation');
  const fig = page.locator('#fig-step-approximation');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig).toHaveAttribute('data-status', 'converged', { timeout: 90_000 });
  const images = fig.locator('image.pixels');
  await expect(images).toHaveCount(2);
  // Each heatmap is one colour at varying opacity: read the colour of its most opaque cell.
  const inks = () =>
    images.evaluateAll((els) =>
      Promise.all(
        els.map(async (el) => {
          const img = new Image();
          img.src = el.getAttribute('href')!;
          await img.decode();
          const c = document.createElement('canvas');
          [c.width, c.height] = [img.width, img.height];
          const ctx = c.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          const d = ctx.getImageData(0, 0, c.width, c.height).data;
          let best = 3;
          for (let i = 3; i < d.length; i += 4) if (d[i]! > d[best]!) best = i;
          return [d[best - 3]!, d[best - 2]!, d[best - 1]!, d[best]!];
        }),
      ),
    );
  // A cell below full opacity comes back from the canvas with its colour rounded (alpha is
  // premultiplied), by at most a few levels.
  const matches = async (colours: number[][]) =>
    (await inks()).every(([r, g, b, a], i) => [r, g, b].every((v, k) => Math.abs(v! - colours[i]![k]!) <= (a === 255 ? 0 : 3)));
  const light = [await cssColour(page, '--accent'), await cssColour(page, '--accent-2')];
  expect(await matches(light)).toBe(true);
  await switchTheme(page, 'dark');
  const dark = [await cssColour(page, '--accent'), await cssColour(page, '--accent-2')];
  expect(dark).not.toEqual(light);
  await expect.poll(() => matches(dark)).toBe(true);
});
