// The modulus of continuity of a one-parameter family of images I(t) on [t0, t1]:
//   w(delta) = max over a, b in [t0, t1] with |a - b| <= delta of ||I(a) - I(b)||,
// by default in the sup norm ||x|| = max_i |x_i| (the largest change of any one pixel).
// A function is (uniformly) continuous exactly when w(delta) -> 0 as delta -> 0.
// Computed as the larger of two parts:
//  - continuous part: max over a grid of ||I(t + delta) - I(t)||, refined by golden-section
//    search around the best grid points (this is the whole answer for area-averaged pixels,
//    whose change is Lipschitz in t: w(delta) ~ L delta);
//  - jump part: where the images are piecewise constant between events (a projected edge
//    crossing a pixel centre for point sampling, a grey value crossing a quantisation
//    threshold for 8-bit pixels), `labels(t)` gives a discrete label per pixel. A scan over
//    the grid finds pixels whose label changes, the biggest such changes are located by
//    bisection to within `tolerance`, and ||I(e + delta/2) - I(e - delta/2)|| is measured
//    across each located event e. However small delta, that difference stays a full jump.
// Generic: the rigid-transforms figure can pass its own image function of t.
import { maxPixelChange } from '../raster/image-distance';
import type { ImageNorm, ImageOf } from './jump-profile';

export interface ImagePath {
  /** The image at parameter t, in the pixel mode under study. */
  image: ImageOf;
  /**
   * Discrete per-pixel labels whose changes mark the jumps (face id under point sampling,
   * the quantised level for 8-bit). Leave out for a continuous family.
   */
  labels?: ImageOf;
}

export interface ModulusOptions {
  t0: number;
  t1: number;
  /** The step sizes delta at which w is wanted (same unit as t). */
  deltas: readonly number[];
  /** Grid points for the label scan (default 180). */
  scanSamples?: number;
  /** Grid points for the continuous part (default 45). */
  gridSamples?: number;
  /** Events located by bisection (default 6). */
  candidates?: number;
  /** Bisection stops when the bracket is this narrow (default 1e-10). */
  tolerance?: number;
  /** Golden-section iterations when refining the continuous part (default 10). */
  refineIterations?: number;
  /** The norm of an image difference (default: sup norm, maxPixelChange). */
  distance?: ImageNorm;
}

export interface LocatedJump {
  /** Where the label of `pixel` changes, to within `width`. */
  t: number;
  width: number;
  pixel: number;
}

export interface ModulusResult {
  deltas: number[];
  w: number[];
  /** The continuous part alone (grid + refinement). */
  gridPart: number[];
  /** The jump part alone (0 where there are no labels or events). */
  jumpPart: number[];
  jumps: LocatedJump[];
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;

export function* modulusOfContinuitySteps(path: ImagePath, opt: ModulusOptions): Generator<string, ModulusResult> {
  const { t0, t1, deltas } = opt;
  const scanSamples = opt.scanSamples ?? 180;
  const gridSamples = opt.gridSamples ?? 45;
  const K = opt.candidates ?? 6;
  const tol = opt.tolerance ?? 1e-10;
  const refineIterations = opt.refineIterations ?? 10;
  const imageDistance = opt.distance ?? maxPixelChange;
  const gap = (t: number, d: number) => imageDistance(path.image(t + d), path.image(t));

  // Continuous part: coarse grid, then golden-section search around the best two points.
  const gridPart: number[] = [];
  const hGrid = (t1 - t0) / gridSamples;
  const base: ArrayLike<number>[] = [];
  for (let i = 0; i < gridSamples; i++) {
    base.push(path.image(t0 + i * hGrid));
    yield 'grid';
  }
  for (const d of deltas) {
    const scores: { t: number; v: number }[] = [];
    for (let i = 0; i < gridSamples; i++) {
      const t = t0 + i * hGrid;
      scores.push({ t, v: imageDistance(path.image(t + d), base[i]!) });
      yield 'grid';
    }
    scores.sort((a, b) => b.v - a.v);
    let best = scores[0]?.v ?? 0;
    for (const s of scores.slice(0, 2)) {
      let a = Math.max(t0, s.t - hGrid);
      let b = Math.min(t1 - d, s.t + hGrid);
      if (!(b > a)) continue;
      let x1 = b - GOLDEN * (b - a);
      let x2 = a + GOLDEN * (b - a);
      let f1 = gap(x1, d);
      let f2 = gap(x2, d);
      for (let k = 0; k < refineIterations; k++) {
        if (f1 > f2) {
          b = x2; x2 = x1; f2 = f1; x1 = b - GOLDEN * (b - a); f1 = gap(x1, d);
        } else {
          a = x1; x1 = x2; f1 = f2; x2 = a + GOLDEN * (b - a); f2 = gap(x2, d);
        }
        yield 'refine';
      }
      best = Math.max(best, f1, f2);
    }
    gridPart.push(best);
  }

  // Jump part: scan labels, pick the largest label changes, bisect each to its event.
  const jumps: LocatedJump[] = [];
  const jumpPart = deltas.map(() => 0);
  if (path.labels) {
    const h = (t1 - t0) / scanSamples;
    type Cand = { i: number; pixel: number; score: number; from: number };
    const cands: Cand[] = [];
    let prevL = Array.from(path.labels(t0));
    let prevI = path.image(t0);
    for (let i = 0; i < scanSamples; i++) {
      const t = t0 + (i + 1) * h;
      const I = path.image(t);
      // When the labels are the image itself (8-bit levels), do not compute it twice.
      const L = path.labels === path.image ? Array.from(I) : Array.from(path.labels(t));
      let bestPixel = -1, bestScore = -1;
      const ch = Math.max(1, Math.round(I.length / L.length));
      for (let p = 0; p < L.length; p++) {
        if (L[p] === prevL[p]) continue;
        let score = 0;
        for (let c = 0; c < ch; c++) score += Math.abs(I[p * ch + c]! - prevI[p * ch + c]!);
        if (score > bestScore) { bestScore = score; bestPixel = p; }
      }
      if (bestPixel >= 0) cands.push({ i, pixel: bestPixel, score: bestScore, from: prevL[bestPixel]! });
      prevL = L;
      prevI = I;
      yield 'scan';
    }
    cands.sort((a, b) => b.score - a.score);
    for (const c of cands.slice(0, K)) {
      let lo = t0 + c.i * h;
      let hi = lo + h;
      while (hi - lo > tol) {
        const mid = (lo + hi) / 2;
        if (mid <= lo || mid >= hi) break;
        if (path.labels(mid)[c.pixel] === c.from) lo = mid;
        else hi = mid;
        yield 'bisect';
      }
      jumps.push({ t: (lo + hi) / 2, width: hi - lo, pixel: c.pixel });
    }
    for (let k = 0; k < deltas.length; k++) {
      const d = deltas[k]!;
      for (const j of jumps) {
        if (d < j.width) continue;
        jumpPart[k] = Math.max(jumpPart[k]!, imageDistance(path.image(j.t + d / 2), path.image(j.t - d / 2)));
        yield 'jumps';
      }
    }
  }
  return {
    deltas: [...deltas],
    w: deltas.map((_, k) => Math.max(gridPart[k]!, jumpPart[k]!)),
    gridPart,
    jumpPart,
    jumps,
  };
}

export function modulusOfContinuity(path: ImagePath, opt: ModulusOptions): ModulusResult {
  const gen = modulusOfContinuitySteps(path, opt);
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
  }
}
