// The site as a hardened static host serves it: with dist/_headers applied (scripts/serve.mjs
// reads it as Netlify and Cloudflare Pages do), the Content-Security-Policy arrives as an HTTP
// header. Nothing is blocked by it (tests/e2e/quality/links.spec.ts hydrates every figure of
// every page and watches for violations), the theme script before first paint still runs,
// training still compiles its WebAssembly in the worker, and hashed assets cache for good.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { themeScriptHash } from '../../../src/scripts/theme-before-paint.mjs';
import { hydrateAll } from '../helpers';

const headersFile = readFileSync('dist/_headers', 'utf8');

test('a saved dark theme applies before first paint under the header policy', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    colorScheme: 'light',
    storageState: { cookies: [], origins: [{ origin: baseURL!, localStorage: [{ name: 'theme', value: 'dark' }] }] },
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { seen: Record<string, string>; violations: string[] };
    w.seen = {};
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    // The theme as the body starts, and the page's background at the first frame (before first paint).
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      w.seen.atBody = document.documentElement.dataset.theme ?? 'none';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
    requestAnimationFrame(() => (w.seen.firstFrame = getComputedStyle(document.body).backgroundColor));
  });
  for (const path of ['/', '/continuity/rotating-cube/']) {
    const res = await page.goto(path);
    const header = res!.headers()['content-security-policy'];
    expect(header, path).toContain(`'${themeScriptHash}'`);
    expect(header, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // The header is the page's own <meta> policy, word for word.
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(header.replace(/\s+/g, ' ').trim()).toBe(meta!.replace(/\s+/g, ' ').trim());
    await page.waitForFunction(() => 'firstFrame' in (window as unknown as { seen: object }).seen);
    const { seen, violations } = await page.evaluate(() => {
      const w = window as unknown as { seen: Record<string, string>; violations: string[] };
      return { seen: w.seen, violations: w.violations };
    });
    expect(seen, path).toEqual({ atBody: 'dark', firstFrame: 'rgb(22, 24, 27)' });
    expect(violations, path).toEqual([]);
  }
  await context.close();
});

test('training figures compile their WebAssembly in the worker under the header policy', async ({ page }) => {
  const workers: import('@playwright/test').Worker[] = [];
  page.on('worker', (w) => workers.push(w));
  await page.goto('/continuity/universal-approximation/');
  await hydrateAll(page);
  await expect.poll(() => workers.length).toBeGreaterThan(0);
  const worker = workers.find((w) => w.url().includes('worker'))!;
  const res = await page.request.get(worker.url());
  expect(res.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
  const compiled = await worker.evaluate(async () => {
    try {
      await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      return 'compiled';
    } catch (e) {
      return String(e);
    }
  });
  expect(compiled).toBe('compiled');
  await expect(page.locator('#fig-universal-approximation .figure-notice')).not.toContainText('not available here');
});

test('_headers: hashed assets cache for good, WebAssembly is typed, and every host reads every line', async ({ request }) => {
  const lines = headersFile.split('\n');
  // Cloudflare Pages reads lines of up to 2,000 characters.
  expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(2000);
  const wasm = lines.filter((l) => /^\/_astro\/.*\.wasm$/.test(l));
  expect(wasm.length).toBeGreaterThan(0);
  for (const path of wasm) {
    const res = await request.get(path);
    expect(res.headers()['content-type'], path).toBe('application/wasm');
    expect(res.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
  }
  const page = await request.get('/');
  expect(page.headers()['cache-control']).not.toContain('immutable');
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['content-security-policy']).toMatch(/^default-src 'self';/);
  // An unknown address gets the 404 page, under the same policy.
  const missing = await request.get('/no/such/page/');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-security-policy']).toBe(page.headers()['content-security-policy']);
});
