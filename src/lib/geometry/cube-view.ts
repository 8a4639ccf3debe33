// What the camera sees of the cube in orientation R: the faces turned towards the camera
// (back-face culling: n_world . (camera - face centre) > 0; for a convex solid these never
// overlap on screen), projected to normalised device coordinates, each with its grey level
// from a fixed light: shade = AMBIENT + DIFFUSE * max(0, n_world . LIGHT). Painted faces
// multiply the shade by a distinct colour per face, which breaks the cube's symmetry.
import { CAMERA_POSITION, projectPoint } from './camera';
import { CUBE_FACES } from './cube';
import { applyMat3, dot3, normalize3, type Mat3, type Vec3 } from './mat3';

export const LIGHT_DIRECTION: Vec3 = normalize3([-0.45, 0.7, 0.55]);
export const AMBIENT = 0.22;
export const DIFFUSE = 0.72;

/** One colour per body face (+x, -x, +y, -y, +z, -z), distinct in hue. */
export const FACE_PAINT: readonly Vec3[] = [
  [0.95, 0.3, 0.25], [0.2, 0.65, 0.95], [0.98, 0.8, 0.2],
  [0.35, 0.85, 0.4], [0.75, 0.4, 0.95], [0.98, 0.55, 0.1],
];

export interface VisibleFace {
  faceId: number;
  /** Projected corners in normalised device coordinates (counter-clockwise on screen). */
  polygon: [number, number][];
  /** Grey level in (0, 1]. */
  shade: number;
  /** World-space outward normal. */
  normal: [number, number, number];
}

export function faceShade(normalWorld: Vec3): number {
  return AMBIENT + DIFFUSE * Math.max(0, dot3(normalWorld, LIGHT_DIRECTION));
}

export function visibleCubeFaces(R: Mat3): VisibleFace[] {
  const out: VisibleFace[] = [];
  for (const face of CUBE_FACES) {
    const nW = applyMat3(R, face.normal);
    const cW = applyMat3(R, [face.normal[0] / 2, face.normal[1] / 2, face.normal[2] / 2]);
    const toCam: Vec3 = [CAMERA_POSITION[0] - cW[0], CAMERA_POSITION[1] - cW[1], CAMERA_POSITION[2] - cW[2]];
    if (dot3(nW, toCam) <= 0) continue;
    out.push({
      faceId: face.id,
      polygon: face.corners.map((p) => projectPoint(applyMat3(R, p))),
      shade: faceShade(nW),
      normal: nW,
    });
  }
  return out;
}

/** The colour a face is drawn in: its grey shade, or shade x paint when painted. */
export function faceColour(face: VisibleFace, painted: boolean): number | [number, number, number] {
  if (!painted) return face.shade;
  const p = FACE_PAINT[face.faceId]!;
  return [p[0] * face.shade, p[1] * face.shade, p[2] * face.shade];
}
