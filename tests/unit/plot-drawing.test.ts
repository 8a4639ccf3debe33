// The shared plot helpers: curve paths through d3-shape (rounding, gaps at bad points),
// power-of-ten tick labels, and the camera's image plane placed in a square picture.
import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleLog } from 'd3';
import { linePath } from '../../src/figures/shared/plot-path';
import { formatPower, superscript } from '../../src/figures/shared/tick-format';
import { imagePlaneToView } from '../../src/figures/shared/image-plane';
import { projectPoint } from '../../src/lib/geometry';

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

describe('linePath on a curve sampled finer than the screen', () => {
  it('leaves out points under half a pixel from the last one drawn, keeping both ends and every jump', () => {
    const x = scaleLinear([0, 1], [0, 100]);
    const y = scaleLinear([0, 1], [100, 0]);
    const xs = Array.from({ length: 2001 }, (_, i) => i / 2000);
    // A flat line with one jump at x = 0.5: 20 samples per pixel.
    const ys = xs.map((v) => (v < 0.5 ? 0.2 : 0.8));
    const points = subpaths(linePath(xs, ys, x, y))[0];
    expect(points.length).toBeLessThan(300);
    expect(points[0]).toEqual([0, 80]);
    expect(points[points.length - 1]).toEqual([100, 20]);
    for (let i = 1; i < points.length; i++) expect(points[i][0] - points[i - 1][0]).toBeLessThan(0.65);
    expect(points.some(([px, py]) => px >= 49.9 && px <= 50.1 && py === 20)).toBe(true);
    expect(points.some(([px, py]) => px >= 49.9 && px <= 50.1 && py === 80)).toBe(true);
  });

  it('keeps the last point before and the first point after a gap', () => {
    const x = scaleLinear([0, 1], [0, 1]); // 1000 samples in one pixel
    const xs = Array.from({ length: 1000 }, (_, i) => i / 999);
    const ys = xs.map((_, i) => (i === 500 ? NaN : 0));
    const parts = subpaths(linePath(xs, ys, x, x));
    expect(parts.map((p) => p.length)).toEqual([2, 2]);
  });
});

describe('imagePlaneToView', () => {
  const toView = imagePlaneToView(240);

  it('puts the image plane\'s corners at the picture\'s corners, y turned down', () => {
    expect(toView([-1, 1])).toEqual([0, 0]);
    expect(toView([1, -1])).toEqual([240, 240]);
    expect(toView([0, 0])).toEqual([120, 120]);
    expect(toView([0.5, 0.5])).toEqual([180, 60]);
  });

  it('places a projected point above the centre when it is above the camera axis', () => {
    const [, yUp] = toView(projectPoint([0, 0.5, 0]));
    const [, yDown] = toView(projectPoint([0, -0.5, 0]));
    expect(yUp).toBeLessThan(120);
    expect(yDown).toBeGreaterThan(120);
    expect(yUp + yDown).toBeCloseTo(240, 9);
  });
});
