// Indices 0 .. length - 1 to draw a long series on a logarithmic step axis without drawing every
// point: all of the first `dense` indices, then `count` indices evenly spaced in log(1 + i),
// always including the last one. Sorted, no repeats.

export function logSpacedIndices(length: number, count = 60, dense = 12): number[] {
  if (length <= 0) return [];
  const out = new Set<number>();
  for (let i = 0; i < Math.min(dense, length); i++) out.add(i);
  const top = Math.log(length);
  for (let j = 0; j <= count; j++) out.add(Math.min(length - 1, Math.round(Math.exp((top * j) / count) - 1)));
  out.add(length - 1);
  return [...out].sort((a, b) => a - b);
}
