// The best any reader of the pictures can do: when several true angles give exactly the same
// picture, every function of the picture (a network, a lookup table, anything, continuous or
// not) must give them one answer. Among the angles sharing a picture, the answer with the
// least mean circular error is a circular median of them; bestReaderAnswers returns it for
// every angle. Scoring those answers with seamBulkError (./seam-error) gives the floor below
// which no method's seam or bulk error can go on this sweep. When every picture is different
// (area-averaged pixels) each angle is its own answer and the floor is 0.
import { SQUARE_PERIOD } from './angle-encoding';
import { circularError } from './circular-error';

/**
 * @param angles the true angles of the sweep, degrees
 * @param pictures one flattened picture per angle, row i at [i * size, (i + 1) * size)
 * @param size pixels per picture
 * @returns one answer per angle (degrees): a circular median of the angles whose picture is
 *   identical (bit for bit) to its own. Throws when `pictures` does not hold angles.length rows.
 */
export function bestReaderAnswers(angles: readonly number[], pictures: ArrayLike<number>, size: number, period = SQUARE_PERIOD): number[] {
  if (pictures.length !== angles.length * size) throw new Error(`bestReaderAnswers: ${angles.length} angles need ${angles.length * size} pixels, got ${pictures.length}`);
  const groups = new Map<string, number[]>();
  const row = new Float64Array(size);
  const bits = new Uint16Array(row.buffer);
  for (let i = 0; i < angles.length; i++) {
    for (let j = 0; j < size; j++) row[j] = pictures[i * size + j]!;
    // The picture's exact bits as a string key: equal keys are identical pictures.
    let key = '';
    for (let j = 0; j < bits.length; j += 1024) key += String.fromCharCode(...bits.subarray(j, j + 1024));
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const answers = new Array<number>(angles.length);
  for (const members of groups.values()) {
    // A minimiser of the summed circular distance to a finite set lies at one of its points.
    let best = angles[members[0]!]!;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const i of members) {
      let cost = 0;
      for (const j of members) cost += circularError(angles[i]!, angles[j]!, period);
      if (cost < bestCost) {
        bestCost = cost;
        best = angles[i]!;
      }
    }
    for (const i of members) answers[i] = best;
  }
  return answers;
}
