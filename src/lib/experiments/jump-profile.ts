// The jump profile of a one-parameter family of images I(t): J(t) = ||I(t + delta) - I(t)||
// at each t of a sweep, by default in the sup norm (the largest change of any pixel,
// ../raster/image-distance.ts; pass imageDistance for the Euclidean norm). Generic: any image function of one parameter (a cube turning by phi, a shape sliding
// by t). The generator form yields after every sample so a figure can spread the work over
// frames; jumpProfile runs it to the end.
import { maxPixelChange } from '../raster/image-distance';

export type ImageNorm = (a: ArrayLike<number>, b: ArrayLike<number>) => number;

export type ImageOf = (t: number) => ArrayLike<number>;

/** The sweep t_i = t0 + i (t1 - t0) / samples, i = 0 .. samples - 1 (t1 excluded). */
export function sweep(t0: number, t1: number, samples: number): Float64Array {
  const ts = new Float64Array(samples);
  for (let i = 0; i < samples; i++) ts[i] = t0 + ((t1 - t0) * i) / samples;
  return ts;
}

export function* jumpProfileSteps(image: ImageOf, ts: ArrayLike<number>, delta: number, distance: ImageNorm = maxPixelChange): Generator<number, Float64Array> {
  const out = new Float64Array(ts.length);
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    out[i] = distance(image(t + delta), image(t));
    yield i;
  }
  return out;
}

export function jumpProfile(image: ImageOf, ts: ArrayLike<number>, delta: number, distance: ImageNorm = maxPixelChange): Float64Array {
  return runToEnd(jumpProfileSteps(image, ts, delta, distance));
}

export function runToEnd<R>(gen: Generator<unknown, R>): R {
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
  }
}
