// The benchmark (npm run bench): serves dist/ on loopback, drives headless Chromium, and
// measures what FIGURES.md budgets: page weight before and after figures hydrate,
// Lighthouse (mobile), each figure's time to ready / first movement / convergence as a reader
// scrolling to it meets them, main-thread long tasks while training and while dragging, the
// cube's frame time, memory after repeated train/reset cycles and over a long read of the
// one-page edition. Every time is also given as a multiple of the PROBE, the 1-64-64-1 Adam
// step measured in the same run, so that runs on different machines or under different load
// compare. Prints a table of medians with each budget's pass or fail, and writes
// bench/results.json.
//
// Options: --runs N (repeats for medians, default 3), --lighthouse-runs N (default 1),
// --only pages|lighthouse|figures|steps|memory (one part), --figure ID (figures: only this
// one, e.g. fig-cube-pixels), --load (after the quiet pass, the figures, the probe and
// Lighthouse again with busy-loop processes on the other cores: bench/load.mjs; --hogs N to
// choose how many), --gpu-compositing (composite as headless Chromium does by default; see
// launchArgs), --port P, --dir D (serve another build, e.g. an older one to compare with;
// default dist).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { figureBudgets } from './figures.mjs';
import { measureProbe, measureStepTimes } from './step-time.mjs';
import { longReadBudgets, measureLongRead } from './long-read.mjs';
import { startHogs } from './load.mjs';

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
const dir = opt('dir', 'dist');
const underLoad = args.includes('--load');
const hogCount = opt('hogs', undefined);
const base = `http://localhost:${port}`;
const parts = new Set(only === 'all' ? ['pages', 'figures', 'steps', 'memory', 'lighthouse'] : [only]);

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
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('served') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return child;
}

// ---------------------------------------------------------------- page weight
async function measurePages(pass, browser) {
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
    const early = await jsBeforeAnyFigure(browser, path);
    pass.pages[path] = {
      htmlCssGzipKB: median(before.map((b) => b.htmlCss)) / 1024,
      jsGzipBeforeKB: median(before.map((b) => b.js)) / 1024,
      readingJsKB: early.reading / 1024,
      figureJsBeforeNearKB: early.figures / 1024,
      htmlCssGzipAfterKB: median(after.map((b) => b.htmlCss)) / 1024,
      jsGzipAfterKB: median(after.map((b) => b.js)) / 1024,
    };
    if (sectionPages.includes(path)) budget(pass, `HTML+CSS ${path}`, pass.pages[path].htmlCssGzipKB, 40, 'KB gz');
    budget(pass, `figure JS before a figure is near ${path}`, pass.pages[path].figureJsBeforeNearKB, 0, 'KB gz');
    budget(pass, `reading script ${path}`, pass.pages[path].readingJsKB, READING_SCRIPT_KB, 'KB gz');
  }
}

// The page's own reading script (EssayLayout's <script>: theme toggle, notes in the margin,
// anchors below the header, MathML back in place and copying maths as TeX) runs at load on
// every page, as the theme's inline script before paint always has: a margin note must be
// placed before it is read. FIGURES.md's "no JavaScript runs until a figure is near" is
// therefore measured as no figure's JavaScript (budget 0), and the reading script has a
// budget of its own, so that it stays small.
const READING_SCRIPT_KB = 5;

/**
 * Script bytes (gzip) fetched while the viewport is kept far from every figure, split into
 * the page's reading script (its module scripts outside any island and every chunk they
 * import, statically or dynamically) and the rest, which is figure code. A page whose first
 * screens hold a figure reports NaN for the figures' part (their code is expected there).
 * @returns {Promise<{reading: number, figures: number}>} bytes
 */
