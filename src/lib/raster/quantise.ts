// 8-bit quantisation of an image with values in [0, 1]: v -> round(255 v) / 255, clamped,
// the grey levels a PNG or a screen stores. One level is 1/255 of full scale.
export const LEVELS_8BIT = 255;

export function quantise8(image: Float64Array, levels = LEVELS_8BIT): Float64Array {
  const out = new Float64Array(image.length);
  for (let i = 0; i < image.length; i++) {
    const v = Math.min(1, Math.max(0, image[i]!));
    out[i] = Math.round(v * levels) / levels;
  }
  return out;
}
