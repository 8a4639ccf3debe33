// fig-rigid-transforms: a flat, asymmetric shape (a letter F) on an N x N pixel grid under
// one of three motions with parameter t in [0, 1] (translation along a slanted line, scaling
// about a point, reflection in a mirror line that turns about a pivot), rasterised exactly
// (../raster) in the pixel modes point / area / area8; the jump profile
// ||I(t + delta) − I(t)|| over t and the modulus of continuity w(delta) for the figure, both
// in the sup norm (the largest change of any one pixel), as in fig-cube-pixels.
// Settings, shape and sizes live here.
import type { LinkSchema } from '@/lib/state/link-state';
import type { Polygon, Vec2 } from '@/lib/raster/grid';
import { PIXEL_MODES, rasterise, type PixelMode } from '@/lib/raster/rasterise';
import { maxPixelChange } from '@/lib/raster/image-distance';
import { reflectPolygon, scalePolygon, translatePolygon } from '@/lib/geometry/plane-transforms';
import { jumpProfile, sweep } from './jump-profile';
import { modulusOfContinuity, type ImagePath, type ModulusOptions } from './modulus-of-continuity';

export const FIGURE = 'rigid-transforms';

export const TRANSFORMS = ['translate', 'scale', 'reflect'] as const;
export type TransformName = (typeof TRANSFORMS)[number];

export const linkSchema = {
  transform: { type: 'enum', default: 'translate', values: TRANSFORMS },
  t: { type: 'number', default: 0.4, min: 0, max: 1 },
  n: { type: 'number', default: 16, min: 4, max: 64, integer: true },
  mode: { type: 'enum', default: 'point', values: ['point', 'area', 'area8'] },
} as const satisfies LinkSchema;

export const TRANSFORM_LABELS: Record<TransformName, string> = {
  translate: 'translation',
  scale: 'scaling',
  reflect: 'reflection',
};

export const MODE_LABELS: Record<PixelMode, string> = {
  point: 'point-sampled',
  area: 'area-averaged',
  area8: 'area-averaged, 8-bit',
};

/** A letter F centred near the origin: no mirror symmetry, so a reflection is visible. */
export const SHAPE: Polygon = [
  [-0.3, -0.42],
  [-0.1, -0.42],
  [-0.1, -0.04],
  [0.2, -0.04],
  [0.2, 0.13],
  [-0.1, 0.13],
  [-0.1, 0.26],
  [0.3, 0.26],
  [0.3, 0.42],
  [-0.3, 0.42],
];

/** Translation: from (−0.5, −0.15) to (0.5, 0.15), a slanted line so edges cross centres at different times. */
export const TRANSLATE_FROM: Vec2 = [-0.5, -0.15];
export const TRANSLATE_TO: Vec2 = [0.5, 0.15];
/** Scaling: factor from 0.4 to 2 about a point just off the shape's centre. */
export const SCALE_RANGE: Vec2 = [0.4, 2];
export const SCALE_CENTRE: Vec2 = [0.031, -0.017];
/** Reflection: the F (at 0.55 size, left of the mirror) and a mirror through the pivot turning ±25° about the vertical. */
export const MIRROR_PIVOT: Vec2 = [-0.1, 0];
export const MIRROR_SWING_DEG = 25;
export const REFLECT_SHAPE_SCALE = 0.55;
export const REFLECT_SHAPE_AT: Vec2 = [-0.55, 0.1];

/**
 * The jump profile's sweep: JUMP_SAMPLES points over [0, 1), and its step delta equal to the
 * spacing, so every change of the picture along the sweep shows up in exactly one sample.
 */
export const JUMP_SAMPLES = 500;
export const JUMP_DELTA = 1 / JUMP_SAMPLES;
/** The step sizes at which the modulus of continuity is shown and tested. */
export const MODULUS_DELTAS = [1e-1, 1e-2, 1e-3, 1e-4, 1e-5] as const;

export interface TransformScene {
  /** The moving shape at t. */
  moving: Vec2[];
  /** A shape that stays put (the original, for the reflection). */
  fixed?: Vec2[];
  /** The mirror line, for the reflection: a point and an angle from the x axis (radians). */
  mirror?: { x: number; y: number; angle: number };
}

const reflectOriginal: Vec2[] = translatePolygon(scalePolygon(SHAPE, REFLECT_SHAPE_SCALE, 0, 0), ...REFLECT_SHAPE_AT);

export function mirrorAngle(t: number): number {
  return ((90 + MIRROR_SWING_DEG * (2 * t - 1)) * Math.PI) / 180;
}

