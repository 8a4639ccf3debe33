// Which jumps of the reciprocal-parity target a fit follows. The jump at x = 1/k sits between
// piece k (left) and piece k - 1 (right); it counts as resolved when, at the middle of BOTH
// pieces, the fit is within `tolerance` of the target (0.3 by default: on the correct side of
// 1/2 with a margin of 0.2), so by continuity the fit crosses 1/2 between the two middles in
// the right direction. A fit hovering near 1/2 with small wiggles resolves nothing.

export const RESOLVE_TOLERANCE = 0.3;

/**
 * `fitAtMiddles[m - 1]` is the fit at the middle of piece m = 1 .. K. Returns one flag per
 * jump k = 2 .. K (index k - 2): true when that jump is resolved.
 */
export function resolvedJumps(fitAtMiddles: ArrayLike<number>, tolerance = RESOLVE_TOLERANCE): boolean[] {
  const flags: boolean[] = [];
  const close = (m: number) => Math.abs(fitAtMiddles[m - 1] - (m % 2)) < tolerance;
  for (let k = 2; k <= fitAtMiddles.length; k++) flags.push(close(k) && close(k - 1));
  return flags;
}

/** The number of resolved jumps (see resolvedJumps). */
export function jumpsResolved(fitAtMiddles: ArrayLike<number>, tolerance = RESOLVE_TOLERANCE): number {
  return resolvedJumps(fitAtMiddles, tolerance).filter(Boolean).length;
}
