// The shared plot helpers: curve paths through d3-shape (rounding, gaps at bad points) and
// power-of-ten tick labels.
import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleLog } from 'd3';
import { linePath } from '../../src/figures/shared/plot-path';
import { formatPower, superscript } from '../../src/figures/shared/tick-format';

/** The path's subpaths as lists of [x, y] points. */
function subpaths(d: string): number[][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => part.split('L').map((p) => p.split(/[ ,]/).filter(Boolean).map(Number)));
}

describe('linePath', () => {
  const x = scaleLinear([0, 1], [10, 110]);
  const y = scaleLinear([0, 1], [100, 0]);

  it('maps every point through the scales, rounded to 0.1 px', () => {
    const d = linePath([0, 0.5, 1], [0, 0.333333, 1], x, y);
    expect(subpaths(d)).toEqual([[[10, 100], [60, 66.7], [110, 0]]]);
  });

  it('breaks the line at a point that is not finite instead of drawing to it', () => {
    const d = linePath([0, 0.25, 0.5, 0.75, 1], [0, 0.5, NaN, 0.5, 1], x, y);
    const parts = subpaths(d);
    expect(parts).toHaveLength(2);
    expect(parts.flat().every((p) => p.every(Number.isFinite))).toBe(true);
    expect(parts[0]).toHaveLength(2);
    expect(parts[1]).toHaveLength(2);
  });

  it('leaves a log scale’s zero out (log 0 is not finite)', () => {
    const ly = scaleLog([1e-3, 1], [100, 0]);
    expect(subpaths(linePath([0, 0.5, 1], [0.01, 0, 1], x, ly)).map((p) => p.length)).toEqual([1, 1]);
  });

  it('draws nothing from no points, and only as many points as both arrays have', () => {
    expect(linePath([], [], x, y)).toBe('');
    expect(subpaths(linePath([0, 1, 0.5], [0, 1], x, y))[0]).toHaveLength(2);
  });
});

describe('formatPower', () => {
  it('writes powers of ten with superscript exponents, and 1, 10, 100 plainly', () => {
    expect([1e-16, 1e-4, 0.1, 1, 10, 100, 1000, 1e12].map(formatPower)).toEqual(['10⁻¹⁶', '10⁻⁴', '10⁻¹', '1', '10', '100', '10³', '10¹²']);
  });
  it('writes other values with d3-format ~g', () => {
    expect([2, 0.5, 3e-5, 250, -0.2].map(formatPower)).toEqual(['2', '0.5', '0.00003', '250', '−0.2']);
  });
  it('superscripts negative integers', () => {
    expect(superscript(-12)).toBe('⁻¹²');
  });
});
