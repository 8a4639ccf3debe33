// fig-latent-interpolation: a small dense autoencoder (./autoencoder.ts) trained on 16 x 16
// area-averaged pictures of one square at many horizontal positions (./sliding-square.ts).
// Between two positions `from` and `to` three rows of frames at t = k/(K+1), k = 0..K+1:
//   motion: the square at (1 - t) from + t to (the true in-between pictures);
//   fade:   (1 - t) I(from) + t I(to), a cross-fade of the two pictures;
//   latent: D((1 - t) E(I(from)) + t E(I(to))), the decoded straight line between the codes.
// The latent row is scored against the other two by ../math/likeness (pathLikeness); each of
// its frames is placed at the position of the nearest true picture (rowPositions), which shows
// whether the path moves in order or leaps (largestStep); and the scores are read as a verdict
// (latentVerdict): it follows the motion, it leaps, it cross-fades, or none of these.
import type { LinkSchema, LinkValues } from '@/lib/state/link-state';
import { denseForward } from '@/lib/math/dense-forward';
import { pathLikeness, rmsDistance, type PathLikeness } from '@/lib/math/likeness';
import type { AutoencoderWeights } from './autoencoder';
import { slidingSquareImage } from './sliding-square';

export const LATENT = {
  grid: 16,
  /** Centres of the training pictures: trainCount positions evenly over [minX, maxX] pixels. */
  minX: 2,
  maxX: 14,
  trainCount: 64,
  hidden: 64,
  learningRate: 0.003,
  /** Full-batch Adam steps; the run has converged when they are done. */
  steps: 800,
  /** In-between frames per row (the endpoints are shown too). */
  between: 7,
  /** The true motion is sampled this many times more densely than the rows when finding the nearest true frame. */
  motionOversample: 10,
  defaultLatent: 8,
  defaultSeed: 1,
} as const;

export const latentLinkSchema = {
  from: { type: 'number', default: 3, min: LATENT.minX, max: LATENT.maxX },
  to: { type: 'number', default: 13, min: LATENT.minX, max: LATENT.maxX },
  latent: { type: 'number', default: LATENT.defaultLatent, min: 1, max: 8, integer: true },
  seed: { type: 'number', default: LATENT.defaultSeed, min: 1, max: 99999, integer: true },
} as const satisfies LinkSchema;

export type LatentSettings = LinkValues<typeof latentLinkSchema>;

export function latentTrainPositions(count: number = LATENT.trainCount): number[] {
  return Array.from({ length: count }, (_, i) => LATENT.minX + ((LATENT.maxX - LATENT.minX) * i) / (count - 1));
}

export function latentTrainImages(positions: readonly number[] = latentTrainPositions()): Float32Array {
  const d = LATENT.grid * LATENT.grid;
  const out = new Float32Array(positions.length * d);
  positions.forEach((x, i) => out.set(slidingSquareImage(x, LATENT.grid), i * d));
  return out;
}

/** t_k = k/(K+1) for k = 0..K+1: both endpoints and K in-betweens. */
export function interpolationTimes(between: number = LATENT.between): number[] {
  return Array.from({ length: between + 2 }, (_, k) => k / (between + 1));
}

export function motionRow(from: number, to: number, times: readonly number[] = interpolationTimes()): Float32Array[] {
  return times.map((t) => Float32Array.from(slidingSquareImage((1 - t) * from + t * to, LATENT.grid)));
}

export function fadeRow(from: number, to: number, times: readonly number[] = interpolationTimes()): Float32Array[] {
  const a = slidingSquareImage(from, LATENT.grid);
  const b = slidingSquareImage(to, LATENT.grid);
  return times.map((t) => Float32Array.from(a, (v, i) => (1 - t) * v + t * b[i]));
}

/** The code of a picture, and the picture decoded from a code. */
export function encodePicture(w: AutoencoderWeights, image: ArrayLike<number>): Float32Array {
  return denseForward(w.encoder, image);
}
export function decodeCode(w: AutoencoderWeights, code: ArrayLike<number>): Float32Array {
  return denseForward(w.decoder, code);
}

export function latentRow(w: AutoencoderWeights, from: number, to: number, times: readonly number[] = interpolationTimes()): Float32Array[] {
  const za = encodePicture(w, slidingSquareImage(from, LATENT.grid));
  const zb = encodePicture(w, slidingSquareImage(to, LATENT.grid));
  return times.map((t) => decodeCode(w, Float32Array.from(za, (v, i) => (1 - t) * v + t * zb[i])));
}

