// fig-cube-pixels: the cube's picture as a function of its orientation, on an N x N grid in
// three pixel modes, and how much that picture changes for a small turn delta of phi:
// the jump profile ||I(phi + delta) - I(phi)|| over phi, and the modulus of continuity
// w(delta) along the phi circle at the current theta and roll. Settings, sizes and
// constants of the figure live here.
import { orientationMatrix, type Orientation } from '../geometry/orientation';
import { cubeFaceIdImage, cubeImage } from '../raster/cube-image';
import type { PixelMode } from '../raster/rasterise';
import type { LinkSchema, LinkValues } from '../state/link-state';
import { maxPixelChange } from '../raster/image-distance';
import { jumpProfile, sweep } from './jump-profile';
import { modulusOfContinuity, type ImagePath, type ModulusOptions } from './modulus-of-continuity';

export const cubePixelsSchema = {
  phi: { type: 'number', default: 30, min: 0, max: 360 },
  theta: { type: 'number', default: 62, min: 0, max: 180 },
  n: { type: 'number', default: 16, min: 8, max: 64, integer: true },
  mode: { type: 'enum', default: 'point', values: ['point', 'area', 'area8'] },
  delta: { type: 'number', default: 0.1, min: 0.001, max: 1 },
  roll: { type: 'number', default: 0, min: -180, max: 180 },
} as const satisfies LinkSchema;

export type CubePixelsValues = LinkValues<typeof cubePixelsSchema>;

export const MODE_LABELS: Record<PixelMode, string> = {
  point: 'point-sampled',
  area: 'area-averaged',
  area8: 'area-averaged, 8-bit',
};

/** The plain cube repeats every 90 deg of phi (a quarter turn about its z axis). */
export const PHI_PERIOD = 90;
/** Jump-plot sweep: phi over one period in 0.25 deg steps. */
export const JUMP_SWEEP_SAMPLES = 360;
/** Step sizes for the modulus-of-continuity plot, degrees. */
export const MODULUS_DELTAS = [1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1] as const;
/** Work sizes for w(delta) (see modulus-of-continuity.ts). */
export const MODULUS_OPTIONS: Omit<ModulusOptions, 't0' | 't1' | 'deltas'> = {
  scanSamples: 180,
  gridSamples: 45,
  candidates: 6,
  tolerance: 1e-10,
  refineIterations: 10,
};

export function jumpSweep(): Float64Array {
  return sweep(0, PHI_PERIOD, JUMP_SWEEP_SAMPLES);
}

export function cubeOrientation(v: { phi: number; theta: number; roll?: number }): Orientation {
  return { phi: v.phi, theta: v.theta, roll: v.roll ?? 0 };
}

/** The picture at one orientation. */
export function cubePixels(o: Orientation, n: number, mode: PixelMode): Float64Array {
  return cubeImage(orientationMatrix(o), n, mode);
}

/** The cube turning in phi at fixed theta and roll, as an image path for the generic tools. */
export function cubePhiPath(theta: number, roll: number, n: number, mode: PixelMode): ImagePath {
  const image = (phi: number) => cubeImage(orientationMatrix({ phi, theta, roll }), n, mode);
  if (mode === 'point') return { image, labels: (phi) => cubeFaceIdImage(orientationMatrix({ phi, theta, roll }), n) };
  if (mode === 'area8') return { image, labels: image };
  return { image };
}

/**
 * w at a step `delta` between the computed steps `deltas` (ascending, degrees), interpolated
 * on log-log axes (w grows with delta, and is close to a power of it between neighbours);
 * null outside [deltas[0], deltas[last]]. Zero values count as 1e-300 on the log scale.
 */
export function modulusAt(w: ArrayLike<number>, deltas: ArrayLike<number>, delta: number): number | null {
  const ld = Math.log10(delta);
  for (let i = 0; i + 1 < deltas.length; i++) {
    const a = Math.log10(deltas[i]!), b = Math.log10(deltas[i + 1]!);
    if (ld >= a && ld <= b) {
      const t = (ld - a) / (b - a);
      const wa = Math.log10(Math.max(w[i]!, 1e-300)), wb = Math.log10(Math.max(w[i + 1]!, 1e-300));
      return 10 ** (wa + t * (wb - wa));
    }
  }
  return null;
}

export function modulusOptions(): ModulusOptions {
  return { t0: 0, t1: PHI_PERIOD, deltas: MODULUS_DELTAS, ...MODULUS_OPTIONS };
}

/** ||I(phi + delta) - I(phi)|| (sup norm) at one orientation: the jump at the cursor. */
export function jumpAt(o: Orientation, n: number, mode: PixelMode, delta: number): number {
  return maxPixelChange(cubePixels({ ...o, phi: o.phi + delta }, n, mode), cubePixels(o, n, mode));
}

export interface CubePixelsCurves {
  /** Jump profile over jumpSweep(), rounded to 4 significant digits. */
  jump: number[];
  /** w(delta) at MODULUS_DELTAS for each mode. */
  modulus: Record<PixelMode, number[]>;
}

const round4 = (v: number) => Number(v.toPrecision(4));

/** Everything the plots need for one setting, computed in one go (build time, tests). */
export function cubePixelsCurves(v: CubePixelsValues): CubePixelsCurves {
  const mode = v.mode as PixelMode;
  const jump = Array.from(jumpProfile(cubePhiPath(v.theta, v.roll, v.n, mode).image, jumpSweep(), v.delta), round4);
  const modulus = {} as Record<PixelMode, number[]>;
  for (const m of ['point', 'area', 'area8'] as const)
    modulus[m] = modulusOfContinuity(cubePhiPath(v.theta, v.roll, v.n, m), modulusOptions()).w.map(round4);
  return { jump, modulus };
}
