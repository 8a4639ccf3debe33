import { describe, expect, test } from 'vitest';
import { identicalViews, symmetryOrientationMatrix, symmetryViews, describeCubeRotation } from '@/lib/experiments/cube-symmetry';
import { maxAbsDiff3, cubeRotationGroup } from '@/lib/geometry';

describe('claim: the inverse is not unique', () => {
  for (const [phi, theta] of [[30, 62], [-71.3, 117.9], [12, 35]] as const) {
    test(`phi=${phi}, theta=${theta}: 24 rotations give the identical plain picture, 1 when painted`, () => {
      const R = symmetryOrientationMatrix({ phi, theta });
      for (const mode of ['point', 'area'] as const) {
        const plain = symmetryViews(R, false, 24, mode);
        expect(identicalViews(plain)).toBe(24);
        // ... although the 24 orientations are all different.
        for (let i = 1; i < plain.length; i++) expect(maxAbsDiff3(plain[i]!.R, plain[0]!.R)).toBeGreaterThan(0.5);
        expect(identicalViews(symmetryViews(R, true, 24, mode))).toBe(1);
      }
    });
  }

  test('face-on, paint does not break the quarter turns about the view axis (4 identical views)', () => {
    const R = symmetryOrientationMatrix({ phi: 0, theta: 0 });
    expect(identicalViews(symmetryViews(R, true, 16, 'area'))).toBe(4);
  });

  test('the 24 rotations are labelled by kind: 9 face turns, 8 diagonal turns, 6 edge turns', () => {
    const labels = cubeRotationGroup().map(describeCubeRotation);
    expect(labels.filter((l) => l.endsWith('a face axis')).length).toBe(9);
    expect(labels.filter((l) => l.endsWith('a body diagonal')).length).toBe(8);
    expect(labels.filter((l) => l.endsWith('an edge axis')).length).toBe(6);
    expect(labels.filter((l) => l === 'identity').length).toBe(1);
  });
});
