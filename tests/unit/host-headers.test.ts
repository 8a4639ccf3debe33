// The build turns the pages' <meta> Content-Security-Policy into one _headers rule, and stops
// with one line when the pages disagree (a single header could not stand for them all).
import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedRules, metaPolicy, sitePolicy } from '../../scripts/plugins/host-headers.mjs';

const page = (policy: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"><title>t</title></head><body></body></html>`;

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'continuity-headers-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('host headers', () => {
  test('reads the policy of a page, with entities decoded', () => {
    expect(metaPolicy(page("default-src 'self'; script-src 'self' 'sha256-abc='"))).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
    expect(metaPolicy(page('default-src &#39;self&#39;'))).toBe("default-src 'self'");
    expect(metaPolicy('<html><head></head></html>')).toBeUndefined();
  });

  test('one policy for the whole site becomes one rule; WebAssembly files get their type by exact path', () => {
    const dir = site({
      'index.html': page("default-src 'self'"),
      'a/index.html': page("default-src 'self'"),
      '_astro/m-AbC123.wasm': '\0asm',
    });
    expect(sitePolicy(dir)).toBe("default-src 'self'");
    const rules = generatedRules(dir);
    expect(rules).toContain("/*\n  Content-Security-Policy: default-src 'self'\n");
    expect(rules).toContain('/_astro/m-AbC123.wasm\n  Content-Type: application/wasm\n');
  });

  test('pages that disagree, or a page without a policy, stop the build with one line', () => {
    const differ = site({ 'index.html': page("default-src 'self'"), 'b/index.html': page("default-src 'none'") });
    expect(() => sitePolicy(differ)).toThrow(/^host-headers: (b\/)?index\.html has another Content-Security-Policy than (b\/)?index\.html$/);
    const missing = site({ 'index.html': page("default-src 'self'"), 'c/index.html': '<html><head></head></html>' });
    expect(() => sitePolicy(missing)).toThrow(/^host-headers: c\/index\.html has no Content-Security-Policy <meta>$/);
  });
});
