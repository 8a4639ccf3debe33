// The fraction of a disk (the sun, radius R) left uncovered by another disk (the moon,
// radius r) whose centre is d away: 1 - A(d)/(πR²), with A the lens area (facts.md §4).
// It is Lipschitz in d: |d/dd| = (common chord length)/(πR²) ≤ 2·min(r,R)/(πR²).
import { lensArea } from './lens-area';

/** Visible fraction of the sun (radius `sunRadius`) with the moon (radius `moonRadius`) `d` away. */
export function visibleFraction(sunRadius: number, moonRadius: number, d: number): number {
  return 1 - lensArea(moonRadius, sunRadius, d) / (Math.PI * sunRadius * sunRadius);
}

/** The largest rate of change of the visible fraction per unit of centre distance. */
export function visibleFractionLipschitz(sunRadius: number, moonRadius: number): number {
  return (2 * Math.min(sunRadius, moonRadius)) / (Math.PI * sunRadius * sunRadius);
}
