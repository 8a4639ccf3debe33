import { describe, expect, test } from 'vitest';
import {
  axisAngleMatrix, axisAngleQuaternion, CUBE_FACES, cubeRotationGroup, DEG, maxAbsDiff3, mulMat3,
  orientationMatrix, orientationOf, projectPoint, projectionMatrix, quaternionMatrix, mulQuaternion,
  rotationAngle, transposeMat3, viewAxisInBody, visibleCubeFaces, viewMatrix, modelMatrix, applyMat3,
} from '@/lib/geometry';
import { signedPolygonArea } from '@/lib/raster';

describe('rotations', () => {
  test('axis-angle and quaternion agree, and compose', () => {
    const a = axisAngleMatrix([1, 2, -0.5], 0.7);
    const q = axisAngleQuaternion([1, 2, -0.5], 0.7);
    expect(maxAbsDiff3(a, quaternionMatrix(q))).toBeLessThan(1e-12);
    const b = axisAngleMatrix([0, -1, 3], -1.3);
    const qb = axisAngleQuaternion([0, -1, 3], -1.3);
    expect(maxAbsDiff3(mulMat3(a, b), quaternionMatrix(mulQuaternion(q, qb)))).toBeLessThan(1e-12);
    expect(maxAbsDiff3(mulMat3(a, transposeMat3(a)), [1, 0, 0, 0, 1, 0, 0, 0, 1])).toBeLessThan(1e-12);
  });

  test('(phi, theta) are the spherical coordinates of the view axis in the body frame; roll round-trips', () => {
    for (const o of [{ phi: 30, theta: 62, roll: 0 }, { phi: -100, theta: 140, roll: 25 }, { phi: 170, theta: 10, roll: -80 }]) {
      const R = orientationMatrix(o);
      const v = viewAxisInBody(R);
      const p = o.phi * DEG, t = o.theta * DEG;
      expect(v[0]).toBeCloseTo(Math.sin(t) * Math.cos(p), 12);
      expect(v[1]).toBeCloseTo(Math.sin(t) * Math.sin(p), 12);
      expect(v[2]).toBeCloseTo(Math.cos(t), 12);
      const back = orientationOf(R);
      expect(back.phi).toBeCloseTo(o.phi, 9);
      expect(back.theta).toBeCloseTo(o.theta, 9);
      expect(back.roll).toBeCloseTo(o.roll, 9);
    }
    // roll 0: the body z axis points up on screen.
    const up = applyMat3(orientationMatrix({ phi: 10, theta: 50, roll: 0 }), [0, 0, 1]);
    expect(up[0]).toBeCloseTo(0, 12);
    expect(up[1]).toBeGreaterThan(0);
  });
});

describe('the cube', () => {
  test('faces are counter-clockwise from outside', () => {
    for (const f of CUBE_FACES) {
      const [a, b, c] = f.corners;
      const u = [b![0] - a![0], b![1] - a![1], b![2] - a![2]];
      const w = [c![0] - b![0], c![1] - b![1], c![2] - b![2]];
      const cross = [u[1]! * w[2]! - u[2]! * w[1]!, u[2]! * w[0]! - u[0]! * w[2]!, u[0]! * w[1]! - u[1]! * w[0]!];
      expect(cross[0]! * f.normal[0] + cross[1]! * f.normal[1] + cross[2]! * f.normal[2]).toBeGreaterThan(0);
    }
  });

  test('the rotation group has 24 elements: 1 + 9 face turns + 8 diagonal turns + 6 edge turns', () => {
    const G = cubeRotationGroup();
    expect(G.length).toBe(24);
    const angles = G.map((g) => Math.round(rotationAngle(g)));
    expect(angles.filter((a) => a === 0).length).toBe(1);
    expect(angles.filter((a) => a === 90).length).toBe(6); // 90 and 270 about 3 axes
    expect(angles.filter((a) => a === 120).length).toBe(8);
    expect(angles.filter((a) => a === 180).length).toBe(3 + 6);
    // closed under products
    const keys = new Set(G.map((g) => g.join(',')));
    for (const a of G) for (const b of G) expect(keys.has(mulMat3(a, b).map((v) => Math.round(v) + 0).join(','))).toBe(true);
  });

  test('visible faces: 1 face-on, 3 in a generic view; projected polygons are counter-clockwise and disjoint', () => {
    expect(visibleCubeFaces(orientationMatrix({ phi: 0, theta: 0, roll: 0 })).length).toBe(1);
    const faces = visibleCubeFaces(orientationMatrix({ phi: 30, theta: 62, roll: 0 }));
    expect(faces.length).toBe(3);
    for (const f of faces) expect(signedPolygonArea(f.polygon)).toBeGreaterThan(0);
  });

  test('the GL matrices give the same normalised device coordinates as projectPoint', () => {
    const R = orientationMatrix({ phi: 33, theta: 71, roll: 12 });
    const P = projectionMatrix(), V = viewMatrix(), M = modelMatrix(R);
    const mul = (m: Float32Array, v: number[]) => [0, 1, 2, 3].map((r) => m[r]! * v[0]! + m[4 + r]! * v[1]! + m[8 + r]! * v[2]! + m[12 + r]! * v[3]!);
    for (const corner of CUBE_FACES[0]!.corners) {
      const clip = mul(P, mul(V, mul(M, [...corner, 1])));
      const [x, y] = projectPoint(applyMat3(R, corner));
      expect(clip[0]! / clip[3]!).toBeCloseTo(x, 5);
      expect(clip[1]! / clip[3]!).toBeCloseTo(y, 5);
      expect(Math.abs(x)).toBeLessThan(1);
      expect(Math.abs(y)).toBeLessThan(1);
    }
  });
});
