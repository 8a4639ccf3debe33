// The essay's angles. phi and theta (degrees) are the spherical coordinates, in the cube's
// own (body) frame, of the direction the camera looks from: v = (sin t cos p, sin t sin p, cos t).
// They fix only that axis; the third degree of freedom, roll, turns the picture about it.
// R = Rz(roll) Rx(-theta) Rz(-phi - 90 deg) maps body to world (camera on the world +z axis), so
// R v = (0, 0, 1); with roll = 0 the body z axis points up on screen, and changing phi spins the
// cube about its body z axis like a turntable.
import { applyMat3, mulMat3, transposeMat3, type Mat3 } from './mat3';
import { DEG, rotX, rotZ } from './rotation';

export interface Orientation {
  /** Azimuth of the view axis in the body frame, degrees. */
  phi: number;
  /** Polar angle of the view axis from the body z axis, degrees (0..180). */
  theta: number;
  /** Turn of the picture about the view axis, degrees. */
  roll: number;
}

export function orientationMatrix({ phi, theta, roll }: Orientation): number[] {
  return mulMat3(rotZ(roll * DEG), mulMat3(rotX(-theta * DEG), rotZ((-phi - 90) * DEG)));
}

/** The view axis (towards the camera) in body coordinates for a body-to-world rotation R. */
export function viewAxisInBody(R: Mat3): [number, number, number] {
  return applyMat3(transposeMat3(R), [0, 0, 1]);
}

/**
 * The (phi, theta, roll) of a rotation (inverse of orientationMatrix). At theta = 0 or 180
 * phi is undefined (gimbal lock: any 3-angle chart of rotations has such points); phi = 0 is
 * returned there and roll absorbs the rest.
 */
export function orientationOf(R: Mat3): Orientation {
  const v = viewAxisInBody(R);
  const theta = Math.acos(Math.max(-1, Math.min(1, v[2]))) / DEG;
  const phi = Math.hypot(v[0], v[1]) < 1e-12 ? 0 : Math.atan2(v[1], v[0]) / DEG;
  const A = mulMat3(rotX(-theta * DEG), rotZ((-phi - 90) * DEG));
  const Z = mulMat3(R, transposeMat3(A)); // = Rz(roll)
  const roll = Math.atan2(Z[3]!, Z[0]!) / DEG;
  return { phi, theta, roll };
}
