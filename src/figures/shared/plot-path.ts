// SVG path data for plotted curves, built directly (no d3-shape) so a 1000-point curve
// redraws in well under a millisecond: "M x0 y0 L x1 y1 ...", rounded to 0.1 px.

export type Scale = (v: number) => number;

export function polylinePath(xs: ArrayLike<number>, ys: ArrayLike<number>, sx: Scale, sy: Scale): string {
  const n = Math.min(xs.length, ys.length);
  const parts: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = Math.round(sx(xs[i]) * 10) / 10;
    const y = Math.round(sy(ys[i]) * 10) / 10;
    parts[i] = `${i === 0 ? 'M' : 'L'}${x} ${y}`;
  }
  return parts.join('');
}

/** A linear map from [d0, d1] to [r0, r1] (what d3.scaleLinear does, without its ticks). */
export function linear(d0: number, d1: number, r0: number, r1: number): Scale {
  const k = (r1 - r0) / (d1 - d0);
  return (v: number) => r0 + (v - d0) * k;
}

/** A log10 map from [d0, d1] (both > 0) to [r0, r1]. */
export function log10Scale(d0: number, d1: number, r0: number, r1: number): Scale {
  const l0 = Math.log10(d0), k = (r1 - r0) / (Math.log10(d1) - l0);
  return (v: number) => r0 + (Math.log10(Math.max(v, 1e-12)) - l0) * k;
}
