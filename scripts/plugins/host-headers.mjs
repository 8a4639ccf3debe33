// An Astro integration that finishes dist/_headers, the HTTP headers file that Netlify and
// Cloudflare Pages read (and `npm start` serves: scripts/serve.mjs). public/_headers, copied
// by Astro, holds the rules written by hand; this appends the two that only the build knows:
// - the Content-Security-Policy as a header, the very policy Astro writes into every page's
//   <meta> (configured in astro.config.mjs). Every inline script is hashed in it, so the
//   header is safe: nothing that runs before the <meta> is left out;
// - `Content-Type: application/wasm` for each WebAssembly file, by its hashed name (hosts
//   differ on wildcards inside a path segment; exact paths mean the same everywhere).
import { appendFileSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './anchor-check.mjs';

/** The policy of a built page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaPolicy(html) {
  const tag = /<meta\b[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = tag && /\bcontent="([^"]*)"/.exec(tag)?.[1];
  return content?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&').replace(/\s+/g, ' ').trim();
}

/**
 * The one policy of all built pages.
 * @throws with one line naming a page when a page has no policy or a different one (a single
 *   header cannot then stand for all pages).
 */
export function sitePolicy(distDir) {
  let policy;
  let first;
  for (const file of htmlFiles(distDir)) {
    const p = metaPolicy(readFileSync(file, 'utf8'));
    const page = relative(distDir, file);
    if (!p) throw new Error(`host-headers: ${page} has no Content-Security-Policy <meta>`);
    if (policy === undefined) [policy, first] = [p, page];
    else if (p !== policy) throw new Error(`host-headers: ${page} has another Content-Security-Policy than ${first}`);
  }
  if (!policy) throw new Error(`host-headers: no built pages in ${distDir}`);
  return policy;
}

function filesEndingIn(dir, ext) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesEndingIn(p, ext) : n.endsWith(ext) ? [p] : [];
  });
}

/** The rules to append to _headers, as its text. */
export function generatedRules(distDir) {
  const wasm = filesEndingIn(distDir, '.wasm').map((f) => `/${relative(distDir, f).split(sep).join('/')}`);
  return [
    '',
    '# Appended by the build (scripts/plugins/host-headers.mjs).',
    ...wasm.sort().flatMap((path) => [path, '  Content-Type: application/wasm']),
    '/*',
    `  Content-Security-Policy: ${sitePolicy(distDir)}`,
    '',
  ].join('\n');
}

export function hostHeaders() {
  return {
    name: 'continuity-host-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        appendFileSync(join(distDir, '_headers'), generatedRules(distDir));
        logger.info('_headers: the Content-Security-Policy of every page, and the type of the WebAssembly files');
      },
    },
  };
}
