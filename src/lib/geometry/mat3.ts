// 3 x 3 matrices for rotations, stored row-major as 9 numbers: m[3*row + col].
// A rotation R maps body coordinates to world coordinates: p_world = R p_body.
export type Mat3 = readonly number[];
export type Vec3 = readonly [number, number, number];

export const IDENTITY3: Mat3 = Object.freeze([1, 0, 0, 0, 1, 0, 0, 0, 1]);

export function mulMat3(a: Mat3, b: Mat3): number[] {
  const out = new Array<number>(9);
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 3; c++)
      out[3 * r + c] = a[3 * r]! * b[c]! + a[3 * r + 1]! * b[3 + c]! + a[3 * r + 2]! * b[6 + c]!;
  return out;
}

export function transposeMat3(a: Mat3): number[] {
  return [a[0]!, a[3]!, a[6]!, a[1]!, a[4]!, a[7]!, a[2]!, a[5]!, a[8]!];
}

export function applyMat3(m: Mat3, v: Vec3): [number, number, number] {
  return [
    m[0]! * v[0] + m[1]! * v[1] + m[2]! * v[2],
    m[3]! * v[0] + m[4]! * v[1] + m[5]! * v[2],
    m[6]! * v[0] + m[7]! * v[1] + m[8]! * v[2],
  ];
}

export function dot3(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

export function normalize3(v: Vec3): [number, number, number] {
  const l = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / l, v[1] / l, v[2] / l];
}

/** Largest absolute entry of a - b: how far apart two matrices are. */
export function maxAbsDiff3(a: Mat3, b: Mat3): number {
  let m = 0;
  for (let i = 0; i < 9; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}
