// The benchmark (npm run bench): serves dist/ on loopback, drives headless Chromium, and
// measures what FIGURES.md budgets: page weight before and after figures hydrate,
// Lighthouse (mobile), each figure's time to ready / first movement / convergence,
// main-thread long tasks while training and while dragging, the cube's frame time, and
// memory after repeated train/reset cycles. Prints a table of medians with each budget's
// pass or fail, and writes bench/results.json.
//
// Options: --runs N (repeats for medians, default 3), --lighthouse-runs N (default 1),
// --only pages|lighthouse|figures|steps (one part), --figure ID (figures: only this one,
// e.g. fig-cube-pixels), --gpu-compositing (composite as headless Chromium does by default;
// see launchArgs), --port P.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { figureBudgets } from './figures.mjs';
import { measureStepTimes } from './step-time.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(opt('runs', 3));
const lighthouseRuns = Number(opt('lighthouse-runs', 1));
const only = opt('only', 'all');
const onlyFigure = opt('figure', undefined);
const port = Number(opt('port', 4600));
const base = `http://localhost:${port}`;

const anchors = JSON.parse(readFileSync('tests/anchors.json', 'utf8'));
const pages = ['/', ...anchors.sections.map((s) => `/continuity/${s}/`), '/continuity/one-page/', '/figures/'];
const sectionPages = anchors.sections.map((s) => `/continuity/${s}/`);

const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (existsSync(own)) return undefined;
  } catch {}
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) if (existsSync(p)) return p;
  throw new Error('No Chromium found: npx playwright install chromium, or apt-get install chromium');
}

// Compositing: headless Chromium composites through SwiftShader and then reads every frame
// back to the CPU (SkiaOutputSurfaceImplOnGpu::SwapBuffers -> readPixels, ~30 ms a frame here),
// so a figure redrawing 30 times a second keeps one of the two cores busy with a copy no
// reader's browser makes (a real display swaps buffers on the GPU). The benchmark composites
// in software instead (--disable-gpu-compositing): WebGL still runs on SwiftShader, and the
// page's own work is what competes with the training worker. --gpu-compositing measures the
// default way.
const compositing = args.includes('--gpu-compositing') ? [] : ['--disable-gpu-compositing'];
const launchArgs = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run', ...compositing];

async function startServer() {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('served') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return child;
}

const results = { date: new Date().toISOString(), runs, compositing: compositing.length ? 'software' : 'gpu (headless default)', pages: {}, lighthouse: {}, figures: {}, budgets: [] };
const budget = (name, value, limit, unit, pass) => results.budgets.push({ name, value, limit, unit, pass: pass ?? value <= limit });

// ---------------------------------------------------------------- page weight
async function measurePages(browser) {
  for (const path of pages) {
    const before = [];
    const after = [];
    for (let r = 0; r < runs; r++) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await ctx.newPage();
      const bodies = [];
      page.on('response', async (res) => {
        const type = res.request().resourceType();
        if (!['document', 'stylesheet', 'script'].includes(type) || !res.url().startsWith(base)) return;
        bodies.push(res.body().then((b) => ({ type, url: res.url(), raw: b.length, gzip: gzipSync(b).length, br: brotliCompressSync(b).length })).catch(() => null));
      });
      // "Before any figure": the page as loaded with its first screen; the intro page's
      // figure may be near the first screen, so figures are counted separately below.
      await page.goto(base + path, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const first = (await Promise.all(bodies)).filter(Boolean);
      const sum = (xs, type) => xs.filter((x) => type.includes(x.type)).reduce((s, x) => s + x.gzip, 0);
      before.push({ htmlCss: sum(first, ['document', 'stylesheet']), js: sum(first, ['script']) });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < height; y += 700) {
        await page.evaluate((t) => window.scrollTo(0, t), y);
        await page.waitForTimeout(80);
      }
      await page.waitForTimeout(1500);
      const all = (await Promise.all(bodies)).filter(Boolean);
      after.push({ htmlCss: sum(all, ['document', 'stylesheet']), js: sum(all, ['script']) });
      await ctx.close();
    }
    const jsBeforeFigures = await jsBeforeAnyFigure(browser, path);
    results.pages[path] = {
      htmlCssGzipKB: median(before.map((b) => b.htmlCss)) / 1024,
      jsGzipBeforeKB: median(before.map((b) => b.js)) / 1024,
      jsBeforeFigureNearKB: jsBeforeFigures / 1024,
      htmlCssGzipAfterKB: median(after.map((b) => b.htmlCss)) / 1024,
      jsGzipAfterKB: median(after.map((b) => b.js)) / 1024,
    };
    if (sectionPages.includes(path)) {
      budget(`HTML+CSS ${path}`, results.pages[path].htmlCssGzipKB, 40, 'KB gz');
    }
    budget(`JS before a figure is near ${path}`, results.pages[path].jsBeforeFigureNearKB, 0, 'KB gz');
  }
}

