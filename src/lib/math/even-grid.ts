// n evenly spaced points from a to b inclusive: x_i = a + i (b - a) / (n - 1).

export function evenGrid(a: number, b: number, n: number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = a + ((b - a) * i) / (n - 1);
  return out;
}
