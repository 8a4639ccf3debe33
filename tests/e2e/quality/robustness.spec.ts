// When something is missing (no WebGL, a worker that cannot start, a lost WebGL context),
// each figure keeps its static picture, says what is missing in one line, and throws
// nothing; a restored context brings the figure back.
import { test, expect, type Page } from '@playwright/test';
import { figurePages } from '../figures-list';
import { watchErrors } from '../helpers';

// cube-symmetry draws its 24 views with the rasteriser on 2D canvases: no WebGL to lose.
const webglFigures = ['fig-cube-pixels'];
const trainingFigures = [
  'fig-scaling-laws',
  'fig-universal-approximation',
  'fig-pose-from-pixels',
  'fig-latent-interpolation',
  'fig-step-approximation',
  'fig-many-discontinuities',
  'fig-hard-threshold',
];

async function expectStaticPicture(page: Page, id: string) {
  const sizes = await page.locator(`#${id} .figure-frame`).locator('svg, img, canvas').evaluateAll((els) =>
    els.filter((e) => getComputedStyle(e).display !== 'none' && getComputedStyle(e).visibility !== 'hidden').map((e) => e.getBoundingClientRect().width * e.getBoundingClientRect().height),
  );
  expect(Math.max(0, ...sizes)).toBeGreaterThan(150 * 100);
}

async function showFigure(page: Page, path: string, id: string) {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(path);
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
}

for (const fig of figurePages.filter((f) => webglFigures.includes(f.id))) {
  test(`${fig.id} without WebGL keeps its picture and says so`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (/webgl/i.test(type)) return null;
        return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof original;
    });
    await showFigure(page, fig.path, fig.id);
    await expect(page.locator(`#${fig.id} .figure-notice`)).toContainText(/WebGL/i, { timeout: 20_000 });
    await expectStaticPicture(page, fig.id);
    expect(errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
  });

  test(`${fig.id} survives a lost WebGL context and resumes when it is restored`, async ({ page }) => {
    const errors = watchErrors(page);
    // Record the WebGL contexts the page itself creates, so the test loses exactly those.
    await page.addInitScript(() => {
      const contexts: WebGLRenderingContext[] = ((window as unknown as { __gl: WebGLRenderingContext[] }).__gl = []);
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        const ctx = (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
        if (ctx && /webgl/i.test(type) && !contexts.includes(ctx as WebGLRenderingContext)) contexts.push(ctx as WebGLRenderingContext);
        return ctx;
      } as typeof original;
    });
    await showFigure(page, fig.path, fig.id);
    await expect(page.locator(`#${fig.id}`)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await page.waitForFunction(() => (window as unknown as { __gl: WebGLRenderingContext[] }).__gl.some((gl) => !gl.isContextLost()), undefined, { timeout: 20_000 });
    const lost = await page.evaluate(() => {
      const exts = (window as unknown as { __gl: WebGLRenderingContext[] }).__gl
        .filter((gl) => !gl.isContextLost())
        .map((gl) => gl.getExtension('WEBGL_lose_context'))
        .filter((e): e is WEBGL_lose_context => e !== null);
      exts.forEach((e) => e.loseContext());
      (window as unknown as { __restore: () => void }).__restore = () => exts.forEach((e) => e.restoreContext());
      return exts.length;
    });
    expect(lost).toBeGreaterThan(0);
    await expect(page.locator(`#${fig.id} .figure-notice`)).toContainText(/WebGL|context/i);
    await expectStaticPicture(page, fig.id);
    await page.evaluate(() => (window as unknown as { __restore: () => void }).__restore());
    await expect(page.locator(`#${fig.id} .figure-notice`)).not.toContainText(/lost/i, { timeout: 20_000 });
    await expect(page.locator(`#${fig.id}`)).toHaveAttribute('data-ready', 'true');
    expect(errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
  });
}

for (const fig of figurePages.filter((f) => trainingFigures.includes(f.id))) {
  test(`${fig.id} with a worker that cannot start keeps its picture and says so`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      // A Worker whose script fails to load: what a blocked or broken worker looks like.
      const Original = window.Worker;
      window.Worker = class extends Original {
        constructor(_url: string | URL, options?: WorkerOptions) {
          super(URL.createObjectURL(new Blob(['throw new Error("worker failed to start (test)")'], { type: 'text/javascript' })), options);
        }
      } as typeof Worker;
    });
    await showFigure(page, fig.path, fig.id);
    const root = page.locator(`#${fig.id}`);
    const button = root.locator('button', { hasText: /train|run|start/i }).first();
    if (await button.count()) await button.click({ timeout: 5_000 }).catch(() => undefined);
    await expect(root.locator('.figure-notice')).not.toBeEmpty({ timeout: 20_000 });
    await expectStaticPicture(page, fig.id);
    expect(errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
  });
}
