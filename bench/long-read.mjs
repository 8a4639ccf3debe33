// Memory over a long read: the one-page edition read top to bottom and back, twice, stopping
// at every figure for a moment so that every training figure trains (each pauses when the
// reader moves on). Measured:
//   - live tensors in the page's worker at the end of each pass, and after every run is
//     cancelled, against a fresh worker's count (baseline);
//   - WebGL contexts: at every stop, the live (not lost) contexts each figure holds; a figure
//     near the screen may hold one, a figure far from it none;
//   - the page's JS heap (after forced garbage collection) at the end of each pass.
import { READER_SPEED, centreOf, jumpTo, readerScroll } from './reader-scroll.mjs';

const PATH = '/continuity/one-page/';
const DWELL_MS = 1500;
/** FigureShell's margin: a figure this close to the viewport counts as near (may hold a context). */
const NEAR_PX = 300;

async function trackWebgl(page) {
  await page.addInitScript(() => {
    window.__glContexts = [];
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      const ctx = original.call(this, type, ...rest);
      if (ctx && /webgl/i.test(type) && !window.__glContexts.some((e) => e.ctx === ctx)) window.__glContexts.push({ canvas: this, ctx, figure: null });
      return ctx;
    };
  });
}

/** Live WebGL contexts per figure now, and which figures are near the viewport. */
function sampleContexts(page) {
  return page.evaluate((near) => {
    const perFigure = {};
    let orphans = 0;
    for (const e of window.__glContexts) {
      // A released canvas leaves the document: remember whose it was.
      e.figure ??= e.canvas.closest('figure[id^="fig-"]')?.id ?? null;
      if (e.ctx.isContextLost()) continue;
      if (!e.figure) orphans++;
      else perFigure[e.figure] = (perFigure[e.figure] ?? 0) + 1;
    }
    const isNear = (id) => {
      const r = document.getElementById(id).getBoundingClientRect();
      return r.bottom > -near && r.top < window.innerHeight + near;
    };
    let most = 0;
    let farHeld = orphans;
    for (const [id, n] of Object.entries(perFigure)) {
      most = Math.max(most, n);
      if (!isNear(id)) farHeld += n;
    }
    return { most, farHeld, live: Object.values(perFigure).reduce((a, b) => a + b, orphans) };
  }, NEAR_PX);
}

async function liveTensors(page) {
  return page.evaluate(async () => {
    const ch = Object.values(window.__trainingChannels ?? {})[0];
    return ch ? (await ch.memory()).numTensors : NaN;
  });
}

/** A fresh worker's live tensors: the one-page edition under reduced motion (nothing trains). */
async function baselineTensors(browser, base) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto(base + PATH, { waitUntil: 'load' });
  await page.locator('#fig-universal-approximation').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.__trainingChannels?.['universal-approximation'], undefined, { timeout: 30_000 });
  await page.evaluate(() => window.__trainingChannels['universal-approximation'].backend);
  const n = await liveTensors(page);
  await ctx.close();
  return n;
}

export async function measureLongRead(browser, base) {
  const baseline = await baselineTensors(browser, base);
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await trackWebgl(page);
  await page.goto(base + PATH, { waitUntil: 'load' });
  const cdp = await ctx.newCDPSession(page);
  const heapMB = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / (1024 * 1024);
  };
  const ids = await page.locator('figure[id^="fig-"]').evaluateAll((figs) => figs.map((f) => f.id));
  let most = 0;
  let farHeld = 0;
  const stop = async (id) => {
    await readerScroll(page, await centreOf(page, id), READER_SPEED);
    await page.waitForTimeout(DWELL_MS);
    const s = await sampleContexts(page);
    most = Math.max(most, s.most);
    farHeld = Math.max(farHeld, s.farHeld);
  };
  const pass = async () => {
    for (const id of ids) await stop(id);
    await readerScroll(page, 1e9, READER_SPEED);
    for (const id of [...ids].reverse()) await stop(id);
    await readerScroll(page, 0, READER_SPEED);
    await page.waitForTimeout(DWELL_MS);
    const s = await sampleContexts(page);
    farHeld = Math.max(farHeld, s.farHeld);
    return { heap: await heapMB(), tensors: await liveTensors(page) };
  };
  const t0 = Date.now();
  await jumpTo(page, 0);
  const first = await pass();
  const second = await pass();
  // Every run cancelled: the worker must be back to a fresh worker's count.
  await page.evaluate(() => Object.values(window.__trainingChannels).forEach((ch) => ch.cancel()));
  await page.waitForTimeout(1000);
  const afterCancel = await liveTensors(page);
  await ctx.close();
  return {
    minutes: (Date.now() - t0) / 60_000,
    baselineTensors: baseline,
    tensorsAfterPass1: first.tensors,
    tensorsAfterPass2: second.tensors,
    tensorsAboveBaselineAfterCancel: afterCancel - baseline,
    heapAfterPass1MB: first.heap,
    heapAfterPass2MB: second.heap,
    heapGrowthMB: second.heap - first.heap,
    mostWebglContextsOfOneFigure: most,
    webglContextsOfFarFigures: farHeld,
  };
}

export const longReadBudgets = [
  { metric: 'tensorsAboveBaselineAfterCancel', label: 'long read: live tensors above baseline once every run is cancelled', limit: 0, unit: 'tensors' },
  { metric: 'heapGrowthMB', label: 'long read: JS heap, end of pass 2 minus end of pass 1', limit: 10, unit: 'MB' },
  { metric: 'mostWebglContextsOfOneFigure', label: 'long read: most live WebGL contexts held by one figure', limit: 1, unit: 'contexts' },
  { metric: 'webglContextsOfFarFigures', label: 'long read: live WebGL contexts of figures far from the screen', limit: 0, unit: 'contexts' },
];