/** Script bytes requested while the viewport is kept far from every figure. */
async function jsBeforeAnyFigure(browser, path) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 300 } });
  const page = await ctx.newPage();
  // Park the first screen on a spot away from figures: the page footer is never near one
  // on section pages; on pages whose top holds a figure we still measure from the top.
  let bytes = 0;
  page.on('response', async (res) => {
    if (res.request().resourceType() === 'script' && res.url().startsWith(base)) {
      const b = await res.body().catch(() => Buffer.alloc(0));
      bytes += gzipSync(b).length;
    }
  });
  await page.goto(base + path, { waitUntil: 'load' });
  const nearest = await page.evaluate(() => {
    const figs = [...document.querySelectorAll('figure[id^="fig-"]')];
    return figs.length ? Math.min(...figs.map((f) => f.getBoundingClientRect().top)) : Infinity;
  });
  await page.waitForTimeout(500);
  await ctx.close();
  // If a figure sits within the first screen, its script is expected: report NaN there.
  return nearest < 300 + 200 ? NaN : bytes;
}

// ---------------------------------------------------------------- Lighthouse
async function measureLighthouse() {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  for (const path of pages) {
    const scores = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
    for (let r = 0; r < lighthouseRuns; r++) {
      const chrome = await chromeLauncher.launch({
        chromePath: chromiumPath() ?? chromium.executablePath(),
        chromeFlags: ['--headless=new', '--no-sandbox', ...launchArgs],
      });
      try {
        const out = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(scores) });
        for (const k of Object.keys(scores)) scores[k].push(Math.round((out.lhr.categories[k]?.score ?? 0) * 100));
        if (r === 0) {
          results.lighthouse[path] = { failing: Object.values(out.lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual').map((a) => a.id) };
        }
      } finally {
        chrome.kill();
      }
    }
    const med = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, median(v)]));
    Object.assign((results.lighthouse[path] ??= {}), med);
    budget(`Lighthouse performance ${path}`, med.performance, 95, 'score', med.performance >= 95);
    budget(`Lighthouse accessibility ${path}`, med.accessibility, 100, 'score', med.accessibility >= 100);
    budget(`Lighthouse best practices ${path}`, med['best-practices'], 100, 'score', med['best-practices'] >= 100);
    budget(`Lighthouse SEO ${path}`, med.seo, 100, 'score', med.seo >= 100);
  }
}

// ---------------------------------------------------------------- figures
async function measureFigures(browser) {
  for (const fb of figureBudgets) {
    if (onlyFigure && fb.id !== onlyFigure) continue;
    const samples = [];
    for (let r = 0; r < runs; r++) samples.push(await fb.measure(browser, base));
    const keys = Object.keys(samples[0] ?? {});
    const med = Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k]))]));
    results.figures[fb.id] = med;
    for (const b of fb.budgets ?? []) {
      const v = med[b.metric];
      if (v === undefined) continue;
      budget(`${fb.id} ${b.label}`, v, b.limit, b.unit, b.atLeast ? v >= b.limit : v <= b.limit);
    }
  }
}

// ---------------------------------------------------------------- main
const server = await startServer();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
try {
  if (only === 'all' || only === 'pages') await measurePages(browser);
  if (only === 'all' || only === 'figures') await measureFigures(browser);
  if (only === 'all' || only === 'figures' || only === 'steps') {
    results.stepTimes = await measureStepTimes(browser, base, runs);
    budget('ms per Adam step, 1-64-64-1 on 256 points (wasm)', results.stepTimes['1-64-64-1 wasm'], 2, 'ms');
  }
  if (only === 'all' || only === 'lighthouse') await measureLighthouse();
} finally {
  await browser.close();
  server.kill();
}

writeFileSync('bench/results.json', JSON.stringify(results, null, 2));
const fmt = (v) => (Number.isFinite(v) ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3)) : 'n/a');
console.log('\nbudget'.padEnd(70) + 'median'.padStart(10) + '  limit'.padStart(12) + '  result');
for (const b of results.budgets) {
  const result = Number.isFinite(b.value) ? (b.pass ? 'pass' : 'FAIL') : 'n/a';
  console.log(b.name.padEnd(69) + fmt(b.value).padStart(10) + `  ${b.limit} ${b.unit}`.padStart(14) + `  ${result}`);
}
const failed = results.budgets.filter((b) => Number.isFinite(b.value) && !b.pass);
if (results.stepTimes) {
  console.log('\nms per full-batch Adam step on 256 points, in the worker (median):');
  for (const [k, v] of Object.entries(results.stepTimes)) console.log(`  ${k.padEnd(22)} ${fmt(v)}`);
}
console.log(`\n${results.budgets.length - failed.length} of ${results.budgets.length} budgets pass (medians of ${runs} runs); details in bench/results.json`);
