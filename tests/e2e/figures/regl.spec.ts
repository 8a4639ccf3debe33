// regl under the site's Content-Security-Policy (no 'unsafe-eval'): every command runs from
// the precompiled table (src/figures/shared/regl-precompiled.ts), a command missing from it
// is reported in one line instead of falling through to Function(), regl is loaded only when
// a view is created, and a restored context gets one new regl, not two.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { allPages } from '../figures-list';
import { watchErrors } from '../helpers';

const CUBE_PAGE = '/continuity/rotating-cube/';
const FIG = '#fig-cube-pixels';

/** Records every securitypolicyviolation the page reports, from its first script on. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** The page's script policy, from its <meta> or its response header. */
async function scriptPolicy(page: Page, header: string | undefined): Promise<string> {
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content').catch(() => null);
  const policy = meta ?? header ?? '';
  return /script-src[^;]*/.exec(policy)?.[0] ?? '';
}

test('no regl command compiles at run time: no policy violation on any page with a regl figure', async ({ page }) => {
  test.setTimeout(180_000);
  const violations = await watchPolicy(page);
  const errors = watchErrors(page);
  const withRegl: string[] = [];
  for (const path of allPages) {
    const response = await page.goto(path);
    const figures = await page.locator('figure[id^="fig-"]:has([data-regl])').evaluateAll((els) => els.map((e) => e.id));
    if (figures.length === 0) continue;
    withRegl.push(path);
    // The policy is in force and forbids eval: otherwise this test would prove nothing.
    const policy = await scriptPolicy(page, response?.headers()['content-security-policy']);
    expect(policy, `${path} has a script policy`).toContain("'self'");
    expect(policy).not.toContain("'unsafe-eval'");
    for (const id of figures) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await expect(page.locator(`#${id} [data-gl]`)).toHaveAttribute('data-gl', 'live', { timeout: 30_000 });
      await expect(page.locator(`#${id} [data-regl] canvas`)).toHaveCount(1);
    }
    expect(await violations(), path).toEqual([]);
  }
  expect(withRegl).toContain(CUBE_PAGE);
  expect(withRegl).toContain('/continuity/one-page/');
  expect(errors).toEqual([]);
});

