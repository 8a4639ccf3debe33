// Rotations from an axis and an angle (Rodrigues' formula,
// R = I + sin(a) K + (1 - cos(a)) K^2 with K the cross-product matrix of the unit axis),
// and the same rotation as a unit quaternion q = (cos(a/2), sin(a/2) u) with its matrix.
import { normalize3, type Mat3, type Vec3 } from './mat3';

export const DEG = Math.PI / 180;

/** Rotation by `angle` radians about `axis` (any non-zero vector), right-handed. */
export function axisAngleMatrix(axis: Vec3, angle: number): number[] {
  const [x, y, z] = normalize3(axis);
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const t = 1 - c;
  return [
    c + x * x * t, x * y * t - z * s, x * z * t + y * s,
    y * x * t + z * s, c + y * y * t, y * z * t - x * s,
    z * x * t - y * s, z * y * t + x * s, c + z * z * t,
  ];
}

export type Quaternion = readonly [number, number, number, number]; // [w, x, y, z]

export function axisAngleQuaternion(axis: Vec3, angle: number): Quaternion {
  const [x, y, z] = normalize3(axis);
  const s = Math.sin(angle / 2);
  return [Math.cos(angle / 2), x * s, y * s, z * s];
}

/** Hamilton product a * b (apply b first, then a). */
export function mulQuaternion(a: Quaternion, b: Quaternion): Quaternion {
  return [
    a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3],
    a[0] * b[1] + a[1] * b[0] + a[2] * b[3] - a[3] * b[2],
    a[0] * b[2] - a[1] * b[3] + a[2] * b[0] + a[3] * b[1],
    a[0] * b[3] + a[1] * b[2] - a[2] * b[1] + a[3] * b[0],
  ];
}

export function quaternionMatrix(q: Quaternion): number[] {
  const n = Math.hypot(q[0], q[1], q[2], q[3]);
  const [w, x, y, z] = [q[0] / n, q[1] / n, q[2] / n, q[3] / n];
  return [
    1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y),
    2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x),
    2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y),
  ];
}

/** Rotations about the coordinate axes (radians). */
export const rotX = (a: number): Mat3 => axisAngleMatrix([1, 0, 0], a);
export const rotY = (a: number): Mat3 => axisAngleMatrix([0, 1, 0], a);
export const rotZ = (a: number): Mat3 => axisAngleMatrix([0, 0, 1], a);