/** What a row is compared with: the two end pictures and a dense sample of the true motion between them. */
export interface LikenessReference {
  start: Float64Array;
  end: Float64Array;
  motion: Float32Array[];
}

/** Depends only on the endpoints: compute it once per pair, not once per training update. */
export function likenessReference(from: number, to: number): LikenessReference {
  const dense = interpolationTimes((LATENT.between + 1) * LATENT.motionOversample - 1);
  return { start: slidingSquareImage(from, LATENT.grid), end: slidingSquareImage(to, LATENT.grid), motion: motionRow(from, to, dense) };
}

/** Likeness of a row's in-between frames (endpoints dropped) to the cross-fade and to the true motion. */
export function rowLikeness(row: readonly ArrayLike<number>[], ref: LikenessReference): PathLikeness {
  return pathLikeness(row.slice(1, -1), ref.start, ref.end, ref.motion);
}

/** Positions of the dense track of true pictures over the training range (pixels), 0.05 apart. */
export const TRACK_STEP = 0.05;
let track: { positions: number[]; pictures: Float64Array[] } | null = null;
function positionTrack() {
  if (!track) {
    const count = Math.round((LATENT.maxX - LATENT.minX) / TRACK_STEP) + 1;
    const positions = Array.from({ length: count }, (_, i) => LATENT.minX + i * TRACK_STEP);
    track = { positions, pictures: positions.map((x) => slidingSquareImage(x, LATENT.grid)) };
  }
  return track;
}

/**
 * Where each frame of a row stands: the position (pixels from the left, in [minX, maxX], to
 * TRACK_STEP) of the true picture nearest to it in root-mean-square pixel distance. A blend of
 * two pictures lands at or near one of them; a sharp square lands where it is.
 */
export function rowPositions(row: readonly ArrayLike<number>[]): number[] {
  const { positions, pictures } = positionTrack();
  return row.map((frame) => {
    let best = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let j = 0; j < pictures.length; j++) {
      const d = rmsDistance(frame, pictures[j]!);
      if (d < bestDistance) {
        bestDistance = d;
        best = j;
      }
    }
    return positions[best]!;
  });
}

/**
 * The largest move between neighbouring frames, |p_{k+1} - p_k|, as a fraction of the way
 * |to - from| (positions from rowPositions, endpoints included). Frames that move in order take
 * steps of about 1/(frames - 1) of the way (1/8 in the figure); a path that leaps over part of
 * the way, or a cross-fade that switches from one end to the other, scores near 1. NaN when
 * from = to.
 */
export function largestStep(positions: readonly number[], from: number, to: number): number {
  const way = Math.abs(to - from);
  if (!(way > 0)) return Number.NaN;
  let largest = 0;
  for (let k = 1; k < positions.length; k++) largest = Math.max(largest, Math.abs(positions[k]! - positions[k - 1]!));
  return largest / way;
}

/** What the latent row does: follows the motion, shows true frames but leaps, cross-fades, or none of these. */
export type LatentVerdict = 'motion' | 'leap' | 'fade' | 'neither';

/**
 * A row's frames count as true frames (or as a cross-fade) when they are at least 1.5 times as
 * close to the true motion as to the nearest cross-fade (or the other way round), that is a
 * likeness of at least 0.6. Below that the two distances are too alike to call.
 */
export const VERDICT_LIKENESS = 0.6;
/**
 * True frames follow the motion when no step between neighbouring frames exceeds 0.4 of the way
 * (about three even steps of 1/8; in-order paths measured 0.17 to 0.31, leaping ones 0.45 and
 * up); else the path leaps.
 */
export const LEAP_STEP = 0.4;

/**
 * The verdict on a scored row (`step` from largestStep); null when the score is undefined
 * (both endpoints the same picture).
 */
export function latentVerdict(likeness: PathLikeness, step: number): LatentVerdict | null {
  if (!Number.isFinite(likeness.fadeLikeness)) return null;
  if (likeness.motionLikeness >= VERDICT_LIKENESS) return step > LEAP_STEP ? 'leap' : 'motion';
  if (likeness.fadeLikeness >= VERDICT_LIKENESS) return 'fade';
  return 'neither';
}
