// Build step: regl (the pinned @plotly/regl dist) hashes each procedure it generates with a
// bundled plain-JavaScript SHA-256, the largest part of the main-thread task that creates a
// regl view. This rewrites that one function to call the hasher the site installs
// (src/figures/shared/regl-hash.ts, @noble/hashes) when there is one, and its own code
// otherwise. The digest is the same, so the precompiled table is unchanged. If the
// function is not found (another regl build), the build stops and says so.

const REGL = /\/node_modules\/@plotly\/regl\/dist\/regl\.unchecked\.js$/;
const ORIGINAL = 'function hex_sha256(s)    { return rstr2hex(rstr_sha256(str2rstr_utf8(s))); }';
// Must match REGL_HASH_HOOK in src/figures/shared/regl-hash.ts (a unit test checks).
export const REGL_HASH_HOOK = 'continuity.regl.sha256Hex';
const REPLACEMENT =
  'function hex_sha256(s) { var f = typeof Symbol === "function" && globalThis[Symbol.for(' +
  JSON.stringify(REGL_HASH_HOOK) +
  ')]; return f ? f(s) : rstr2hex(rstr_sha256(str2rstr_utf8(s))); }';

/** The regl dist with its SHA-256 routed through the hook; throws if the function is missing. */
export function patchReglHash(code) {
  const at = code.indexOf(ORIGINAL);
  if (at < 0 || code.indexOf(ORIGINAL, at + 1) >= 0) throw new Error('regl-fast-hash: hex_sha256 not found once in @plotly/regl; update scripts/plugins/regl-fast-hash.mjs for this version');
  return code.replace(ORIGINAL, REPLACEMENT);
}

/** @returns {import('vite').Plugin} */
export function reglFastHash() {
  return {
    name: 'continuity:regl-fast-hash',
    enforce: 'pre',
    transform(code, id) {
      if (!REGL.test(id.split('?')[0])) return null;
      return { code: patchReglHash(code), map: null };
    },
  };
}
