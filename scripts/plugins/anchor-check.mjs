// An Astro integration that checks the anchor contract after every build: each public id
// of tests/anchors.json exists exactly once on its section page and on the one-page
// edition, and no page anywhere has a duplicated id. A broken contract fails the build.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function idsIn(html) {
  const counts = new Map();
  // Ids of elements (not text): attribute position after a tag name or another attribute.
  for (const m of html.matchAll(/<[a-zA-Z][^<>]*?\sid="([^"]+)"/g)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return counts;
}

export function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...htmlFiles(p));
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

export function checkAnchors(distDir, manifest) {
  const problems = [];
  for (const file of htmlFiles(distDir)) {
    for (const [id, n] of idsIn(readFileSync(file, 'utf8'))) {
      if (n > 1) problems.push(`id "${id}" appears ${n} times in ${file.slice(distDir.length)}`);
    }
  }
  const onePagePath = join(distDir, 'continuity/one-page/index.html');
  const onePage = idsIn(readFileSync(onePagePath, 'utf8'));
  for (const [slug, ids] of Object.entries(manifest.ids)) {
    const pagePath = join(distDir, 'continuity', slug, 'index.html');
    let page;
    try {
      page = idsIn(readFileSync(pagePath, 'utf8'));
    } catch {
      problems.push(`section page /continuity/${slug}/ was not built`);
      continue;
    }
    for (const id of ids) {
      if (!page.has(id)) problems.push(`id "${id}" is missing from /continuity/${slug}/`);
      if (!onePage.has(id)) problems.push(`id "${id}" is missing from /continuity/one-page/`);
    }
  }
  for (const [alias, { page }] of Object.entries(manifest.aliases ?? {})) {
    const html = readFileSync(join(distDir, 'continuity', page, 'index.html'), 'utf8');
    if (!idsIn(html).has(alias)) problems.push(`alias id "${alias}" is missing from /continuity/${page}/`);
  }
  return problems;
}

export function anchorCheck() {
  return {
    name: 'continuity-anchor-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const manifestPath = fileURLToPath(new URL('../../tests/anchors.json', import.meta.url));
        const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
        const problems = checkAnchors(fileURLToPath(dir), manifest);
        if (problems.length > 0) {
          const shown = problems.slice(0, 15).join('\n  ');
          throw new Error(`The anchor contract is broken (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n  ${shown}`);
        }
        logger.info(`anchor contract holds: ${Object.values(manifest.ids).flat().length} public ids`);
      },
    },
  };
}