test('a command missing from the precompiled table: static picture, one line, and still no Function()', async ({ page }) => {
  // The cube scene's own entry, as the generator grouped it, is removed from the served table.
  const source = readFileSync('src/figures/shared/regl-precompiled.ts', 'utf8');
  const group = source.slice(source.indexOf('// src/figures/cube-pixels/cube.regl.ts'));
  const key = /'([0-9a-f]{64})'/.exec(group)![1]!;
  let served = false;
  await page.route(/\/_astro\/regl-precompiled\.[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    expect(body).toContain(key);
    served = true;
    // Served again as plain text (the original's compression headers no longer apply).
    await route.fulfill({ status: 200, contentType: 'text/javascript', body: body.replaceAll(key, 'f'.repeat(64)) });
  });
  const violations = await watchPolicy(page);
  const errors = watchErrors(page);
  await page.goto(`${CUBE_PAGE}#fig-cube-pixels`);
  await page.locator(FIG).scrollIntoViewIfNeeded();
  await expect(page.locator(`${FIG} [data-gl]`)).toHaveAttribute('data-gl', 'uncompiled', { timeout: 30_000 });
  expect(served).toBe(true);
  await expect(page.locator(`${FIG} .figure-notice`)).toHaveText(/precompiled drawing code/);
  await expect(page.locator(`${FIG} .figure-notice`)).not.toContainText('WebGL is not available');
  // The exact picture stays in view, the context is given back, the figure still works.
  await expect(page.locator(`${FIG} .cube-svg`)).toBeVisible();
  await expect(page.locator(`${FIG} .cube-svg polygon`)).not.toHaveCount(0);
  await expect(page.locator(`${FIG} [data-regl] canvas`)).toHaveCount(0);
  await page.locator(`${FIG} input[name="n"]`).fill('20');
  await expect(page.locator(`${FIG} [data-metric="n"]`)).toHaveAttribute('data-value', '20');
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('regl and its code table are loaded only when the view is created', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(CUBE_PAGE);
  const top = await page.locator(FIG).evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThan(2 * 600); // far enough that the view is not created yet
  await page.waitForLoadState('networkidle');
  const reglChunks = () => requested.filter((p) => /\/_astro\/(regl-|cube\.regl)/.test(p));
  expect(reglChunks()).toEqual([]);
  await page.locator(FIG).scrollIntoViewIfNeeded();
  await expect(page.locator(`${FIG} [data-gl]`)).toHaveAttribute('data-gl', 'live', { timeout: 30_000 });
  expect(reglChunks().some((p) => /regl-cache/.test(p))).toBe(true);
  expect(reglChunks().some((p) => /regl-precompiled/.test(p))).toBe(true);
});

test('a lost context destroys its regl: the restore builds one set of programs, not two', async ({ page }) => {
  // Count the programs each of the page's WebGL contexts creates.
  await page.addInitScript(() => {
    const w = window as unknown as { __programs: number; __gl: WebGLRenderingContext[] };
    w.__programs = 0;
    w.__gl = [];
    const create = WebGLRenderingContext.prototype.createProgram;
    WebGLRenderingContext.prototype.createProgram = function (this: WebGLRenderingContext) {
      w.__programs++;
      if (!w.__gl.includes(this)) w.__gl.push(this);
      return create.call(this);
    };
  });
  const errors = watchErrors(page);
  await page.goto(`${CUBE_PAGE}#fig-cube-pixels`);
  await page.locator(FIG).scrollIntoViewIfNeeded();
  const status = page.locator(`${FIG} [data-gl]`);
  await expect(status).toHaveAttribute('data-gl', 'live', { timeout: 30_000 });
  const programs = () => page.evaluate(() => (window as unknown as { __programs: number }).__programs);
  const first = await programs();
  expect(first).toBeGreaterThan(0);
  const agreement = page.locator(`${FIG} [data-metric="gl-agreement"]`);
  await expect(agreement).not.toHaveAttribute('data-value', '', { timeout: 20_000 });
  const agreedBefore = await agreement.getAttribute('data-value');
  for (let round = 1; round <= 2; round++) {
    await page.evaluate(() => {
      const gl = (window as unknown as { __gl: WebGLRenderingContext[] }).__gl.find((g) => !g.isContextLost())!;
      const ext = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __ext: WEBGL_lose_context }).__ext = ext;
      ext.loseContext();
    });
    await expect(status).toHaveAttribute('data-gl', 'lost');
    await page.evaluate(() => (window as unknown as { __ext: WEBGL_lose_context }).__ext.restoreContext());
    await expect(status).toHaveAttribute('data-gl', 'live');
    // Exactly one more regl's worth of programs per restore.
    expect(await programs()).toBe(first * (round + 1));
  }
  // And it draws as before: the cross-check on the restored context gives the same agreement.
  await expect(agreement).toHaveAttribute('data-value', agreedBefore!, { timeout: 20_000 });
  expect(Number(agreedBefore)).toBeGreaterThanOrEqual(0.99);
  expect(errors).toEqual([]);
});

test('regl that fails to download: static picture, one line, and a new try when the figure comes back', async ({ page }) => {
  let fail = true;
  await page.route(/\/_astro\/regl-cache\.[\w-]+\.js$/, (route) => (fail ? route.abort('connectionfailed') : route.fallback()));
  const errors = watchErrors(page);
  await page.goto(`${CUBE_PAGE}#fig-cube-pixels`);
  await page.locator(FIG).scrollIntoViewIfNeeded();
  const status = page.locator(`${FIG} [data-gl]`);
  await expect(status).toHaveAttribute('data-gl', 'error', { timeout: 30_000 });
  await expect(page.locator(`${FIG} .figure-notice`)).toHaveText(/could not be loaded/);
  await expect(page.locator(`${FIG} .cube-svg`)).toBeVisible();
  await expect(page.locator(`${FIG} [data-regl] canvas`)).toHaveCount(0);
  // The network is back; the figure leaves the screen and returns: the view is made.
  fail = false;
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(300);
  await page.locator(FIG).scrollIntoViewIfNeeded();
  await expect(status).toHaveAttribute('data-gl', 'live', { timeout: 30_000 });
  await expect(page.locator(`${FIG} .figure-notice`)).toHaveText('');
  // The failed download shows up as a console error of the browser itself, nothing of ours.
  expect(errors.filter((e) => !/Failed to load resource|Failed to fetch dynamically imported module/.test(e))).toEqual([]);
});
