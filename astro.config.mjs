// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { remarkCheckCitations } from './scripts/plugins/remark-check-citations.mjs';
import { rehypeEssayNotes } from './scripts/plugins/rehype-essay-notes.mjs';
import { katexOptions, rehypeMathsOnce } from './scripts/plugins/rehype-maths-once.mjs';
import { remarkHandIds } from './scripts/plugins/remark-hand-ids.mjs';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { anchorCheck } from './scripts/plugins/anchor-check.mjs';
import { reglFastHash } from './scripts/plugins/regl-fast-hash.mjs';
import { hostHeaders } from './scripts/plugins/host-headers.mjs';
import { linkPreviews } from './scripts/plugins/link-previews.mjs';
import { themeScriptHash } from './src/scripts/theme-before-paint.mjs';
import { citationDirective } from './scripts/plugins/citation-directive.mjs';
import { aheadDirective } from './scripts/plugins/ahead-directive.mjs';

// The public origin; canonical URLs, Open Graph and citation meta tags are built from it.
const site = process.env.SITE_URL ?? 'https://continuity.example.org';

// Heading anchor links: a link named "Link to this section" whose visible '#' is drawn by CSS
// (.anchor-link::before), so that text browsers, reader modes and the search index, which
// read text and not styles, do not read "#Link to this section" after every heading.
const autolink = {
  behavior: 'append',
  test: (/** @type {{ properties?: { id?: unknown } }} */ el) => !String(el.properties?.id ?? '').startsWith('notes-label'),
  properties: { className: ['anchor-link'], ariaLabel: 'Link to this section' },
  content: () => [],
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Project-local caches keep parallel worktrees (sharing one node_modules) from colliding.
  cacheDir: './.cache/astro',
  // Styles inline: one round trip less before first paint (no render-blocking stylesheet).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Content-Security-Policy (a <meta> on every page, and the same policy as an HTTP header
  // in _headers: see scripts/plugins/host-headers.mjs): scripts only from this site, by hash
  // for Astro's inline ones and our theme script before first paint; 'wasm-unsafe-eval' lets
  // TensorFlow.js compile its WebAssembly. Inline style attributes (KaTeX, figure layout) need
  // 'unsafe-inline' for styles only.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeScriptHash] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  markdown: {
    processor: unified({
      // Ids are written by hand ({#id}); never derived from heading text.
      remarkPlugins: [remarkMath, remarkHandIds, remarkCheckCitations],
      rehypePlugins: [[rehypeKatex, katexOptions], rehypeMathsOnce, rehypeEssayNotes, [rehypeAutolinkHeadings, autolink]],
      remarkRehype: { footnoteLabel: 'Notes', footnoteBackLabel: (/** @type {number} */ n) => `Back to note ${n + 1} in the text` },
    }),
  },
  // The anchor check is skipped only for quick local builds of a single figure (ANCHOR_CHECK=0).
  integrations: [mdx(), svelte(), hostHeaders(), linkPreviews(), citationDirective(), aheadDirective(), ...(process.env.ANCHOR_CHECK === '0' ? [] : [anchorCheck()])],
  vite: {
    cacheDir: './.cache/vite',
    // regl hashes its generated code with a fast SHA-256 (see the plugin).
    plugins: [reglFastHash()],
    worker: { format: 'es' },
    optimizeDeps: { exclude: ['@tensorflow/tfjs-backend-wasm'] },
  },
});
