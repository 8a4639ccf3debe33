import { test, expect, type Page } from '@playwright/test';

const PAGE = '/continuity/rotating-cube/';
const FIG = '#fig-cube-pixels';

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
const metric = (page: Page, name: string) => page.locator(`${FIG} [data-metric="${name}"]`);
const value = async (page: Page, name: string) => Number(await metric(page, name).getAttribute('data-value'));

async function open(page: Page, query = '') {
  await page.goto(`${PAGE}${query}#fig-cube-pixels`);
  await page.locator(FIG).scrollIntoViewIfNeeded();
  // Generous: the first page of a run can be slow on a busy 2-core machine.
  await expect(page.locator(`${FIG}[data-ready="true"]`)).toBeVisible({ timeout: 40_000 });
}

test('hydrates, reacts to its controls, and logs no errors', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await expect(metric(page, 'n')).toHaveAttribute('data-value', '16');
  await page.locator(`${FIG} input[name="n"]`).fill('32');
  await expect(metric(page, 'n')).toHaveAttribute('data-value', '32');
  await page.locator(`${FIG} select[name="mode"]`).selectOption('area');
  await expect(metric(page, 'mode')).toHaveAttribute('data-value', 'area');
  await page.locator(`${FIG} input[name="phi"]`).fill('44.5');
  await expect(metric(page, 'phi')).toHaveAttribute('data-value', '44.5');
  // Keyboard equivalent of dragging.
  const view = page.locator(`${FIG} .view-box.drag`);
  await view.focus();
  await page.keyboard.press('ArrowRight');
  await expect(metric(page, 'phi')).toHaveAttribute('data-value', '46.5');
  await page.keyboard.press('ArrowUp');
  await expect(metric(page, 'theta')).toHaveAttribute('data-value', '60');
  // Dragging turns it too.
  await view.scrollIntoViewIfNeeded();
  const box = (await view.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 40, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => value(page, 'phi')).toBeCloseTo(66.5, 5);
  expect(errors).toEqual([]);
});

test('claim: point-sampled jumps stay full-size as delta shrinks; area-averaged ones shrink', async ({ page }) => {
  await open(page, '?cube-pixels.delta=0.001');
  // Point-sampled: the worst change over phi stays a full jump (a pixel from black to a face).
  await expect(metric(page, 'w-delta')).not.toHaveAttribute('data-value', '');
  expect(await value(page, 'w-delta')).toBeGreaterThan(0.5);
  // Area-averaged at the same tiny step: the worst change is tiny.
  await page.locator(`${FIG} select[name="mode"]`).selectOption('area');
  await expect(metric(page, 'mode')).toHaveAttribute('data-value', 'area');
  await expect.poll(async () => value(page, 'max-jump'), { timeout: 20_000 }).toBeLessThan(0.01);
  expect(await value(page, 'w-delta')).toBeLessThan(0.01);
  expect(await value(page, 'jump')).toBeLessThan(0.01);
});

test('a drag that tilts the cube marks the sweeps stale and recomputes them at the release', async ({ page }) => {
  await open(page, '?cube-pixels.n=24');
  const stems = page.locator(`${FIG} .stems`);
  await expect(stems).not.toHaveClass(/stale/, { timeout: 20_000 });
  const view = page.locator(`${FIG} .view-box.drag`);
  const box = (await view.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 50, { steps: 5 });
  // Mid-drag the plots still show the old tilt, and say so.
  await expect(stems).toHaveClass(/stale/);
  await expect(page.locator(`${FIG} .w-lines`)).toHaveClass(/stale/);
  // Readouts of the sweeps are blank rather than the old tilt's numbers.
  await expect(metric(page, 'max-jump')).toHaveAttribute('data-value', '');
  await expect(metric(page, 'w-delta')).toHaveAttribute('data-value', '');
  await page.mouse.up();
  await expect(stems).not.toHaveClass(/stale/, { timeout: 20_000 });
  await expect(page.locator(`${FIG} .w-lines`)).not.toHaveClass(/stale/);
  const theta = await value(page, 'theta');
  expect(theta).toBeGreaterThan(62);
  const afterDrag = { max: await value(page, 'max-jump'), w: await value(page, 'w-delta') };
  // The same view opened from a link, computed from scratch, shows the same sweeps.
  await open(page, `?cube-pixels.n=24&cube-pixels.theta=${theta}&cube-pixels.phi=${await value(page, 'phi')}`);
  await expect(stems).not.toHaveClass(/stale/, { timeout: 20_000 });
  await expect.poll(() => value(page, 'w-delta'), { timeout: 20_000 }).toBeCloseTo(afterDrag.w, 9);
  expect(await value(page, 'max-jump')).toBeCloseTo(afterDrag.max, 9);
});

test('a drag that tilts and comes back to where it began still brings the sweeps back', async ({ page }) => {
  await open(page, '?cube-pixels.n=16');
  const stems = page.locator(`${FIG} .stems`);
  await expect(stems).not.toHaveClass(/stale/, { timeout: 20_000 });
  const before = await value(page, 'max-jump');
  const view = page.locator(`${FIG} .view-box.drag`);
  const box = (await view.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y - 40, { steps: 4 });
  await expect(stems).toHaveClass(/stale/);
  await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.up();
  await expect(metric(page, 'theta')).toHaveAttribute('data-value', '62');
  await expect(stems).not.toHaveClass(/stale/, { timeout: 20_000 });
  await expect.poll(() => value(page, 'max-jump'), { timeout: 20_000 }).toBeCloseTo(before, 5);
});

