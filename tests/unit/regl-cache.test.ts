// regl under the site's Content-Security-Policy: the precompiled table holds exactly the code
// regl asks for, and a lookup it lacks throws a named error instead of letting regl fall
// through to Function() (which the policy refuses).
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ReglCacheMiss, strictReglCache, type ReglCodeTable } from '@/figures/shared/regl-cache';
import table from '@/figures/shared/regl-precompiled';
import { REGL_HASH_HOOK, sha256Hex } from '@/figures/shared/regl-hash';
import { REGL_HASH_HOOK as BUILD_HOOK, patchReglHash } from '../../scripts/plugins/regl-fast-hash.mjs';

const KEY = 'a'.repeat(64);

describe('strict regl cache', () => {
  const f = () => 'compiled';
  const cache = strictReglCache({ [KEY]: f } as ReglCodeTable);

  test('a key it holds gives its function', () => {
    expect(cache[KEY]).toBe(f);
  });

  test('a code key it lacks throws ReglCacheMiss naming the key', () => {
    const missing = 'b'.repeat(64);
    expect(() => cache[missing]).toThrow(ReglCacheMiss);
    try {
      void cache[missing];
    } catch (e) {
      expect((e as ReglCacheMiss).key).toBe(missing);
      expect((e as Error).name).toBe('ReglCacheMiss');
    }
  });

  test('other reads (not a SHA-256 key) behave as on a plain object', () => {
    expect(cache['toString' as string]).toBe(Object.prototype.toString);
    expect((cache as Record<string, unknown>)['not-a-key']).toBeUndefined();
    expect(Object.keys(cache)).toEqual([KEY]);
  });
});

describe('the generated table (src/figures/shared/regl-precompiled.ts)', () => {
  const source = readFileSync('src/figures/shared/regl-precompiled.ts', 'utf8');
  // Each entry as the generator writes it: 'key': function anonymous(args\n) {\nbody\n},
  const entries = [...source.matchAll(/^ {2}'([0-9a-f]{64})': function anonymous\(([^)]*)\n\) \{\n([\s\S]*?)\n\},$/gm)];

  test('holds regl\'s own procedures and the cube scene\'s command', () => {
    expect(Object.keys(table).length).toBe(entries.length);
    expect(entries.length).toBeGreaterThanOrEqual(4);
    for (const key of Object.keys(table)) expect(typeof table[key]).toBe('function');
  });

  test('every key is the SHA-256 of its code, as regl computes it (nothing edited by hand)', () => {
    for (const [, key, , body] of entries) expect(createHash('sha256').update(body!, 'utf8').digest('hex')).toBe(key);
  });

  test('the fast hash regl is built with gives the same keys', () => {
    for (const [, key, , body] of entries) expect(sha256Hex(body!)).toBe(key);
    expect(sha256Hex('é ∀ 𝑥')).toBe(createHash('sha256').update('é ∀ 𝑥', 'utf8').digest('hex'));
  });

  test('pins the @plotly/regl version it was generated for', () => {
    const pinned = JSON.parse(readFileSync('package.json', 'utf8')).dependencies['@plotly/regl'];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(source).toContain(`for @plotly/regl ${pinned}:`);
  });
});

describe('the build step that gives regl the fast hash (scripts/plugins/regl-fast-hash.mjs)', () => {
  const dist = readFileSync('node_modules/@plotly/regl/dist/regl.unchecked.js', 'utf8');

  test('finds regl\'s hash function exactly once and routes it through the hook the site installs', () => {
    const patched = patchReglHash(dist);
    expect(patched).not.toBe(dist);
    expect(patched).toContain(`Symbol.for(${JSON.stringify(REGL_HASH_HOOK)})`);
    expect(BUILD_HOOK).toBe(REGL_HASH_HOOK);
    // Every other line of regl is untouched.
    expect(patched.length - dist.length).toBeLessThan(200);
  });

  test('another regl build stops the build with a clear message', () => {
    expect(() => patchReglHash(dist.replace('function hex_sha256', 'function other_sha256'))).toThrow(/hex_sha256 not found/);
  });
});
