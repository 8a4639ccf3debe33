// Number formatting for the scaling-laws figure: powers of ten as "1.5 × 10⁹", and the tick
// labels of log axes. Presentation only.
const SUP: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

export function superscript(n: number): string {
  return String(n).replace(/[-0-9]/g, (c) => SUP[c]);
}

/** "1.5 × 10⁹" for large or small numbers, plain digits for everyday ones. */
export function sci(v: number, digits = 2): string {
  if (!Number.isFinite(v) || v === 0) return String(v);
  const e = Math.floor(Math.log10(Math.abs(v)));
  if (e >= -2 && e < 4) return Number(v.toPrecision(digits)).toString();
  let m = v / 10 ** e;
  let exp = e;
  if (Number(m.toFixed(digits - 1)) >= 10) {
    m /= 10;
    exp += 1;
  }
  return `${m.toFixed(digits - 1)} × 10${superscript(exp)}`;
}

/** Tick label for a power of ten on a log axis: "10⁹" (and 1, 10, 100 written out). */
export function powerLabel(v: number): string {
  const e = Math.round(Math.log10(v));
  if (e >= 0 && e <= 2) return String(10 ** e);
  return `10${superscript(e)}`;
}
