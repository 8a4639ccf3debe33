// The unit step H(x - c): 0 for x < c, 1 for x >= c. Its one-sided limits at c differ by 1,
// so any continuous f has sup |f - H| >= 1/2 (f(c) cannot be near both 0 and 1).

export function unitStep(x: number, at = 0): number {
  return x < at ? 0 : 1;
}
