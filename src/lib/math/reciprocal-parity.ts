// The parity of floor(1/x) on (0, 1]: the target whose jumps never stop. Piece m is the
// interval (1/(m+1), 1/m], where the target equals m mod 2 (1, 0, 1, 0, ... from the right).
// It jumps at every x = 1/k (k = 2, 3, ...), and the jumps pile up without end at x = 0.

export interface ParityPiece {
  /** m = 1, 2, 3, ...: the piece (1/(m+1), 1/m]. */
  index: number;
  left: number;
  right: number;
  middle: number;
  /** The target's value on the piece: m mod 2. */
  value: 0 | 1;
}

export function reciprocalParity(x: number): 0 | 1 {
  if (!(x > 0) || x > 1) throw new RangeError(`The target lives on (0, 1]; got x = ${x}.`);
  return (Math.floor(1 / x) % 2) as 0 | 1;
}

/** The pieces m = 1 .. count, from the right edge toward the pile-up at 0. */
export function reciprocalParityPieces(count: number): ParityPiece[] {
  const pieces: ParityPiece[] = [];
  for (let m = 1; m <= count; m++) {
    const left = 1 / (m + 1);
    const right = 1 / m;
    pieces.push({ index: m, left, right, middle: (left + right) / 2, value: (m % 2) as 0 | 1 });
  }
  return pieces;
}