async function jsBeforeAnyFigure(browser, path) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 300 } });
  const page = await ctx.newPage();
  /** url -> { gzip bytes, text } of every script from our origin */
  const scripts = new Map();
  const pending = [];
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script' || !res.url().startsWith(base)) return;
    pending.push(
      res.body().then(
        (b) => scripts.set(res.url(), { gzip: gzipSync(b).length, text: b.toString('utf8') }),
        () => undefined,
      ),
    );
  });
  await page.goto(base + path, { waitUntil: 'load' });
  const [nearest, nearestTraining, entries] = await page.evaluate(() => {
    const top = (figs) => (figs.length ? Math.min(...figs.map((f) => f.getBoundingClientRect().top)) : Infinity);
    const figs = [...document.querySelectorAll('figure[id^="fig-"]')];
    const entries = [...document.querySelectorAll('script[type="module"][src]')].filter((s) => !s.closest('astro-island')).map((s) => s.src);
    return [top(figs), top(figs.filter((f) => f.querySelector('astro-island[client="ahead"]'))), entries];
  });
  await page.waitForTimeout(500);
  await Promise.all(pending);
  await ctx.close();
  // The reading script's chunks: its entries and, transitively, every "./chunk.js" they name.
  const reading = new Set();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.pop();
    if (reading.has(url)) continue;
    reading.add(url);
    const text = scripts.get(url)?.text ?? '';
    for (const m of text.matchAll(/[`"']\.\/([\w.-]+\.js)[`"']/g)) queue.push(new URL(m[1], url).href);
  }
  let readingBytes = 0;
  let figureBytes = 0;
  for (const [url, s] of scripts) {
    if (reading.has(url)) readingBytes += s.gzip;
    else figureBytes += s.gzip;
  }
  // A figure in the first screen hydrates at load, and a training figure within the next
  // screen once the loaded page is idle (client:ahead): their scripts are expected, NaN is
  // reported.
  const figuresNear = nearest < 300 + 200 || nearestTraining < 2 * 300;
  return { reading: readingBytes, figures: figuresNear ? NaN : figureBytes };
}

// ---------------------------------------------------------------- Lighthouse
async function measureLighthouse(pass) {
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
          pass.lighthouse[path] = { failing: Object.values(out.lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual').map((a) => a.id) };
        }
      } finally {
        chrome.kill();
      }
    }
    const med = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, median(v)]));
    Object.assign((pass.lighthouse[path] ??= {}), med);
    // Under load only performance is a budget (at least 90); the other scores do not depend on it.
    budget(pass, `Lighthouse performance ${path}`, med.performance, 95, 'score', { atLeast: true, underLoad: 90 });
    if (pass.loaded) continue;
    budget(pass, `Lighthouse accessibility ${path}`, med.accessibility, 100, 'score', { atLeast: true });
    budget(pass, `Lighthouse best practices ${path}`, med['best-practices'], 100, 'score', { atLeast: true });
    budget(pass, `Lighthouse SEO ${path}`, med.seo, 100, 'score', { atLeast: true });
  }
}


/** One pass of measurements: quiet, or under load (pass.loaded). */
function createPass(loaded) {
  return { loaded, probeMs: NaN, pages: {}, lighthouse: {}, figures: {}, stepTimes: null, longRead: null, budgets: [] };
}

/**
 * Records a measurement against its budget. In the loaded pass, only budgets with an
 * `underLoad` limit pass or fail (the rest are reported beside the quiet numbers).
 */
function budget(pass, name, value, limit, unit, { atLeast = false, underLoad } = {}) {
  const applies = !pass.loaded || underLoad !== undefined;
  const l = pass.loaded && underLoad !== undefined ? underLoad : limit;
  pass.budgets.push({ name, value, limit: l, unit, applies, pass: applies ? (atLeast ? value >= l : value <= l) : null });
}

// ---------------------------------------------------------------- figures
async function measureFigures(pass, browser) {
  for (const fb of figureBudgets) {
    if (onlyFigure && fb.id !== onlyFigure) continue;
    const samples = [];
    for (let r = 0; r < runs; r++) samples.push(await fb.measure(browser, base));
    const keys = Object.keys(samples[0] ?? {});
    const med = Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k]))]));
    pass.figures[fb.id] = med;
    for (const b of fb.budgets ?? []) {
      const v = med[b.metric];
      if (v === undefined) continue;
      budget(pass, `${fb.id} ${b.label}`, v, b.limit, b.unit, { atLeast: b.atLeast, underLoad: b.underLoad });
    }
  }
}

