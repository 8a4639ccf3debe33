// When a circle of radius r whose centre moves at constant velocity, c(t) = a + t·v, passes
// over a fixed point p: the roots of |p − a − t·v|² = r², a quadratic in t. Between the two
// roots the point is inside the circle.

/** The interval of t during which the point p lies inside the moving circle, or null if never. */
export function circleCrossingTimes(
  px: number,
  py: number,
  ax: number,
  ay: number,
  vx: number,
  vy: number,
  r: number,
): [number, number] | null {
  const fx = px - ax;
  const fy = py - ay;
  const a = vx * vx + vy * vy;
  if (a === 0) return null;
  const b = -2 * (fx * vx + fy * vy);
  const k = fx * fx + fy * fy - r * r;
  const disc = b * b - 4 * a * k;
  if (disc <= 0) return null;
  const root = Math.sqrt(disc);
  return [(-b - root) / (2 * a), (-b + root) / (2 * a)];
}
