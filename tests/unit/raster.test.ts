import { describe, expect, test } from 'vitest';
import {
  clipPolygonToBox,
  pixelCentre,
  pointInPolygon,
  pointSampledImage,
  polygonArea,
  polygonCoverage,
  quantise8,
  rasterise,
  type Polygon,
  type RasterWindow,
} from '@/lib/raster';

function regular(k: number, r: number, cx: number, cy: number, turn: number): Polygon {
  return Array.from({ length: k }, (_, i) => {
    const a = turn + (2 * Math.PI * i) / k;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as const;
  });
}

// A deterministic pseudo-random generator so the tests are reproducible.
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('raster: exact area coverage', () => {
  test('coverage sums equal polygon areas (polygons inside the window)', () => {
    const rnd = lcg(7);
    for (const n of [1, 7, 16, 64]) {
      for (let trial = 0; trial < 20; trial++) {
        const poly = regular(3 + Math.floor(rnd() * 6), 0.1 + 0.8 * rnd() * 0.9, (rnd() - 0.5) * 0.2, (rnd() - 0.5) * 0.2, rnd() * 7);
        const cov = polygonCoverage(poly, n);
        const pixelArea = (2 / n) ** 2;
        const total = cov.reduce((s, v) => s + v, 0) * pixelArea;
        expect(total).toBeCloseTo(polygonArea(poly), 10);
        for (const v of cov) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1 + 1e-12);
        }
      }
    }
  });

  test('a non-convex polygon and a custom window: sum = area of the part inside', () => {
    const win: RasterWindow = { xMin: 0, xMax: 10, yMin: 0, yMax: 10 };
    // An L shape of area 3*1 + 1*2 = 5... plus clockwise orientation.
    const L: Polygon = [[1, 1], [1, 4], [2, 4], [2, 2], [4, 2], [4, 1]];
    const cov = polygonCoverage(L, 13, win);
    expect(cov.reduce((s, v) => s + v, 0) * (10 / 13) ** 2).toBeCloseTo(polygonArea(L), 10);
    expect(polygonArea(L)).toBeCloseTo(5, 12);
    // Half outside the window: only the inside half is counted.
    const sq: Polygon = [[-1, 3], [1, 3], [1, 5], [-1, 5]];
    const c2 = polygonCoverage(sq, 10, win);
    expect(c2.reduce((s, v) => s + v, 0)).toBeCloseTo(2, 10);
  });

  test('pixel-aligned square covers whole pixels exactly; row 0 is the top', () => {
    const win: RasterWindow = { xMin: 0, xMax: 4, yMin: 0, yMax: 4 };
    const sq: Polygon = [[0, 3], [1, 3], [1, 4], [0, 4]]; // top-left pixel
    const cov = polygonCoverage(sq, 4, win);
    expect(cov[0]).toBeCloseTo(1, 12);
    expect(cov.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });

  test('clipping a triangle to a box', () => {
    const clipped = clipPolygonToBox([[0, 0], [2, 0], [0, 2]], 0, 1, 0, 1);
    expect(polygonArea(clipped)).toBeCloseTo(1, 12); // the unit square lies under x+y<=2
    const clipped2 = clipPolygonToBox([[0, 0], [1, 0], [0, 1]], 0.5, 1, 0, 1);
    expect(polygonArea(clipped2)).toBeCloseTo(0.125, 12);
  });
});

describe('raster: point sampling', () => {
  test('pointSampledImage matches an inside test at every pixel centre', () => {
    const rnd = lcg(11);
    for (const n of [8, 33]) {
      const poly = regular(5, 0.7, 0.05, -0.1, rnd());
      const img = pointSampledImage([{ polygon: poly, value: 0.6 }], n);
      for (let r = 0; r < n; r++)
        for (let c = 0; c < n; c++) {
          const [x, y] = pixelCentre(r, c, n);
          expect(img[r * n + c]).toBe(pointInPolygon(x, y, poly) ? 0.6 : 0);
        }
    }
  });

  test('pointInPolygon: a point on a shared edge belongs to exactly one of two adjacent squares', () => {
    const left: Polygon = [[0, 0], [1, 0], [1, 1], [0, 1]];
    const right: Polygon = [[1, 0], [2, 0], [2, 1], [1, 1]];
    for (const y of [0.1, 0.5, 0.9]) {
      expect(Number(pointInPolygon(1, y, left)) + Number(pointInPolygon(1, y, right))).toBe(1);
    }
  });

  test('multi-channel values and modes', () => {
    const poly = regular(4, 0.5, 0, 0, 0.3);
    const rgb = rasterise([{ polygon: poly, value: [1, 0.5, 0] }], 16, 'area');
    expect(rgb.length).toBe(16 * 16 * 3);
    let s0 = 0, s1 = 0, s2 = 0;
    for (let i = 0; i < 256; i++) { s0 += rgb[3 * i]!; s1 += rgb[3 * i + 1]!; s2 += rgb[3 * i + 2]!; }
    expect(s1).toBeCloseTo(s0 / 2, 10);
    expect(s2).toBe(0);
    const a8 = rasterise([{ polygon: poly, value: 1 }], 16, 'area8');
    for (const v of a8) expect(Math.abs(v * 255 - Math.round(v * 255))).toBeLessThan(1e-9);
    expect(quantise8(new Float64Array([0.5 / 255 + 1e-9, 2, -1]))).toEqual(new Float64Array([1 / 255, 1, 0]));
  });
});
