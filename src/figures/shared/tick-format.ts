// Tick labels that d3-format does not write: powers of ten with superscript exponents
// ("10⁻⁴"), for log axes. Everything else goes through d3-format.
import { format } from 'd3';

const SUP: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** An integer written in superscript digits: -4 -> "⁻⁴". */
export function superscript(n: number): string {
  return String(n).replace(/[-0-9]/g, (c) => SUP[c]);
}

const plain = format('~g');

/**
 * A log-axis tick label: powers of ten as "10⁻⁴" (1, 10 and 100 written out), other values
 * by d3-format's "~g" (2, 0.5, 3e+4). Pass it as Axis's `format` on a log scale.
 */
export function formatPower(v: number): string {
  const e = Math.round(Math.log10(v));
  if (v > 0 && Math.abs(v / 10 ** e - 1) < 1e-9) return e >= 0 && e <= 2 ? String(10 ** e) : `10${superscript(e)}`;
  return plain(v);
}
