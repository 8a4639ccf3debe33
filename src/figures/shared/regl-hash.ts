// The SHA-256 that regl computes of every procedure it generates, to look it up in the
// precompiled table (regl-cache.ts), done by @noble/hashes instead of the plain-JavaScript
// implementation bundled in regl, which took about 40% of the task that creates regl
// (20-30 ms of it on the 2-core machine). The result is the same hex digest; the build
// (scripts/plugins/regl-fast-hash.mjs) makes regl call this through REGL_HASH_HOOK, and
// regl falls back to its own code where the hook is not installed (the code generator).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The global key under which regl (as built) finds the hasher. */
export const REGL_HASH_HOOK = 'continuity.regl.sha256Hex';

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text` (64 characters). */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Lets the built regl hash with sha256Hex; idempotent. */
export function installReglHash(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(REGL_HASH_HOOK)] = sha256Hex;
}
