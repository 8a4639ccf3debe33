// SVG geometry for a grey-level pixel image on a 100 x 100 viewBox: one path for every pixel
// at full value (a run of full pixels along a row is one rectangle: far fewer segments to
// paint) and a list of the partly covered pixels, drawn as their own rects (few of them).
export interface PixelPaths {
  full: string;
  partial: { x: number; y: number; v: number }[];
  cell: number;
}

export function pixelPaths(values: ArrayLike<number>, size: number): PixelPaths {
  const cell = 100 / size;
  let full = '';
  const partial: { x: number; y: number; v: number }[] = [];
  const FULL = 1 - 1e-9;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const v = values[row * size + col];
      if (v <= 1e-9) continue;
      if (v < FULL) {
        partial.push({ x: col * cell, y: row * cell, v });
        continue;
      }
      let end = col + 1;
      while (end < size && values[row * size + end] >= FULL) end++;
      const w = ((end - col) * cell).toFixed(3);
      full += `M${(col * cell).toFixed(3)} ${(row * cell).toFixed(3)}h${w}v${cell.toFixed(3)}h-${w}z`;
      col = end - 1;
    }
  }
  return { full, partial, cell };
}
