// The unit cube centred at the origin (vertices at +-1/2), its six faces with outward normals
// (vertices counter-clockwise seen from outside), and its rotation group: the 24 rotations
// that map the cube onto itself (facts.md §3: identity, 9 face turns, 8 diagonal turns,
// 6 edge turns), generated here by closing {90 deg about x, 90 deg about z} under products.
import { mulMat3, type Mat3, type Vec3 } from './mat3';
import { rotX, rotZ } from './rotation';

export const CUBE_HALF = 0.5;

export interface CubeFace {
  id: number;
  name: string;
  normal: Vec3;
  /** Four corners, counter-clockwise seen from outside. */
  corners: readonly Vec3[];
}

const h = CUBE_HALF;
export const CUBE_FACES: readonly CubeFace[] = [
  { id: 0, name: '+x', normal: [1, 0, 0], corners: [[h, -h, -h], [h, h, -h], [h, h, h], [h, -h, h]] },
  { id: 1, name: '-x', normal: [-1, 0, 0], corners: [[-h, -h, -h], [-h, -h, h], [-h, h, h], [-h, h, -h]] },
  { id: 2, name: '+y', normal: [0, 1, 0], corners: [[-h, h, -h], [-h, h, h], [h, h, h], [h, h, -h]] },
  { id: 3, name: '-y', normal: [0, -1, 0], corners: [[-h, -h, -h], [h, -h, -h], [h, -h, h], [-h, -h, h]] },
  { id: 4, name: '+z', normal: [0, 0, 1], corners: [[-h, -h, h], [h, -h, h], [h, h, h], [-h, h, h]] },
  { id: 5, name: '-z', normal: [0, 0, -1], corners: [[-h, -h, -h], [-h, h, -h], [h, h, -h], [h, -h, -h]] },
];

function key(m: Mat3): string {
  return m.map((v) => Math.round(v)).join(',');
}

/** The 24 rotations of the cube as exact integer matrices (entries 0, +-1); identity first. */
export function cubeRotationGroup(): number[][] {
  const gens = [rotX(Math.PI / 2), rotZ(Math.PI / 2)].map((g) => g.map((v) => Math.round(v)));
  const identity = [1, 0, 0, 0, 1, 0, 0, 0, 1];
  const seen = new Map<string, number[]>([[key(identity), identity]]);
  const queue = [identity];
  while (queue.length) {
    const m = queue.shift()!;
    for (const g of gens) {
      const p = mulMat3(g, m).map((v) => Math.round(v));
      const k = key(p);
      if (!seen.has(k)) {
        seen.set(k, p);
        queue.push(p);
      }
    }
  }
  return [...seen.values()];
}

/** Rotation angle in degrees (0..180) of a rotation matrix: cos(a) = (trace - 1) / 2. */
export function rotationAngle(m: Mat3): number {
  const c = (m[0]! + m[4]! + m[8]! - 1) / 2;
  return (Math.acos(Math.max(-1, Math.min(1, c))) * 180) / Math.PI;
}