/** The scene at parameter t for a transform. */
export function transformScene(transform: TransformName, t: number): TransformScene {
  if (transform === 'translate') {
    const dx = TRANSLATE_FROM[0] + (TRANSLATE_TO[0] - TRANSLATE_FROM[0]) * t;
    const dy = TRANSLATE_FROM[1] + (TRANSLATE_TO[1] - TRANSLATE_FROM[1]) * t;
    return { moving: translatePolygon(SHAPE, dx, dy) };
  }
  if (transform === 'scale') {
    const s = SCALE_RANGE[0] + (SCALE_RANGE[1] - SCALE_RANGE[0]) * t;
    return { moving: scalePolygon(SHAPE, s, ...SCALE_CENTRE) };
  }
  const angle = mirrorAngle(t);
  return {
    moving: reflectPolygon(reflectOriginal, ...MIRROR_PIVOT, angle),
    fixed: reflectOriginal,
    mirror: { x: MIRROR_PIVOT[0], y: MIRROR_PIVOT[1], angle },
  };
}

/** The transform's own parameter at t, in words ("shift (0.10, 0.03)", "scale ×1.20", ...). */
export function describeTransform(transform: TransformName, t: number): string {
  if (transform === 'translate') {
    const dx = TRANSLATE_FROM[0] + (TRANSLATE_TO[0] - TRANSLATE_FROM[0]) * t;
    const dy = TRANSLATE_FROM[1] + (TRANSLATE_TO[1] - TRANSLATE_FROM[1]) * t;
    return `shift (${dx.toFixed(3)}, ${dy.toFixed(3)})`;
  }
  if (transform === 'scale') return `scale ×${(SCALE_RANGE[0] + (SCALE_RANGE[1] - SCALE_RANGE[0]) * t).toFixed(3)}`;
  return `mirror at ${(MIRROR_SWING_DEG * (2 * t - 1)).toFixed(2)}° from vertical`;
}

/** The N x N image of the scene at t on the window [-1, 1]², shape value 1 on 0. */
export function transformImage(transform: TransformName, t: number, n: number, mode: PixelMode): Float64Array {
  const scene = transformScene(transform, t);
  const polys = [{ polygon: scene.moving, value: 1 }];
  if (scene.fixed) polys.push({ polygon: scene.fixed, value: 1 });
  return rasterise(polys, n, mode);
}

/**
 * The transform as an image path for the generic jump tools. Point-sampled and 8-bit images
 * are piecewise constant, so they are their own labels (the events are where they change).
 */
export function transformPath(transform: TransformName, n: number, mode: PixelMode): ImagePath {
  const image = (t: number) => transformImage(transform, t, n, mode);
  return mode === 'area' ? { image } : { image, labels: image };
}

/** The sweep of t for the jump profile: t_i = i·delta, so t + delta stays in [0, 1]. */
export function jumpSweep(): Float64Array {
  return sweep(0, 1, JUMP_SAMPLES);
}

/**
 * ||I(t + delta) − I(t)|| at one t, in the sup norm (the largest change of any one pixel, as
 * in the jump profile), stepping back instead where t + delta would pass 1.
 */
export function jumpAt(transform: TransformName, t: number, n: number, mode: PixelMode, delta = JUMP_DELTA): number {
  const a = Math.min(t, 1 - delta);
  return maxPixelChange(transformImage(transform, a + delta, n, mode), transformImage(transform, a, n, mode));
}

/** The jump profile over the sweep, computed at once (build time and tests). */
export function transformJumpProfile(transform: TransformName, n: number, mode: PixelMode): number[] {
  return Array.from(jumpProfile((t) => transformImage(transform, t, n, mode), jumpSweep(), JUMP_DELTA));
}

/** w(delta) at MODULUS_DELTAS for each pixel mode, computed at once (build time and tests). */
export function transformModuli(transform: TransformName, n: number): Record<PixelMode, number[]> {
  const out = {} as Record<PixelMode, number[]>;
  for (const mode of PIXEL_MODES) out[mode] = modulusOfContinuity(transformPath(transform, n, mode), modulusOptions()).w;
  return out;
}

export function modulusOptions(): ModulusOptions {
  return {
    t0: 0,
    t1: 1 - MODULUS_DELTAS[0],
    deltas: MODULUS_DELTAS,
    scanSamples: 200,
    gridSamples: 40,
    candidates: 6,
    tolerance: 1e-10,
    refineIterations: 10,
  };
}

/** What the figure's plots need for one transform, N and mode. */
export interface JumpData {
  transform: TransformName;
  n: number;
  mode: PixelMode;
  /** The jump profile over jumpSweep(), rounded to 6 significant digits (it travels as a prop). */
  profile: number[];
  /** w(delta) at MODULUS_DELTAS for each mode. */
  moduli: Record<PixelMode, number[]>;
}

/** The plots' data for the default settings, computed once at build time. */
export function initialJumpData(): JumpData {
  const transform = linkSchema.transform.default;
  const n = linkSchema.n.default;
  const mode = linkSchema.mode.default;
  const round = (v: number) => Number(v.toPrecision(6));
  const moduli = transformModuli(transform, n);
  for (const m of PIXEL_MODES) moduli[m] = moduli[m].map(round);
  return { transform, n, mode, profile: transformJumpProfile(transform, n, mode).map(round), moduli };
}
