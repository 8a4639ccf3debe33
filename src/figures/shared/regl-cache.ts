// regl under a Content-Security-Policy without 'unsafe-eval'. regl writes JavaScript for each
// command it creates and compiles it with Function(), which the policy refuses. The
// @plotly/regl build (regl 2.1 with stable code generation, regl PR #637) first looks the
// generated source up, by its SHA-256, in a `cachedCode` table; scripts/regl-codegen.mjs fills
// that table ahead of time (./regl-precompiled.ts, real functions the policy allows).
//
// A plain object as the table lets a miss fall through to Function(): a violation the page
// never sees, and a view that silently fails. strictReglCache throws ReglCacheMiss instead,
// so the figure keeps its static picture and says why.
import createREGL from '@plotly/regl';
import type { Regl } from '@plotly/regl';
import { installReglHash } from './regl-hash';

installReglHash();

/** Generated command code by the SHA-256 (64 hex digits) of its source; each function takes regl's linked values. */
export type ReglCodeTable = Record<string, (...linked: unknown[]) => unknown>;

/** A regl command whose generated code is not in the precompiled table: run `npm run regl-codegen`. */
export class ReglCacheMiss extends Error {
  override name = 'ReglCacheMiss';
  constructor(readonly key: string) {
    super(`regl command ${key.slice(0, 12)}… is not precompiled (run npm run regl-codegen and commit)`);
  }
}

const CODE_KEY = /^[0-9a-f]{64}$/;

/**
 * The table as regl's cache: a lookup of a key it does not hold throws ReglCacheMiss rather
 * than returning undefined (which would make regl call Function()). Other property reads
 * (a debugger's, a symbol) behave as on the plain table.
 */
export function strictReglCache(table: ReglCodeTable): ReglCodeTable {
  return new Proxy(table, {
    get(target, key, receiver) {
      if (typeof key === 'string' && CODE_KEY.test(key) && !Object.hasOwn(target, key)) throw new ReglCacheMiss(key);
      return Reflect.get(target, key, receiver);
    },
  });
}

/**
 * regl on an existing WebGL context with the given code table. The one place regl's options
 * are set: the generated code depends on them, so the figures and the code generator
 * (scripts/regl-codegen.mjs, which passes an empty table that regl fills) both create regl
 * here. No extensions are requested, so the code is the same on every device.
 * @throws ReglCacheMiss when `cachedCode` is strict and lacks regl's own procedures.
 */
export function createFigureRegl(gl: WebGLRenderingContext, cachedCode: ReglCodeTable): Regl {
  // cachedCode is an option of @plotly/regl that its type declarations do not list.
  const options = { gl, cachedCode, extensions: [], optionalExtensions: [], profile: false };
  return createREGL(options as Parameters<typeof createREGL>[0]);
}
