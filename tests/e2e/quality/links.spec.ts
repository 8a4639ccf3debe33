// Every internal link and #id resolves; no request leaves the site's origin; the
// Content-Security-Policy is in place and nothing violates it; the HTML validates.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allPages } from '../figures-list';
import { hydrateAll } from '../helpers';

test('every internal link and #id resolves', async ({ page, request }) => {
  test.setTimeout(180_000);
  const checked = new Map<string, boolean>();
  const problems: string[] = [];
  for (const path of allPages) {
    await page.goto(path);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      const pagePath = url.pathname;
      if (!checked.has(pagePath)) {
        const res = await request.get(pagePath);
        checked.set(pagePath, res.ok());
        if (!res.ok()) problems.push(`${path}: ${pagePath} answers ${res.status()}`);
      }
      if (url.hash && checked.get(pagePath)) {
        const id = decodeURIComponent(url.hash.slice(1));
        const html = await (await request.get(pagePath)).text();
        if (!html.includes(`id="${id}"`)) problems.push(`${path}: ${pagePath}#${id} has no such id`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test('no request leaves the origin, and the CSP (meta and header) is set and never violated', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const outside: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(baseURL!) && !u.startsWith('data:') && !u.startsWith('blob:')) outside.push(u);
  });
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const path of allPages) {
    const res = await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, path).toMatch(/script-src 'self'/);
    // Served as a hardened host serves it (dist/_headers): the same policy as an HTTP header.
    expect(res!.headers()['content-security-policy']?.replace(/\s+/g, ' ').trim(), path).toBe(csp!.replace(/\s+/g, ' ').trim());
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    await hydrateAll(page).catch(() => undefined);
    await page.waitForTimeout(300);
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations, path).toEqual([]);
  }
  expect(outside).toEqual([]);
});

test('the HTML validates (Nu Html Checker)', () => {
  test.setTimeout(180_000);
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.html')) files.push(p);
    }
  };
  walk('dist');
  const jar = 'node_modules/vnu-jar/build/dist/vnu.jar';
  let out = '';
  try {
    out = execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'text', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; code?: string };
    if (err.code === 'ENOENT') throw new Error('java is not installed: apt-get install default-jre-headless (the HTML validator needs it)');
    out = `${err.stdout ?? ''}${err.stderr ?? ''}`;
  }
  // vnu's CSS checker does not know SVG 2's `vector-effect` and `paint-order` properties
  // (valid, and supported by every current browser). And Astro writes its islands' one-line
  // style (`astro-island{display:contents}`) into the body at the first island it renders; on
  // the one-page edition an island whose component awaits a build-time training is written
  // earlier in the page than that, and vnu flags the style's place (the rule still applies to
  // every island; nothing of ours is in that element).
  const messages = out
    .trim()
    .split(/\n(?=Error:|Warning:)/)
    .filter((m) => m.trim() && !/“(vector-effect|paint-order)”/.test(m) && !/The selector “astro-island” matches, or might match, an element that comes before the parent of this “style” element/.test(m));
  expect(messages.slice(0, 20)).toEqual([]);
});
