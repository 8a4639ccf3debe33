// The perspective camera both the exact rasteriser and the regl view use, so the two agree:
// a pinhole on the world +z axis at distance CAMERA_DISTANCE, looking at the origin, with a
// vertical field of view CAMERA_FOV_DEG and a square image. A world point p maps to
// normalised device coordinates x = f p.x / (D - p.z), y = f p.y / (D - p.z), f = 1/tan(fov/2),
// exactly what the GL matrices below give after the divide by w.
import type { Mat3, Vec3 } from './mat3';

export const CAMERA_DISTANCE = 4.5;
export const CAMERA_FOV_DEG = 28;
export const CAMERA_NEAR = 0.5;
export const CAMERA_FAR = 20;
const F = 1 / Math.tan(((CAMERA_FOV_DEG / 2) * Math.PI) / 180);

/** The camera position in world coordinates. */
export const CAMERA_POSITION: Vec3 = [0, 0, CAMERA_DISTANCE];

/** World point -> normalised device coordinates [-1, 1]^2 (y up). */
export function projectPoint(p: Vec3): [number, number] {
  const w = CAMERA_DISTANCE - p[2];
  return [(F * p[0]) / w, (F * p[1]) / w];
}

/** GL projection matrix (column-major 4 x 4), the standard perspective frustum. */
export function projectionMatrix(): Float32Array {
  const n = CAMERA_NEAR, f = CAMERA_FAR;
  return new Float32Array([F, 0, 0, 0, 0, F, 0, 0, 0, 0, (f + n) / (n - f), -1, 0, 0, (2 * f * n) / (n - f), 0]);
}

/** GL view matrix (column-major): moves the world so the camera sits at the origin. */
export function viewMatrix(): Float32Array {
  return new Float32Array([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, -CAMERA_DISTANCE, 1]);
}

/** GL model matrix (column-major) of a body-to-world rotation R (row-major 3 x 3). */
export function modelMatrix(R: Mat3): Float32Array {
  return new Float32Array([R[0]!, R[3]!, R[6]!, 0, R[1]!, R[4]!, R[7]!, 0, R[2]!, R[5]!, R[8]!, 0, 0, 0, 0, 1]);
}
