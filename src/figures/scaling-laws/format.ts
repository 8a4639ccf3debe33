// Number formatting for the scaling-laws figure's readouts: powers of ten as "1.5 × 10⁹".
// Presentation only; axis labels come from ../shared/tick-format.
import { superscript } from '../shared/tick-format';

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
