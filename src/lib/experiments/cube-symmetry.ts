// fig-cube-symmetry: the 24 rotations g of the cube (facts.md §3) turn it into orientations
// R g that are different, yet for the plain cube give exactly the same picture as R. Painting
// the faces in distinct colours breaks this: then only g = identity does (in a generic view).
// identicalViews counts the g whose picture equals R's, pixel for pixel.
import { cubeRotationGroup, rotationAngle } from '../geometry/cube';
import { applyMat3, mulMat3, type Mat3 } from '../geometry/mat3';
import { orientationMatrix } from '../geometry/orientation';
import { cubeImage } from '../raster/cube-image';
import { maxPixelChange } from '../raster/image-distance';
import type { PixelMode } from '../raster/rasterise';
import type { LinkSchema, LinkValues } from '../state/link-state';

export const cubeSymmetrySchema = {
  phi: { type: 'number', default: 30, min: 0, max: 360 },
  theta: { type: 'number', default: 62, min: 0, max: 180 },
  painted: { type: 'number', default: 0, min: 0, max: 1, integer: true },
} as const satisfies LinkSchema;

export type CubeSymmetryValues = LinkValues<typeof cubeSymmetrySchema>;

/** Small multiples: size and pixel mode of each picture. */
export const SYMMETRY_N = 32;
export const SYMMETRY_MODE: PixelMode = 'area';
/** Two pictures count as identical when no pixel differs by more than this. */
export const IDENTICAL_TOLERANCE = 1e-9;

export interface SymmetryView {
  /** The symmetry g (body frame), an integer matrix. */
  g: number[];
  /** What kind of rotation g is, e.g. "120° about a body diagonal". */
  label: string;
  /** R g: the orientation this view shows. */
  R: number[];
  image: Float64Array;
  identical: boolean;
}

export function describeCubeRotation(g: Mat3): string {
  const angle = Math.round(rotationAngle(g));
  if (angle === 0) return 'identity';
  // The axis: the eigenvector for eigenvalue 1, from the antisymmetric part (or, at 180 deg, a column of R + I).
  let axis = [g[7]! - g[5]!, g[2]! - g[6]!, g[3]! - g[1]!];
  if (Math.hypot(axis[0]!, axis[1]!, axis[2]!) < 1e-9) {
    const cols = [0, 1, 2].map((c) => [g[c]! + (c === 0 ? 1 : 0), g[3 + c]! + (c === 1 ? 1 : 0), g[6 + c]! + (c === 2 ? 1 : 0)]);
    axis = cols.sort((a, b) => Math.hypot(...b) - Math.hypot(...a))[0]!;
  }
  const nz = axis.filter((v) => Math.abs(v) > 1e-9).length;
  const kind = nz === 1 ? 'a face axis' : nz === 2 ? 'an edge axis' : 'a body diagonal';
  return `${angle}° about ${kind}`;
}

/** The 24 views R g, g in the cube's rotation group (identity first). */
export function symmetryViews(R: Mat3, painted: boolean, n = SYMMETRY_N, mode: PixelMode = SYMMETRY_MODE): SymmetryView[] {
  const ref = cubeImage(R, n, mode, painted);
  return cubeRotationGroup().map((g) => {
    const Rg = mulMat3(R, g);
    const image = cubeImage(Rg, n, mode, painted);
    return { g, label: describeCubeRotation(g), R: Rg, image, identical: maxPixelChange(image, ref) <= IDENTICAL_TOLERANCE };
  });
}

export function identicalViews(views: readonly SymmetryView[]): number {
  return views.filter((v) => v.identical).length;
}

export function symmetryOrientationMatrix(v: { phi: number; theta: number }): number[] {
  return orientationMatrix({ phi: v.phi, theta: v.theta, roll: 0 });
}

/** Where the marked body corner (+1/2, +1/2, +1/2) lands in world coordinates under R. */
export function markedCorner(R: Mat3): [number, number, number] {
  return applyMat3(R, [0.5, 0.5, 0.5]);
}
