// Drawing pixel images (Float64Array, row-major, values in [0, 1], 1 or 3 channels) as the
// reader sees them: onto a canvas (live), or as run-length SVG rects (the server-rendered
// static picture, where there is no canvas).
export function pixelColour(image: ArrayLike<number>, i: number, channels: number): [number, number, number] {
  const to = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 255);
  if (channels === 1) {
    const g = to(image[i]!);
    return [g, g, g];
  }
  return [to(image[i * channels]!), to(image[i * channels + 1]!), to(image[i * channels + 2]!)];
}

/** Paints an n x n image into `canvas` at one canvas pixel per image pixel (CSS scales it). */
export function drawPixelImage(canvas: HTMLCanvasElement, image: ArrayLike<number>, n: number, channels = 1, rows = n, cols = n): void {
  if (canvas.width !== cols) canvas.width = cols;
  if (canvas.height !== rows) canvas.height = rows;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const data = ctx.createImageData(cols, rows);
  const count = rows * cols;
  for (let i = 0; i < count; i++) {
    const [r, g, b] = pixelColour(image, i, channels);
    data.data[4 * i] = r;
    data.data[4 * i + 1] = g;
    data.data[4 * i + 2] = b;
    data.data[4 * i + 3] = 255;
  }
  ctx.putImageData(data, 0, 0);
}

export interface PixelRun {
  x: number;
  y: number;
  w: number;
  fill: string;
}

/** Horizontal runs of equal colour in an image of `rows` x `cols` pixels (background runs left out). */
export function pixelRuns(image: ArrayLike<number>, rows: number, cols: number, channels = 1): PixelRun[] {
  const runs: PixelRun[] = [];
  for (let r = 0; r < rows; r++) {
    let c = 0;
    while (c < cols) {
      const [R, G, B] = pixelColour(image, r * cols + c, channels);
      let e = c + 1;
      while (e < cols) {
        const [R2, G2, B2] = pixelColour(image, r * cols + e, channels);
        if (R2 !== R || G2 !== G || B2 !== B) break;
        e++;
      }
      if (R || G || B) runs.push({ x: c, y: r, w: e - c, fill: `rgb(${R},${G},${B})` });
      c = e;
    }
  }
  return runs;
}
