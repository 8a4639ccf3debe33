// Serves the built site (dist/) on localhost: the same files any static host would serve,
// compressed as any static host compresses them (brotli or gzip, by Accept-Encoding), so
// what the benchmark and Lighthouse measure here is what a reader downloads, and with the
// HTTP headers of dist/_headers (the file Netlify and Cloudflare Pages read: the
// Content-Security-Policy, caching, types), matched by Netlify's own parser.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
import { createServer } from 'node:http';
import { parseAllHeaders } from '@netlify/headers-parser';
import { createReadStream, statSync, existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const root = resolve(opt('dir', 'dist'));
const port = Number(opt('port', process.env.PORT ?? 4321));
const host = opt('host', '127.0.0.1');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

// Text-like files are worth compressing; images and fonts are compressed already.
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.wasm', '.txt', '.xml']);
// Compressed bodies, kept per file, encoding and modification time. Brotli's best quality
// (11) costs ~1 s for a 500 KB script chunk, paid on the first request to a cold server
// (every test run starts one, as a figure's chunks load): pages and files under 100 KB get
// quality 11 (the 670 KB one-page edition: 87 KB, once ~0.6 s), larger scripts and the wasm
// quality 6 (~10 ms, a few percent larger).
const compressed = new Map();
function compressedBody(path, encoding, mtimeMs) {
  const key = `${encoding} ${path}`;
  const hit = compressed.get(key);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const raw = readFileSync(path);
  const body =
    encoding === 'br'
      ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: raw.length > 100_000 && extname(path) !== '.html' ? 6 : 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : gzipSync(raw, { level: 9 });
  compressed.set(key, { mtimeMs, body });
  return body;
}

function encodingFor(req, path) {
  if (!compressible.has(extname(path))) return undefined;
  const accepted = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return undefined;
}

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}

// Host rules from dist/_headers. Where several rules match a path, their headers add up, and
// one header set by two rules is joined with ", ", as Netlify and Cloudflare Pages do.
const { headers: hostRules, errors } = await parseAllHeaders({ headersFiles: [join(root, '_headers')], configHeaders: [], minimal: false });
if (errors.length) {
  console.error(`dist/_headers: ${errors[0].message.split('\n').join(' ')}`);
  process.exit(1);
}
function hostHeadersFor(urlPath) {
  const out = {};
  for (const rule of hostRules) {
    if (!rule.forRegExp.test(urlPath)) continue;
    for (const [header, value] of Object.entries(rule.values)) {
      const name = header.toLowerCase();
      out[name] = out[name] ? `${out[name]}, ${value}` : value;
    }
  }
  return out;
}

function fileFor(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let p = join(root, clean);
  if (!p.startsWith(root)) return undefined;
  try {
    if (statSync(p).isDirectory()) p = join(p, 'index.html');
    statSync(p);
    return p;
  } catch {
    return undefined;
  }
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // Directory URLs without the trailing slash redirect, as static hosts do.
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && fileFor(url.pathname + '/')) {
    res.writeHead(301, { Location: url.pathname + '/' + url.search });
    res.end();
    return;
  }
  const file = fileFor(url.pathname);
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  const headers = {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    ...hostHeadersFor(url.pathname),
    vary: 'Accept-Encoding',
  };
  const encoding = encodingFor(req, path);
  if (!encoding) {
    res.writeHead(status, headers);
    createReadStream(path).pipe(res);
    return;
  }
  const body = compressedBody(path, encoding, statSync(path).mtimeMs);
  res.writeHead(status, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(port, host, () => {
  console.log(`Continuity is being served at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/  (Ctrl+C to stop)`);
});