async function runPass(pass, browser) {
  const timed = ['figures', 'steps', 'memory'].some((p) => parts.has(p));
  if (timed) pass.probeMs = await measureProbe(browser, base, runs);
  if (parts.has('pages') && !pass.loaded) await measurePages(pass, browser);
  if (parts.has('figures')) await measureFigures(pass, browser);
  if (parts.has('steps') && !pass.loaded) {
    pass.stepTimes = await measureStepTimes(browser, base, runs);
    budget(pass, 'ms per Adam step, 1-64-64-1 on 256 points (wasm)', pass.stepTimes['1-64-64-1 wasm'], 1.2, 'ms');
  }
  if (parts.has('memory') && !pass.loaded) {
    pass.longRead = await measureLongRead(browser, base);
    for (const b of longReadBudgets) budget(pass, b.label, pass.longRead[b.metric], b.limit, b.unit);
  }
  if (parts.has('lighthouse')) await measureLighthouse(pass);
  // Times as multiples of the probe: comparable across machines and load.
  for (const b of pass.budgets) b.probes = b.unit === 'ms' ? b.value / pass.probeMs : null;
}

// ---------------------------------------------------------------- main
const results = { date: new Date().toISOString(), runs, compositing: compositing.length ? 'software' : 'gpu (headless default)', quiet: createPass(false), load: null };
const server = await startServer();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
try {
  await runPass(results.quiet, browser);
  if (underLoad) {
    const stopHogs = startHogs(hogCount === undefined ? undefined : Number(hogCount));
    try {
      results.load = createPass(true);
      results.load.hogs = hogCount === undefined ? 'one per core but one' : Number(hogCount);
      await runPass(results.load, browser);
    } finally {
      stopHogs();
    }
  }
} finally {
  await browser.close();
  server.kill();
}

writeFileSync('bench/results.json', JSON.stringify(results, null, 2));
const fmt = (v) => (Number.isFinite(v) ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3)) : 'n/a');
const fmtProbes = (b) => (b && Number.isFinite(b.probes) ? `${b.probes.toPrecision(3)}x` : '');
const verdict = (b) => (!b || !Number.isFinite(b.value) ? 'n/a' : b.applies ? (b.pass ? 'pass' : 'FAIL') : '-');
const { quiet, load } = results;
const loadByName = new Map((load?.budgets ?? []).map((b) => [b.name, b]));
console.log(`\nprobe (ms per 1-64-64-1 Adam step, wasm): ${fmt(quiet.probeMs)} quiet${load ? `, ${fmt(load.probeMs)} under load` : ''}`);
console.log('\nbudget'.padEnd(76) + 'quiet'.padStart(9) + 'x probe'.padStart(10) + (load ? 'load'.padStart(9) + 'x probe'.padStart(10) : '') + '  limit'.padStart(14) + '  result');
for (const b of quiet.budgets) {
  const l = loadByName.get(b.name);
  const loadCols = load ? (l ? fmt(l.value) : '').padStart(9) + fmtProbes(l).padStart(10) : '';
  const limit = l?.applies && l.limit !== b.limit ? `${b.limit} (${l.limit}) ${b.unit}` : `${b.limit} ${b.unit}`;
  console.log(b.name.padEnd(75) + fmt(b.value).padStart(9) + fmtProbes(b).padStart(10) + loadCols + `  ${limit}`.padStart(16) + `  ${verdict(b)}${load ? ` / ${verdict(l)}` : ''}`);
}
if (quiet.stepTimes) {
  console.log('\nms per full-batch Adam step on 256 points, in the worker (median):');
  for (const [k, v] of Object.entries(quiet.stepTimes)) console.log(`  ${k.padEnd(22)} ${fmt(v)}`);
}
const judged = [...quiet.budgets, ...(load?.budgets ?? [])].filter((b) => b.applies && Number.isFinite(b.value));
const failed = judged.filter((b) => !b.pass);
console.log(`\n${judged.length - failed.length} of ${judged.length} budgets pass (medians of ${runs} runs${load ? '; quiet, then under load' : ''}); details in bench/results.json`);
