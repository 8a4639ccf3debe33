// The area where two disks overlap (a "lens"), radii r and R, centres d apart (MathWorld,
// "Circle-Circle Intersection"; facts.md §4):
//   A(d) = r² acos((d²+r²-R²)/(2dr)) + R² acos((d²+R²-r²)/(2dR)) - ½√((-d+r+R)(d+r-R)(d-r+R)(d+r+R))
// for |R-r| < d < r+R; A = 0 when d ≥ r+R and A = π·min(r,R)² when d ≤ |R-r|.

/** Overlap area of two disks of radii `r` and `R` whose centres are `d` apart. */
export function lensArea(r: number, R: number, d: number): number {
  if (!(r >= 0 && R >= 0 && d >= 0)) throw new RangeError('lensArea: radii and distance must be non-negative');
  if (d >= r + R) return 0;
  const small = Math.min(r, R);
  if (d <= Math.abs(R - r)) return Math.PI * small * small;
  // Clamp the arccos arguments and the root: rounding near the tangent cases can push them
  // a hair outside their domains.
  const clamp = (v: number) => Math.min(1, Math.max(-1, v));
  const a = r * r * Math.acos(clamp((d * d + r * r - R * R) / (2 * d * r)));
  const b = R * R * Math.acos(clamp((d * d + R * R - r * r) / (2 * d * R)));
  const k = (-d + r + R) * (d + r - R) * (d - r + R) * (d + r + R);
  return a + b - 0.5 * Math.sqrt(Math.max(0, k));
}
