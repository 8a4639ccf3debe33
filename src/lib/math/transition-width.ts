// The width of a fit's transition across a rising step: x_hi - x_lo, where x_lo is the
// largest grid point up to which the fit stays at or below `low` (0.1) and x_hi the smallest
// from which it stays at or above `high` (0.9) — the x-range over which it climbs from 10%
// to 90% of the jump. Infinity when the fit never gets that low or that high.

export function transitionWidth(xs: ArrayLike<number>, fit: ArrayLike<number>, low = 0.1, high = 0.9): number {
  const n = xs.length;
  let lo = -1;
  while (lo + 1 < n && fit[lo + 1] <= low) lo++;
  let hi = n;
  while (hi - 1 >= 0 && fit[hi - 1] >= high) hi--;
  if (lo < 0 || hi >= n) return Number.POSITIVE_INFINITY;
  return Math.max(0, xs[hi] - xs[lo]);
}
