// Is a path of in-between pictures more like a cross-fade or more like a motion? For each
// in-between frame P_k (k = 1..K) of the path:
//   dFade_k   = min over t in [0, 1] of rms(P_k - ((1 - t) A + t B))   (exact: project onto the segment AB)
//   dMotion_k = min over j of rms(P_k - M_j)                            (M_j: a dense sample of the true motion A -> B)
// with rms(x) = sqrt(mean of x_i^2) over the pixels. fadeDistance and motionDistance are the
// means over k; fadeLikeness = motionDistance / (fadeDistance + motionDistance) and
// motionLikeness = 1 - fadeLikeness. A path that is exactly the cross-fade scores fadeLikeness
// 1, the exact motion scores motionLikeness 1; a path far from both scores near 1/2 each, and
// the two distances then say how far. Undefined (NaN) when both distances are 0 (A = B).

export interface PathLikeness {
  fadeDistance: number;
  motionDistance: number;
  fadeLikeness: number;
  motionLikeness: number;
}

type Image = ArrayLike<number>;

/** Root-mean-square pixel difference between two images of the same size. */
export function rmsDistance(a: Image, b: Image): number {
  if (a.length !== b.length) throw new Error('rmsDistance: images differ in size');
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - b[i];
    s += d * d;
  }
  return Math.sqrt(s / a.length);
}

/** Distance from `p` to the nearest cross-fade (1 - t) a + t b, t in [0, 1]. */
export function distanceToCrossFade(p: Image, a: Image, b: Image): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < p.length; i++) {
    const ab = b[i] - a[i];
    num += (p[i] - a[i]) * ab;
    den += ab * ab;
  }
  const t = den > 0 ? Math.min(1, Math.max(0, num / den)) : 0;
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const d = p[i] - (a[i] + t * (b[i] - a[i]));
    s += d * d;
  }
  return Math.sqrt(s / p.length);
}

/** Distance from `p` to the nearest of the sampled true frames. */
export function distanceToMotion(p: Image, motion: readonly Image[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const m of motion) best = Math.min(best, rmsDistance(p, m));
  return best;
}

/**
 * @param path the in-between frames to judge (endpoints excluded)
 * @param start the first picture A, @param end the last picture B
 * @param motion a dense sample of the true motion from A to B (endpoints included)
 */
export function pathLikeness(path: readonly Image[], start: Image, end: Image, motion: readonly Image[]): PathLikeness {
  if (path.length === 0) throw new Error('pathLikeness: empty path');
  let fade = 0;
  let move = 0;
  for (const p of path) {
    fade += distanceToCrossFade(p, start, end);
    move += distanceToMotion(p, motion);
  }
  const fadeDistance = fade / path.length;
  const motionDistance = move / path.length;
  const total = fadeDistance + motionDistance;
  const fadeLikeness = total > 0 ? motionDistance / total : Number.NaN;
  return { fadeDistance, motionDistance, fadeLikeness, motionLikeness: total > 0 ? 1 - fadeLikeness : Number.NaN };
}
