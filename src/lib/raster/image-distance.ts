// The distance between two images as flattened vectors: the Euclidean norm
// ||a - b||_2 = sqrt(sum_i (a_i - b_i)^2), pixel values in [0, 1]. This is the ||I(a) - I(b)||
// of the jump plots and the modulus of continuity. maxPixelChange is the sup norm;
// changedEntries lists where two pictures differ (the marks above the cube's strip).
export function imageDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    s += d * d;
  }
  return Math.sqrt(s);
}

export function maxPixelChange(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

/** Indices of the entries where two images of equal length differ (ascending). */
export function changedEntries(a: ArrayLike<number>, b: ArrayLike<number>): Uint32Array {
  // Counted first, then filled: no growing array (this runs on every frame of a drag).
  let count = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) count++;
  const out = new Uint32Array(count);
  for (let i = 0, k = 0; k < count; i++) if (a[i] !== b[i]) out[k++] = i;
  return out;
}

/** Fraction of entries on which two label images (e.g. face-id masks) agree exactly. */
export function agreementFraction(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
