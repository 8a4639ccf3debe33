// Precompiles the site's regl commands (npm run regl-codegen). regl writes JavaScript for
// every command and compiles it with Function(), which the site's Content-Security-Policy
// forbids; the @plotly/regl build looks that code up in a table first. This script runs
// every regl scene of the site (src/**/*.regl.ts) in headless Chromium on a page without the
// policy, records the code regl generates, and writes it as real functions into
// src/figures/shared/regl-precompiled.ts, which the figures hand to regl (see
// src/figures/shared/regl-cache.ts). As plotly.js does for its strict bundle.
//
//   npm run regl-codegen              regenerate the table (commit it)
//   npm run regl-codegen -- --check   exit 1 if the committed table is stale
//
// The scenes run twice, on differently configured contexts (anti-aliasing, pixel ratio,
// size); the code must not depend on them, or a reader's device would miss the table.
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumExecutable } from '../tests/e2e/browser.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'src/figures/shared/regl-precompiled.ts';
const check = process.argv.includes('--check');

const reglPackage = JSON.parse(readFileSync(join(root, 'node_modules/@plotly/regl/package.json'), 'utf8'));
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies['@plotly/regl'];
if (pinned !== reglPackage.version) {
  console.error(`regl-codegen: package.json pins @plotly/regl ${pinned} but ${reglPackage.version} is installed: run npm ci.`);
  process.exit(1);
}

const scenes = globSync('src/**/*.regl.ts', { cwd: root }).sort();
if (scenes.length === 0) {
  console.error('regl-codegen: no regl scenes (src/**/*.regl.ts) found.');
  process.exit(1);
}

// The page's script: the figures' own regl setup (createFigureRegl) and scene modules, so
// the code recorded is exactly the code the figures generate.
const entry = `
import { createFigureRegl } from './src/figures/shared/regl-cache.ts';
${scenes.map((s, i) => `import scene${i} from './${s}';`).join('\n')}
const scenes = [${scenes.map((s, i) => `[${JSON.stringify(s)}, scene${i}]`).join(', ')}];
window.reglCodegen = (attributes, size) => {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  document.body.append(canvas);
  const gl = canvas.getContext('webgl', attributes);
  if (!gl) throw new Error('no WebGL context');
  const table = {};
  const regl = createFigureRegl(gl, table);
  const groups = [['regl itself', Object.keys(table)]];
  for (const [name, createScene] of scenes) {
    const before = new Set(Object.keys(table));
    const scene = createScene(regl);
    scene.draw();
    scene.dispose?.();
    groups.push([name, Object.keys(table).filter((k) => !before.has(k))]);
  }
  const code = Object.fromEntries(Object.entries(table).map(([k, f]) => [k, f.toString()]));
  regl.destroy();
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  canvas.remove();
  return { code, groups };
};`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: root, sourcefile: 'regl-codegen-entry.js', loader: 'js' },
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'silent',
});

const devices = [
  { attributes: { antialias: true, alpha: true }, size: 300, deviceScaleFactor: 1 },
  { attributes: { antialias: false, alpha: false, depth: true }, size: 128, deviceScaleFactor: 2 },
];
const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const runs = [];
try {
  for (const d of devices) {
    const context = await browser.newContext({ deviceScaleFactor: d.deviceScaleFactor });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // No Content-Security-Policy here: regl may compile with Function(), and we record what it compiles.
    await page.setContent('<!doctype html><meta charset="utf-8"><body></body>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    runs.push(await page.evaluate(([a, s]) => window.reglCodegen(a, s), [d.attributes, d.size]));
    if (errors.length) throw new Error(errors[0]);
    await context.close();
  }
} finally {
  await browser.close();
}

const [first, ...others] = runs;
for (const other of others) {
  if (JSON.stringify(other.code) !== JSON.stringify(first.code)) {
    console.error('regl-codegen: regl generated different code on differently configured contexts; a reader\'s device could miss the table.');
    process.exit(1);
  }
}

const quote = (s) => `'${s}'`;
const lines = [
  `// Generated by scripts/regl-codegen.mjs for @plotly/regl ${reglPackage.version}: the code regl`,
  '// generates for every command of the regl scenes below, as real functions, because the',
  "// site's Content-Security-Policy forbids compiling it at run time. Do not edit: change a",
  '// scene, run `npm run regl-codegen`, and commit this file (CI runs it with --check).',
  ...first.groups.map(([name, keys]) => `//   ${name}: ${keys.length} procedure${keys.length === 1 ? '' : 's'}`),
  '// @ts-nocheck',
  "import type { ReglCodeTable } from './regl-cache';",
  '',
  'const table: ReglCodeTable = {',
];
for (const [name, keys] of first.groups) {
  lines.push(`  // ${name}`);
  for (const key of [...keys].sort()) lines.push(`  ${quote(key)}: ${first.code[key]},`);
}
lines.push('};', '', 'export default table;', '');
const text = lines.join('\n');

const path = join(root, OUT);
const relativeOut = relative(process.cwd(), path) || OUT;
if (check) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current !== text) {
    console.error(`regl-codegen: ${relativeOut} is stale (a regl scene or @plotly/regl changed): run npm run regl-codegen and commit it.`);
    process.exit(1);
  }
  console.log(`regl-codegen: ${relativeOut} is up to date (${Object.keys(first.code).length} procedures).`);
} else {
  writeFileSync(path, text);
  console.log(`regl-codegen: wrote ${relativeOut} (${Object.keys(first.code).length} procedures from ${scenes.length} scene${scenes.length === 1 ? '' : 's'}).`);
}
