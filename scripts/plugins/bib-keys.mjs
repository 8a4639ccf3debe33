// Reads the citation keys of content/references.bib, for build-time checks (the
// bibliography itself is formatted by citation-js in src/lib/content/bibliography.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const bibPath = fileURLToPath(new URL('../../content/references.bib', import.meta.url));

export function readBibKeys(path = bibPath) {
  const text = readFileSync(path, 'utf8');
  return new Set([...text.matchAll(/^@\w+\s*\{\s*([^,\s]+)\s*,/gm)].map((m) => m[1]));
}
