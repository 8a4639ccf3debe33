// A seeded uniform random source on [0, 1): mulberry32 (a 32-bit state, public-domain
// generator by Tommy Ettinger). Same seed, same sequence, on every platform.

export type Random = () => number;

export function seededRandom(seed: number): Random {
  let a = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for one part of a run (a layer, the data, the shuffle) derived from the run's seed. */
export function subSeed(seed: number, part: number): number {
  return (Math.imul(Math.floor(seed) + 1, 2654435761) ^ Math.imul(part + 1, 40503)) >>> 0;
}
