// Section 3's sentences about the two cube figures, checked on src/lib at the figures' default
// views (issue 10, errors 1 and 11):
//  - fig-cube-pixels (point-sampled, N = 16, φ = 30°, θ = 62°): between edge crossings the lit
//    cube's picture still changes, by an amount proportional to δ (each face's grey drifts with
//    the angle under the fixed light): about 3.9e-4 at δ = 0.1°, ten times less per decade;
//  - w(δ) for point-sampled pixels stays flat (0.8525 from δ = 1° down to 1e-5°);
//  - the spikes keep their height but are not "full height": each is the grey step across the
//    edge that crossed a pixel centre. The tallest at the default view, 0.8525, is the outline
//    (the brightest face against the black background); internal edges turn one grey into
//    another, by at most 0.6325 there;
//  - fig-cube-symmetry (area-averaged, N = 32): 24 orientations give the plain cube's picture;
//    painted, the count is 1 at the default view and 4 face-on (θ = 0, 90 or 180).
import { describe, expect, test } from 'vitest';
import { orientationMatrix } from '@/lib/geometry';
import { cubeFaceIdImage } from '@/lib/raster';
import { cubePixels, cubePixelsCurves, cubePixelsSchema, jumpAt, jumpSweep } from '@/lib/experiments/cube-pixels';
import { cubeSymmetrySchema, identicalViews, symmetryOrientationMatrix, symmetryViews } from '@/lib/experiments/cube-symmetry';
import { defaultValues } from '@/lib/state/link-state';

const view = defaultValues(cubePixelsSchema);
const at = { phi: view.phi, theta: view.theta, roll: view.roll };
const faceIds = (phi: number) => cubeFaceIdImage(orientationMatrix({ ...at, phi }), view.n);

describe('fig-cube-pixels at its default view', () => {
  test('the defaults are the ones the text quotes', () => {
    expect(view).toMatchObject({ phi: 30, theta: 62, n: 16, mode: 'point', delta: 0.1, roll: 0 });
  });

  test('between crossings the picture changes in proportion to δ: about 3.9e-4 at 0.1°, ten times less per decade', () => {
    // No edge crosses a pixel centre between φ = 30° and 30.1°: every pixel shows the same face.
    expect(faceIds(at.phi)).toEqual(faceIds(at.phi + 0.1));
    const change = [0.1, 0.01, 0.001].map((delta) => jumpAt(at, view.n, 'point', delta));
    console.info(`change at φ = 30° for δ = 0.1, 0.01, 0.001: ${change.map((c) => c.toExponential(3)).join(', ')}`);
    expect(change[0]).toBeGreaterThan(3.8e-4);
    expect(change[0]).toBeLessThan(4.0e-4);
    expect(change[0]! / change[1]!).toBeGreaterThan(9.9);
    expect(change[0]! / change[1]!).toBeLessThan(10.1);
    expect(change[1]! / change[2]!).toBeGreaterThan(9.9);
    expect(change[1]! / change[2]!).toBeLessThan(10.1);
  });

  const curves = cubePixelsCurves(view);
  const sweep = jumpSweep();

  test('w(δ) for point-sampled pixels is flat from δ = 1° to 1e-5°; for area-averaged pixels it falls in proportion', () => {
    const w = curves.modulus.point;
    console.info(`w(δ), point-sampled: ${w.join(', ')}`);
    for (const v of w) expect(v).toBeCloseTo(w[0]!, 6);
    expect(w[0]).toBeGreaterThan(0.85);
    const area = curves.modulus.area;
    expect(area[area.length - 2]! / area[0]!).toBeGreaterThan(9e3);
  });

  test('the tallest spike, 0.8525, is the outline: the brightest face against the background, not a jump to 1', () => {
    let k = 0;
    curves.jump.forEach((v, i) => {
      if (v > curves.jump[k]!) k = i;
    });
    const tallest = curves.jump[k]!;
    expect(tallest).toBeCloseTo(0.8525, 4);
    expect(tallest).toBeCloseTo(Math.max(...curves.modulus.point), 4);
    const phi = sweep[k]!;
    const before = cubePixels({ ...at, phi }, view.n, 'point');
    const after = cubePixels({ ...at, phi: phi + view.delta }, view.n, 'point');
    let p = 0;
    for (let i = 0; i < before.length; i++) if (Math.abs(before[i]! - after[i]!) > Math.abs(before[p]! - after[p]!)) p = i;
    const [from, to] = [faceIds(phi)[p]!, faceIds(phi + view.delta)[p]!];
    // One side of the edge is the background (label 0), the other a face of grey 0.8525.
    expect(Math.min(from, to)).toBe(0);
    expect(Math.max(from, to)).toBeGreaterThan(0);
    expect(Math.max(before[p]!, after[p]!)).toBeCloseTo(0.8525, 4);
  });

  test('internal edges turn one grey into another, by at most 0.6325 over the sweep', () => {
    let internal = 0;
    let outline = 0;
    for (const phi of sweep) {
      const [a, b] = [cubePixels({ ...at, phi }, view.n, 'point'), cubePixels({ ...at, phi: phi + view.delta }, view.n, 'point')];
      const [la, lb] = [faceIds(phi), faceIds(phi + view.delta)];
      for (let i = 0; i < a.length; i++) {
        if (la[i] === lb[i]) continue;
        const step = Math.abs(a[i]! - b[i]!);
        if (la[i] === 0 || lb[i] === 0) outline = Math.max(outline, step);
        else internal = Math.max(internal, step);
      }
    }
    console.info(`largest spike over the sweep: outline ${outline.toFixed(4)}, internal edge ${internal.toFixed(4)}`);
    expect(internal).toBeGreaterThan(0.1);
    expect(internal).toBeCloseTo(0.6325, 4);
    expect(outline).toBeCloseTo(0.8525, 4);
  });
});

describe('fig-cube-symmetry: how many orientations give exactly this picture', () => {
  const d = defaultValues(cubeSymmetrySchema);
  const count = (phi: number, theta: number, painted: boolean) => identicalViews(symmetryViews(symmetryOrientationMatrix({ phi, theta }), painted));

  test('at the default view (φ = 30°, θ = 62°): 24 for the plain cube, 1 painted', () => {
    expect([d.phi, d.theta]).toEqual([30, 62]);
    expect(count(d.phi, d.theta, false)).toBe(24);
    expect(count(d.phi, d.theta, true)).toBe(1);
  });

  test('face-on (θ = 0, 90 or 180), painted: 4, the quarter turns about the line of sight', () => {
    expect(count(30, 0, true)).toBe(4);
    expect(count(0, 90, true)).toBe(4);
    expect(count(30, 180, true)).toBe(4);
    expect(count(30, 0, false)).toBe(24);
  });
});