test('a state link restores the figure', async ({ page }) => {
  await open(page, '?cube-pixels.n=24&cube-pixels.mode=area8&cube-pixels.phi=12.5&cube-pixels.theta=70&cube-pixels.delta=0.01');
  await expect(metric(page, 'n')).toHaveAttribute('data-value', '24');
  await expect(metric(page, 'mode')).toHaveAttribute('data-value', 'area8');
  await expect(metric(page, 'phi')).toHaveAttribute('data-value', '12.5');
  await expect(metric(page, 'theta')).toHaveAttribute('data-value', '70');
  await expect(metric(page, 'delta')).toHaveAttribute('data-value', '0.01');
  await expect(page.locator(`${FIG} .figure-notice`)).toHaveText('');
});

test('a malformed link shows a notice and the figure still works', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '?cube-pixels.n=999&cube-pixels.mode=pixelated&cube-pixels.phi=abc');
  await expect(page.locator(`${FIG} .figure-notice`)).toContainText('repaired');
  await expect(metric(page, 'n')).toHaveAttribute('data-value', '64');
  await expect(metric(page, 'mode')).toHaveAttribute('data-value', 'point');
  await page.locator(`${FIG} input[name="n"]`).fill('8');
  await expect(metric(page, 'n')).toHaveAttribute('data-value', '8');
  expect(errors).toEqual([]);
});

test('cross-check: the WebGL render at N x N agrees with the exact point-sampled picture on >= 99% of pixels', async ({ page }) => {
  for (const q of ['?cube-pixels.n=16', '?cube-pixels.n=33&cube-pixels.phi=71.3&cube-pixels.theta=118', '?cube-pixels.n=64&cube-pixels.phi=200&cube-pixels.theta=35&cube-pixels.roll=20']) {
    await open(page, q);
    await expect(page.locator(`${FIG} .gl-canvas`)).toHaveCount(1);
    await expect(metric(page, 'gl-agreement')).not.toHaveAttribute('data-value', '');
    expect(await value(page, 'gl-agreement')).toBeGreaterThanOrEqual(0.99);
  }
});

test('WebGL context: released off screen, lost context falls back and resumes', async ({ page }) => {
  await open(page);
  const canvas = page.locator(`${FIG} .gl-canvas`);
  await expect(canvas).toHaveCount(1);
  // A lost context: static picture and a notice; restored: live again.
  await page.evaluate(() => {
    const c = document.querySelector('#fig-cube-pixels .gl-canvas') as HTMLCanvasElement;
    const ext = (c.getContext('webgl') as WebGLRenderingContext).getExtension('WEBGL_lose_context')!;
    (window as unknown as { __ext: WEBGL_lose_context }).__ext = ext;
    ext.loseContext();
  });
  await expect(page.locator(`${FIG} .figure-notice`)).toContainText('lost');
  await expect(page.locator(`${FIG} .view-label`).first()).toContainText('vector picture');
  await page.evaluate(() => (window as unknown as { __ext: WEBGL_lose_context }).__ext.restoreContext());
  await expect(page.locator(`${FIG} .view-label`).first()).toContainText('WebGL');
  await expect(page.locator(`${FIG} .figure-notice`)).toHaveText('');
  // Far off screen: the context is given back (canvas removed); near again: a new one.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(canvas).toHaveCount(0);
  await page.locator(FIG).scrollIntoViewIfNeeded();
  await expect(canvas).toHaveCount(1);
});

test('no WebGL: the static picture stays, with a one-line notice', async ({ page }) => {
  await page.addInitScript(() => {
    const orig = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
      return (orig as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof orig;
  });
  await open(page);
  await expect(page.locator(`${FIG} .figure-notice`)).toContainText('WebGL is not available');
  await expect(page.locator(`${FIG} .cube-svg polygon`)).not.toHaveCount(0);
  await page.locator(`${FIG} input[name="n"]`).fill('20');
  await expect(metric(page, 'n')).toHaveAttribute('data-value', '20');
});

test('in print the cube is its exact picture at the current view, not the WebGL canvas', async ({ page }) => {
  await open(page);
  await expect(page.locator(`${FIG} [data-gl]`)).toHaveAttribute('data-gl', 'live');
  const svg = page.locator(`${FIG} .cube-svg`);
  const before = await svg.locator('polygon').first().getAttribute('points');
  await page.locator(`${FIG} input[name="phi"]`).fill('47');
  await expect(svg.locator('polygon').first()).not.toHaveAttribute('points', before!);
  await expect(svg).toHaveCSS('visibility', 'hidden');
  await page.emulateMedia({ media: 'print' });
  await expect(svg).toHaveCSS('visibility', 'visible');
  // The canvas never prints: hidden, or released (print styles shorten the page, and a view
  // that falls far off screen gives its context back).
  await expect
    .poll(() => page.locator(`${FIG} .gl-canvas`).evaluateAll((cs) => cs.every((c) => getComputedStyle(c).display === 'none')))
    .toBe(true);
  // The caption says what prints: "WebGL" gives way to "vector picture" (generated content).
  const kind = page.locator(`${FIG} .view-label .kind`);
  await expect(kind.locator('.on-screen')).toBeHidden();
  expect(await kind.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"vector picture"');
  await page.emulateMedia({ media: 'screen' });
  await expect(svg).toHaveCSS('visibility', 'hidden');
  await expect(page.locator(`${FIG} .view-label`).first()).toHaveText('The cube (WebGL)', { useInnerText: true });
});
